// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QString>

namespace Parallax
{

/**
 * Splits a Markdown file into its YAML front matter and its body, and reads the
 * metadata from the front matter.
 *
 * The front matter is the block between a first line "---" and the next line that is
 * "---" or "..."; the body is everything after that line, untouched. A file that does
 * not start with "---" has no front matter and is all body.
 */
class FrontMatter final
{
public:
    static FrontMatter parse(const QString &markdown);

    bool isValid() const { return m_error.isEmpty(); }
    /// Why the front matter could not be read, fit to show a user; empty when valid.
    const QString &error() const { return m_error; }

    bool isPresent() const { return m_present; }
    const DocumentMetadata &metadata() const { return m_metadata; }
    const QString &body() const { return m_body; }
    /// UTF-16 offset of the body within the whole file's text.
    qsizetype bodyOffset() const { return m_bodyOffset; }

private:
    void readYaml(const QString &yaml);

    bool m_present = false;
    DocumentMetadata m_metadata;
    QString m_body;
    qsizetype m_bodyOffset = 0;
    QString m_error;
};

} // namespace Parallax
