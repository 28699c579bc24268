// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "notedialog.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

NoteDialog::NoteDialog(const QString &quote, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    setWindowTitle(tr("Note"));
    auto *passage = new QLabel(u"“%1”"_s.arg(quote.left(300)), this);
    passage->setWordWrap(true);
    passage->setTextFormat(Qt::PlainText);
    passage->setToolTip(tr("The passage the note is about"));
    m_editor->setPlainText(note);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Write in Markdown: **bold**, *italic*, [links](https://…), - lists"));
    m_editor->setToolTip(tr("The note, in Markdown"));
    m_highlighter->setDefinition(syntaxRepository().definitionForName(u"Markdown"_s));
    m_highlighter->setTheme(syntaxRepository().themeForPalette(palette()));
    m_highlighter->rehighlight();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save Note"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(passage);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    resize(520, 320);
    m_editor->setFocus();
}

NoteDialog::~NoteDialog() = default;

QString NoteDialog::note() const
{
    return m_editor->toPlainText().trimmed();
}

QString NoteDialog::syntaxName() const
{
    return m_highlighter->definition().name();
}

} // namespace Parallax
