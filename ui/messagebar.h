// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace Parallax
{

/**
 * A bar above the panes that tells the user what went wrong (a file that could not be
 * imported) without a modal dialog; it stays until closed or the next message.
 */
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showError(const QString &text);
    /// Something to know that is not a failure ("looks like a page of links"), in the
    /// amber of a warning rather than the red of an error.
    void showWarning(const QString &text);
    /// An outcome worth a line but no concern ("no page changed"), in green.
    void showInformation(const QString &text);
    QString text() const;

private:
    struct Colors {
        QColor background;
        QColor text;
    };
    void showColored(const QString &text, const Colors &light, const Colors &dark);

    QLabel *m_text;
};

} // namespace Parallax
