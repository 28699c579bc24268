// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "frontmatter.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// The closing delimiter: "---" (Jekyll, Hugo) or "..." (the YAML end-of-document marker,
// which Pandoc accepts), alone on its line.
const QRegularExpression &closingDelimiter()
{
    static const QRegularExpression expression(u"^(?:---|\\.\\.\\.)[ \\t]*(?:\\n|$)"_s, QRegularExpression::MultilineOption);
    return expression;
}

QString scalarField(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node || node.IsNull())
        return {};
    if (!node.IsScalar())
        throw YAML::Exception(node.Mark(), std::string(key) + " must be a single value");
    return QString::fromStdString(node.Scalar()).trimmed();
}

} // namespace

FrontMatter FrontMatter::parse(const QString &markdown)
{
    FrontMatter result;
    static const QString opening = u"---\n"_s;
    if (!markdown.startsWith(opening)) {
        result.m_body = markdown;
        return result;
    }
    const QRegularExpressionMatch closing = closingDelimiter().match(markdown, opening.size());
    if (!closing.hasMatch()) {
        result.m_error = u"has a front matter that is never closed (no line \"---\" after the first)"_s;
        return result;
    }
    result.m_present = true;
    result.m_bodyOffset = closing.capturedEnd();
    result.m_body = markdown.mid(result.m_bodyOffset);
    result.readYaml(markdown.mid(opening.size(), closing.capturedStart() - opening.size()));
    return result;
}

void FrontMatter::readYaml(const QString &yaml)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (root.IsNull())
            return; // an empty front matter is allowed
        if (!root.IsMap())
            throw YAML::Exception(root.Mark(), "the front matter must be a list of \"key: value\" lines");
        m_metadata.title = scalarField(root, "title");
        m_metadata.outlet = scalarField(root, "outlet");
        m_metadata.byline = scalarField(root, "byline");
        m_metadata.url = scalarField(root, "url");
        if (m_metadata.byline.isEmpty())
            m_metadata.byline = scalarField(root, "author");
        m_metadata.originalFileName = scalarField(root, "original_file");
        m_metadata.language = scalarField(root, "language");
        const QString published = scalarField(root, "published");
        if (!published.isEmpty()) {
            m_metadata.published = QDate::fromString(published, Qt::ISODate);
            if (!m_metadata.published.isValid())
                m_error = u"has a front matter whose published date \"%1\" is not a date like 2025-02-06"_s.arg(published);
        }
    } catch (const YAML::Exception &exception) {
        // The front matter starts on the file's second line, hence the + 2.
        m_error = u"has a front matter that is not valid YAML (line %1: %2)"_s.arg(exception.mark.line + 2).arg(QString::fromStdString(exception.msg));
    }
}

} // namespace Parallax
