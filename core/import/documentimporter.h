// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>
#include <core/text/expected.h>

#include <QString>

namespace Parallax
{

/// A file read into a document.
struct ImportedDocument {
    Document document;
    /// Sentences naming the file and what is doubtful about it ("looks like a page of
    /// links, not an article"); empty for most files.
    QStringList warnings;
};

/// The outcome of importing one file: the document, or a Failure whose message names
/// the file and the reason.
class ImportResult final : public Expected<ImportedDocument>
{
public:
    using Expected::Expected;

    static ImportResult success(Document document, QStringList warnings = {});
    static ImportResult failure(const QString &path, const QString &reason);
};

/**
 * Makes Documents of text that is already decoded and normalized: Markdown with
 * optional YAML front matter, a saved web page, plain text. Which of them a file is,
 * and how its bytes are decoded, is ImportFormats' part.
 */
namespace DocumentImporter
{
ImportResult importMarkdown(const QString &path, const QString &text);
ImportResult importPlainText(const QString &path, const QString &text);
/// A saved web page: the article's text and metadata (HtmlText), nothing fetched.
ImportResult importHtml(const QString &path, const QString &html);
} // namespace DocumentImporter

} // namespace Parallax
