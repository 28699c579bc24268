// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "factstyler.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

const auto DefinitionName = u"Parallax Facts"_s;

bool hasOverlongLine(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.length() > FactStyler::MaximumLineLength)
            return true;
    }
    return false;
}

} // namespace

FactStyler::FactStyler(QTextDocument *document)
    : QObject(document)
    , m_document(document)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    m_highlighter->setDefinition(syntaxRepository().definitionForName(DefinitionName));
}

FactStyler::~FactStyler() = default;

bool FactStyler::isDefinitionAvailable()
{
    return syntaxRepository().definitionForName(DefinitionName).isValid();
}

void FactStyler::setPalette(const QPalette &palette)
{
    m_highlighter->setTheme(syntaxRepository().themeForPalette(palette));
    if (m_highlighter->document())
        m_highlighter->rehighlight();
}

void FactStyler::restyle()
{
    m_highlighter->setDocument(hasOverlongLine(m_document) ? nullptr : m_document);
}

void FactStyler::detach()
{
    m_highlighter->setDocument(nullptr);
}

bool FactStyler::isActive() const
{
    return m_highlighter->document() != nullptr;
}

QString FactStyler::themeName() const
{
    return m_highlighter->theme().name();
}

} // namespace Parallax
