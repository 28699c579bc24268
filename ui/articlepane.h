// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Parallax
{

class DocumentListModel;
struct Document;

/**
 * One side of the comparison: a chooser for the article, its metadata, and its text,
 * read-only. The pane shows a row of the shared DocumentListModel, which it does not own.
 */
class ArticlePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlePane(DocumentListModel *articles, const QString &sideName, QWidget *parent = nullptr);

    /// The model row shown, or -1 when the pane is empty.
    int currentRow() const;
    void setCurrentRow(int row);
    /// The document shown; only valid while currentRow() >= 0.
    const Document &document() const;

    QPlainTextEdit *textView() const { return m_text; }

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void showRow(int row);

    DocumentListModel *m_articles;
    QComboBox *m_chooser;
    QLabel *m_metadata;
    QPlainTextEdit *m_text;
};

} // namespace Parallax
