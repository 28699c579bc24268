// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace KSyntaxHighlighting
{
class SyntaxHighlighter;
}

namespace Parallax
{

/// Writes or edits a note in Markdown, highlighted as Markdown by KSyntaxHighlighting.
class NoteDialog final : public QDialog
{
    Q_OBJECT

public:
    /// QUOTE is the passage the note is about, shown above the editor.
    NoteDialog(const QString &quote, const QString &note, QWidget *parent = nullptr);
    ~NoteDialog() override;

    QString note() const;
    QPlainTextEdit *editor() const { return m_editor; }
    /// The syntax definition in use, e.g. "Markdown".
    QString syntaxName() const;

private:
    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace Parallax
