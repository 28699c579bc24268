// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QByteArray>
#include <QString>

#include <functional>
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
 * Reads a file into a Document, choosing the format by the file name: Markdown
 * (".md", ".markdown") with optional YAML front matter, HTML (".html", ".htm",
 * ".xhtml"), PDF (".pdf", or any file that begins as one), else plain text.
 * Bad input (missing, unreadable, binary, empty, too large, not UTF-8, broken front
 * matter) gives a failure with a clear message; it never throws.
 */
class DocumentImporter final
{
public:
    static ImportResult importFile(const QString &path);

    /// Imports text that is already decoded and normalized, as read from PATH.
    static ImportResult importMarkdown(const QString &path, const QString &text);
    static ImportResult importPlainText(const QString &path, const QString &text);
    /// A saved web page: the article's text and metadata (HtmlText), nothing fetched.
    static ImportResult importHtml(const QString &path, const QString &html);

    /// Reads the text of a PDF. Poppler-Qt6 links Qt GUI, which core does not, so the
    /// PDF importer (core/pdf) hands itself in; without it a PDF is refused, clearly.
    using PdfReader = std::function<ImportResult(const QString &path, const QByteArray &bytes)>;
    static void setPdfReader(PdfReader reader);
};

} // namespace Parallax
