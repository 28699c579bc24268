// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <optional>

class QUrl;

namespace Parallax
{

/**
 * What a site's robots.txt asks of one robot (RFC 9309): the group of rules for the
 * robot's product token, or the group for every robot ("*") where none names it, and
 * of its Allow and Disallow rules the one with the longest path pattern decides (Allow
 * where an Allow and a Disallow are as long). Patterns may hold "*" (any characters)
 * and end in "$" (the end of the path). A site without rules for the robot allows
 * everything.
 */
class RobotsRules final
{
public:
    /// Rules that allow everything (no robots.txt, or one that says nothing to us).
    RobotsRules() = default;
    /// The rules in robots.txt TEXT for the robot PRODUCTTOKEN ("Parallax"), matched
    /// without regard to case. Only the first 500 KiB are read, as the RFC allows.
    static RobotsRules parse(const QByteArray &text, const QByteArray &productToken);
    /// Rules that allow nothing: what a robot assumes of a site whose robots.txt it
    /// could not read for the server's fault (RFC 9309, 2.3.1.4).
    static RobotsRules disallowingEverything();

    /// Whether the robot may fetch URL (its path and query are matched).
    bool allows(const QUrl &url) const;

private:
    struct Rule {
        bool allow = false;
        QByteArray path; ///< normalised; its length decides between rules that match
        /// For a path with wildcards; a plain path (most are) matches as a prefix.
        std::optional<QRegularExpression> pattern;
        bool matches(const QByteArray &subject) const;
    };
    QList<Rule> m_rules;
};

} // namespace Parallax
