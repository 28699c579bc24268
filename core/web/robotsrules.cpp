// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "robotsrules.h"

#include <QUrl>

#include <cctype>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

constexpr qsizetype MaximumRobotsBytes = 500 * 1024;

// A path as robots.txt and the request line both may write it: characters outside
// ASCII percent-encoded (as UTF-8), and every %xx in upper case, so that "/caf%c3%a9",
// "/caf%C3%A9" and "/café" are one path.
QByteArray normalisedPath(const QByteArray &path)
{
    QByteArray normalised;
    normalised.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        const auto byte = static_cast<unsigned char>(path[i]);
        if (byte == '%' && i + 2 < path.size() && std::isxdigit(static_cast<unsigned char>(path[i + 1]))
            && std::isxdigit(static_cast<unsigned char>(path[i + 2]))) {
            normalised += '%';
            normalised += char(std::toupper(static_cast<unsigned char>(path[++i])));
            normalised += char(std::toupper(static_cast<unsigned char>(path[++i])));
        } else if (byte >= 0x80 || byte <= 0x20) {
            normalised += '%';
            normalised += QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        } else {
            normalised += char(byte);
        }
    }
    return normalised;
}

// PATTERN as an expression anchored at the start of the path: "*" any characters, a
// final "$" the end, everything else itself.
QRegularExpression expressionOf(const QByteArray &pattern)
{
    const bool anchoredAtEnd = pattern.endsWith('$');
    const QByteArray body = anchoredAtEnd ? pattern.chopped(1) : pattern;
    QString expression = u"\\A"_s;
    for (const QByteArray &literal : body.split('*'))
        expression += QRegularExpression::escape(QString::fromLatin1(literal)) + u".*"_s;
    expression.chop(2);
    if (anchoredAtEnd)
        expression += u"\\z"_s;
    return QRegularExpression(expression);
}

// The product token a User-agent line names: "Parallax/1.0 (…)" is "Parallax".
QByteArray productTokenOf(const QByteArray &value)
{
    qsizetype end = 0;
    while (end < value.size() && (std::isalpha(static_cast<unsigned char>(value[end])) || value[end] == '_' || value[end] == '-' || value[end] == '*'))
        ++end;
    return value.left(end).toLower();
}

} // namespace

RobotsRules RobotsRules::parse(const QByteArray &text, const QByteArray &productToken)
{
    const QByteArray robot = productToken.toLower();
    RobotsRules forRobot;
    RobotsRules forEveryone;
    bool robotNamed = false;
    // The groups the lines being read belong to: a run of User-agent lines opens a
    // group, the first rule after them closes the run.
    bool groupIsRobot = false;
    bool groupIsEveryone = false;
    bool readingAgents = false;
    for (QByteArray line : text.left(MaximumRobotsBytes).split('\n')) {
        if (const qsizetype comment = line.indexOf('#'); comment >= 0)
            line.truncate(comment);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "user-agent") {
            if (!readingAgents)
                groupIsRobot = groupIsEveryone = false;
            readingAgents = true;
            const QByteArray token = productTokenOf(value);
            if (token == robot) {
                groupIsRobot = true;
                robotNamed = true;
            } else if (token == "*") {
                groupIsEveryone = true;
            }
            continue;
        }
        if (key != "allow" && key != "disallow")
            continue; // Sitemap, Crawl-delay and the like say nothing of what may be fetched
        readingAgents = false;
        if (value.isEmpty())
            continue; // "Disallow:" with no path disallows nothing
        const QByteArray path = normalisedPath(value);
        const bool hasWildcards = path.contains('*') || path.endsWith('$');
        const Rule rule {key == "allow", path, hasWildcards ? std::optional(expressionOf(path)) : std::nullopt};
        if (groupIsRobot)
            forRobot.m_rules.append(rule);
        if (groupIsEveryone)
            forEveryone.m_rules.append(rule);
    }
    return robotNamed ? forRobot : forEveryone;
}

bool RobotsRules::Rule::matches(const QByteArray &subject) const
{
    return pattern ? pattern->match(QString::fromLatin1(subject)).hasMatch() : subject.startsWith(path);
}

RobotsRules RobotsRules::disallowingEverything()
{
    RobotsRules rules;
    rules.m_rules.append(Rule {false, "/", std::nullopt});
    return rules;
}

bool RobotsRules::allows(const QUrl &url) const
{
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    if (path == "/robots.txt")
        return true;
    const QByteArray subject = normalisedPath(path);
    const Rule *decisive = nullptr;
    for (const Rule &rule : m_rules) {
        if (!rule.matches(subject))
            continue;
        const qsizetype length = rule.path.size();
        if (!decisive || length > decisive->path.size() || (length == decisive->path.size() && rule.allow && !decisive->allow))
            decisive = &rule;
    }
    return !decisive || decisive->allow;
}

} // namespace Parallax
