// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QPointer>
#include <QTextDocument>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Parallax
{

/**
 * A find bar under the panes, as in Kate and Firefox: it searches the pane that had the
 * focus as the user types, Enter / F3 finds the next match, Shift+Enter / Shift+F3 the
 * previous one, and Escape closes it.
 */
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    /// Opens the bar on VIEW, with the view's selected text as the search term.
    void openOn(QPlainTextEdit *view);
    /// Finds the next (FORWARD) or previous match, wrapping around; false if there is none.
    bool find(bool forward);
    QLineEdit *searchField() const { return m_field; }
    /// Find (Ctrl+F), Find Next (F3) and Find Previous (Shift+F3) for the Edit menu, on
    /// the view that FOCUSED_VIEW gives when they are triggered.
    QList<QAction *> createActions(const std::function<QPlainTextEdit *()> &focusedView);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Finds TERM from the cursor on, in lines the view shows.
    bool findShown(const QString &term, QTextDocument::FindFlags flags);
    void showFound(bool found);

    QPointer<QPlainTextEdit> m_view;
    QLineEdit *m_field;
    QLabel *m_status;
};

} // namespace Parallax
