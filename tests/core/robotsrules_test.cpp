// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// robots.txt as RFC 9309 reads it: which group speaks to Parallax, and which of its
// rules decides for a page.
#include <core/web/robotsrules.h>

#include <QUrl>

#include <gtest/gtest.h>

using namespace Parallax;

namespace
{

bool allows(const QByteArray &robotsTxt, const char *path)
{
    return RobotsRules::parse(robotsTxt, "Parallax").allows(QUrl(QStringLiteral("https://news.example") + QString::fromUtf8(path)));
}

TEST(RobotsRulesTest, nothingSaid_allowsEverything)
{
    EXPECT_TRUE(RobotsRules().allows(QUrl(QStringLiteral("https://news.example/any/page"))));
    EXPECT_TRUE(allows("", "/news/quake"));
    EXPECT_TRUE(allows("Sitemap: https://news.example/sitemap.xml\n", "/news/quake"));
    EXPECT_TRUE(allows("User-agent: *\nDisallow:\n", "/news/quake")) << "an empty Disallow disallows nothing";
}

TEST(RobotsRulesTest, theGroupThatNamesParallax_comesBeforeTheOneForEveryone)
{
    const QByteArray text = "User-agent: *\nDisallow: /\n\nUser-agent: parallax\nDisallow: /private/\n";
    EXPECT_TRUE(allows(text, "/news/quake"));
    EXPECT_FALSE(allows(text, "/private/notes"));
    // Another robot's group says nothing to Parallax: the group for everyone speaks.
    const QByteArray others = "User-agent: Googlebot\nDisallow: /news/\n\nUser-agent: *\nDisallow: /archive/\n";
    EXPECT_TRUE(allows(others, "/news/quake"));
    EXPECT_FALSE(allows(others, "/archive/2019"));
    // Named with a version and in other case, the token is still Parallax's.
    EXPECT_FALSE(allows("User-agent: PARALLAX/0.9\nDisallow: /news/\n", "/news/quake"));
    // Not a prefix of another robot's name.
    EXPECT_TRUE(allows("User-agent: ParallaxBot\nDisallow: /\n", "/news/quake"));
}

TEST(RobotsRulesTest, agentLinesInARow_shareTheirRules_andGroupsForOneRobotAreJoined)
{
    const QByteArray text = "user-agent: otherbot\nuser-agent: parallax\ndisallow: /a/\n"
                            "user-agent: otherbot\ndisallow: /b/\n"
                            "user-agent: parallax\ndisallow: /c/\n";
    EXPECT_FALSE(allows(text, "/a/x"));
    EXPECT_TRUE(allows(text, "/b/x"));
    EXPECT_FALSE(allows(text, "/c/x"));
}

TEST(RobotsRulesTest, theLongestMatchDecides_andAllowWinsATie)
{
    const QByteArray text = "User-agent: *\nDisallow: /news/\nAllow: /news/world/\nDisallow: /news/world/live\n"
                            "Allow: /same\nDisallow: /same\n";
    EXPECT_FALSE(allows(text, "/news/local"));
    EXPECT_TRUE(allows(text, "/news/world/quake"));
    EXPECT_FALSE(allows(text, "/news/world/live-blog"));
    EXPECT_TRUE(allows(text, "/same/page"));
    EXPECT_TRUE(allows(text, "/elsewhere"));
}

TEST(RobotsRulesTest, wildcardsAndTheEndAnchor_matchAsTheRfcSays)
{
    const QByteArray text = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow: /fish*\n";
    EXPECT_FALSE(allows(text, "/reports/budget.pdf"));
    EXPECT_TRUE(allows(text, "/reports/budget.pdf.html"));
    EXPECT_FALSE(allows(text, "/story?print=1"));
    EXPECT_TRUE(allows(text, "/story?page=2"));
    EXPECT_FALSE(allows(text, "/fishing"));
    EXPECT_TRUE(allows(text, "/Fish")) << "paths are matched with their case";
    // Characters that mean something in an expression mean themselves in a path.
    EXPECT_FALSE(allows("User-agent: *\nDisallow: /a+b(c)\n", "/a+b(c)/d"));
    EXPECT_TRUE(allows("User-agent: *\nDisallow: /a.b\n", "/axb"));
}

TEST(RobotsRulesTest, pathsMatch_howeverTheirCharactersAreEncoded)
{
    EXPECT_FALSE(allows("User-agent: *\nDisallow: /café\n", "/caf%C3%A9/menu"));
    EXPECT_FALSE(allows("User-agent: *\nDisallow: /caf%c3%a9\n", "/café/menu"));
}

TEST(RobotsRulesTest, comments_carriageReturns_andJunk_areReadPast)
{
    static constexpr char Written[] = "# the rules of news.example\r\nUser-agent: * # everyone\r\nDisallow: /drafts/ # not yet\r\n"
                                      "this line means nothing\r\n\x00\xff\xfe:\r\n";
    const QByteArray text(Written, sizeof Written - 1); // the NUL and what follows it too
    EXPECT_FALSE(allows(text, "/drafts/one"));
    EXPECT_TRUE(allows(text, "/news"));
    EXPECT_TRUE(allows(QByteArray(4096, '\xff'), "/news"));
}

TEST(RobotsRulesTest, robotsTxtItself_isAlwaysAllowed_andEverythingElseCanBeRefused)
{
    const RobotsRules none = RobotsRules::disallowingEverything();
    EXPECT_FALSE(none.allows(QUrl(QStringLiteral("https://news.example/"))));
    EXPECT_FALSE(none.allows(QUrl(QStringLiteral("https://news.example"))));
    EXPECT_TRUE(none.allows(QUrl(QStringLiteral("https://news.example/robots.txt"))));
}

TEST(RobotsRulesTest, onlyTheFirst500KiB_areRead)
{
    QByteArray text = "User-agent: *\n";
    while (text.size() < 500 * 1024)
        text += "Allow: /filler/\n";
    EXPECT_TRUE(allows(text + "Disallow: /late/\n", "/late/page")) << "a rule past 500 KiB is not read";
    EXPECT_FALSE(allows("User-agent: *\nDisallow: /late/\n" + text, "/late/page"));
}

} // namespace
