// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "documentimporter.h"

#include "frontmatter.h"
#include "htmltext.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax
{

ImportResult ImportResult::success(Document document, QStringList warnings)
{
    return ImportedDocument {std::move(document), std::move(warnings)};
}

ImportResult ImportResult::failure(const QString &path, const QString &reason)
{
    return Failure {u"%1 %2"_s.arg(QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName(), reason)};
}

namespace
{

// A Markdown file without a title in its front matter is named by its first ATX heading.
QString firstHeading(const QString &markdown)
{
    static const QRegularExpression heading(u"^#{1,6}[ \\t]+(.+?)[ \\t#]*$"_s, QRegularExpression::MultilineOption);
    return heading.match(markdown).captured(1).trimmed();
}

} // namespace

ImportResult DocumentImporter::importMarkdown(const QString &path, const QString &text)
{
    const FrontMatter frontMatter = FrontMatter::parse(text);
    if (!frontMatter.isValid())
        return ImportResult::failure(path, frontMatter.error());

    Document document;
    document.path = path;
    document.metadata = frontMatter.metadata();
    document.text = frontMatter.body();
    if (document.metadata.title.isEmpty())
        document.metadata.title = firstHeading(document.text);
    if (document.metadata.title.isEmpty())
        document.metadata.title = QFileInfo(path).completeBaseName();
    return ImportResult::success(std::move(document));
}

ImportResult DocumentImporter::importHtml(const QString &path, const QString &html)
{
    const HtmlText page = HtmlText::parse(html);
    if (page.nesting() > HtmlText::MaximumNesting)
        return ImportResult::failure(
            path, u"nests its elements %1 levels deep; web pages of more than %2 levels are not read"_s.arg(page.nesting()).arg(HtmlText::MaximumNesting));
    if (!page.hasArticle())
        return ImportResult::failure(path, u"is a web page without article text"_s);
    Document document;
    document.path = path;
    document.metadata = page.metadata();
    document.metadata.originalFileName = QFileInfo(path).fileName();
    if (document.metadata.title.isEmpty())
        document.metadata.title = QFileInfo(path).completeBaseName();
    document.text = page.text();
    document.furniture = page.furniture();
    QStringList warnings;
    if (!page.looksLikeAnArticle())
        warnings << u"%1 looks like a page of links or headlines, not an article: what was read of it may be page furniture"_s.arg(QFileInfo(path).fileName());
    return ImportResult::success(std::move(document), warnings);
}

ImportResult DocumentImporter::importPlainText(const QString &path, const QString &text)
{
    Document document;
    document.path = path;
    // A saved page's first line is as often a photo caption or a close button as the
    // headline, so plain text is named by its file until the user renames it.
    document.metadata.title = QFileInfo(path).completeBaseName();
    document.metadata.originalFileName = QFileInfo(path).fileName();
    document.text = text;
    return ImportResult::success(std::move(document));
}

} // namespace Parallax
