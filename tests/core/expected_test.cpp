// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/exchange/exporter.h>
#include <core/text/expected.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(Expected, holdsTheValueOrWhyThereIsNone)
{
    const Expected<QString> value(u"article"_s);
    ASSERT_TRUE(value.has_value());
    EXPECT_EQ(*value, u"article"_s);
    EXPECT_EQ(value->size(), 7);

    const Expected<QString> failure(Failure {u"the file is gone"_s});
    EXPECT_FALSE(failure.has_value());
    EXPECT_FALSE(bool(failure));
    EXPECT_EQ(failure.error().message, u"the file is gone"_s);

    // The value moves out of a temporary, as it does out of a function's result.
    const QString taken = *Expected<QString>(u"moved"_s);
    EXPECT_EQ(taken, u"moved"_s);
}

TEST(Expected, whereFailingMeansNone_givesAFallback_andComparesWithAValue)
{
    const Expected<QList<int>> found(QList<int> {1, 2});
    const Expected<QList<int>> unread(Failure {u"the library is locked"_s});
    EXPECT_EQ(found.value_or({}), (QList<int> {1, 2}));
    EXPECT_TRUE(unread.value_or({}).isEmpty());
    EXPECT_EQ(Expected<int>(Failure {}).value_or(7), 7);
    EXPECT_EQ(toOptional(found), (QList<int> {1, 2}));
    EXPECT_FALSE(toOptional(unread).has_value());

    // Equal to a value only with that value: a failure equals nothing.
    EXPECT_TRUE(found == (QList<int> {1, 2}));
    EXPECT_FALSE(found == (QList<int> {1}));
    EXPECT_FALSE(unread == QList<int>());
}

TEST(Expected, aListInATemporaryResult_livesThroughTheLoopOverIt)
{
    // "for (x : *read())" must not walk a list that died with the result holding it.
    const auto read = [] {
        return Expected<QList<QString>>(QList<QString> {u"one"_s, u"two"_s, u"three"_s});
    };
    QStringList seen;
    for (const QString &word : *read())
        seen << word;
    EXPECT_EQ(seen, (QStringList {u"one"_s, u"two"_s, u"three"_s}));
}

TEST(Expected, ofNothing_succeedsOrFails)
{
    const Expected<void> done;
    EXPECT_TRUE(done.has_value());
    const Expected<void> failed(Failure {u"disk full"_s});
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().message, u"disk full"_s);
}

TEST(Expected, carriesAModulesOwnErrorToo)
{
    struct Refusal {
        int code;
        QString message;
    };
    const Expected<int, Refusal> refused(Refusal {409, u"changed by someone else"_s});
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, 409);
    const Expected<void, Refusal> done;
    EXPECT_TRUE(done.has_value());
    const Expected<void, Refusal> notDone(Refusal {507, u"disk full"_s});
    ASSERT_FALSE(notDone);
    EXPECT_EQ(notDone.error().message, u"disk full"_s);
}

TEST(Expected, writingAFileWhereNoneCanBe_saysWhy)
{
    QTemporaryDir dir;
    const Expected<void> written = Exporter::writeFile(dir.filePath(u"missing/folder/notes.md"_s), "notes");
    ASSERT_FALSE(written.has_value());
    EXPECT_TRUE(written.error().message.startsWith(u"Cannot write "_s)) << qPrintable(written.error().message);
    EXPECT_TRUE(Exporter::writeFile(dir.filePath(u"notes.md"_s), "notes").has_value());
}
