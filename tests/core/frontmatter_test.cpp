// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/frontmatter.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(FrontMatter, parse_readsFieldsAndKeepsBodyVerbatim)
{
    const QString markdown = u"---\n"
                             u"title: \"Ten nations: a headline\"\n"
                             u"outlet: Defence Talks  # a comment\n"
                             u"author: Jane Doe\n"
                             u"published: 2025-02-06\n"
                             u"original_file: 001.txt\n"
                             u"language: en\n"
                             u"---\n"
                             u"  • first line\n\n---\nnot front matter\n"_s;
    const FrontMatter frontMatter = FrontMatter::parse(markdown);
    ASSERT_TRUE(frontMatter.isValid()) << qPrintable(frontMatter.error());
    EXPECT_TRUE(frontMatter.isPresent());
    EXPECT_EQ(frontMatter.metadata().title, u"Ten nations: a headline"_s);
    EXPECT_EQ(frontMatter.metadata().outlet, u"Defence Talks"_s);
    EXPECT_EQ(frontMatter.metadata().byline, u"Jane Doe"_s);
    EXPECT_EQ(frontMatter.metadata().published, QDate(2025, 2, 6));
    EXPECT_EQ(frontMatter.metadata().originalFileName, u"001.txt"_s);
    EXPECT_EQ(frontMatter.metadata().language, u"en"_s);
    EXPECT_EQ(frontMatter.body(), u"  • first line\n\n---\nnot front matter\n"_s);
    EXPECT_EQ(markdown.mid(frontMatter.bodyOffset()), frontMatter.body());
}

TEST(FrontMatter, parseWithoutFrontMatter_isAllBody)
{
    const FrontMatter frontMatter = FrontMatter::parse(u"# Heading\n---\ntext"_s);
    ASSERT_TRUE(frontMatter.isValid());
    EXPECT_FALSE(frontMatter.isPresent());
    EXPECT_EQ(frontMatter.body(), u"# Heading\n---\ntext"_s);
    EXPECT_EQ(frontMatter.bodyOffset(), 0);
}

TEST(FrontMatter, parseNullFields_leavesThemEmpty)
{
    const FrontMatter frontMatter = FrontMatter::parse(u"---\ntitle: T\noutlet: ~\npublished: null\n---\nbody"_s);
    ASSERT_TRUE(frontMatter.isValid()) << qPrintable(frontMatter.error());
    EXPECT_TRUE(frontMatter.metadata().outlet.isEmpty());
    EXPECT_FALSE(frontMatter.metadata().published.isValid());
}

TEST(FrontMatter, parseYamlDocumentEndMarker_closesFrontMatter)
{
    const FrontMatter frontMatter = FrontMatter::parse(u"---\ntitle: T\n...\nbody"_s);
    ASSERT_TRUE(frontMatter.isValid());
    EXPECT_EQ(frontMatter.metadata().title, u"T"_s);
    EXPECT_EQ(frontMatter.body(), u"body"_s);
}

TEST(FrontMatter, parseEmptyFrontMatter_isAllowed)
{
    const FrontMatter frontMatter = FrontMatter::parse(u"---\n---\nbody"_s);
    ASSERT_TRUE(frontMatter.isValid()) << qPrintable(frontMatter.error());
    EXPECT_EQ(frontMatter.body(), u"body"_s);
}

TEST(FrontMatter, parseBadInput_givesAClearError)
{
    struct Case {
        QString markdown;
        QString errorStart;
    };
    const Case cases[] = {
        {u"---\ntitle: never closed\nbody"_s, u"has a front matter that is never closed"_s},
        {u"---\ntitle: [unbalanced\n---\nbody"_s, u"has a front matter that is not valid YAML (line "_s},
        {u"---\n- a list\n- not a map\n---\nbody"_s, u"has a front matter that is not valid YAML"_s},
        {u"---\ntitle: [a, b]\n---\nbody"_s, u"has a front matter that is not valid YAML (line 2: title must be a single value)"_s},
        {u"---\npublished: last Wednesday\n---\nbody"_s, u"has a front matter whose published date \"last Wednesday\""_s},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(qPrintable(c.markdown));
        const FrontMatter frontMatter = FrontMatter::parse(c.markdown);
        EXPECT_FALSE(frontMatter.isValid());
        EXPECT_TRUE(frontMatter.error().startsWith(c.errorStart)) << qPrintable(frontMatter.error());
    }
}
