// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QString>

#include <optional>

namespace Parallax
{

/// The outcome of importing one file: a document, or a message that says why not.
class ImportResult final
{
public:
    /// WARNINGS: what the user should know of a document that was read all the same
    /// ("looks like a page of links, not an article").
    static ImportResult success(Document document, QStringList warnings = {});
    static ImportResult failure(const QString &path, const QString &reason);

    bool isOk() const { return m_document.has_value(); }
    /// Only valid when isOk().
    const Document &document() const { return *m_document; }
    /// One sentence naming the file and the reason; empty when isOk().
    const QString &errorMessage() const { return m_errorMessage; }
    /// Sentences naming the file and what is doubtful about it; empty for most files.
    const QStringList &warnings() const { return m_warnings; }

private:
    std::optional<Document> m_document;
    QString m_errorMessage;
    QStringList m_warnings;
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
