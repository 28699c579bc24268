// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <ui/libraryopener.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

struct Answers {
    LibraryOpener::Choice choice;
    QString file;
    QList<StoreError::Kind> asked;
};

std::unique_ptr<Store> openWith(const QString &path, Answers &answers)
{
    return LibraryOpener::open(
        path,
        [&](const StoreError &error) {
            answers.asked.append(error.kind);
            // Asked a second time, the user gives up.
            return answers.asked.size() > 1 ? LibraryOpener::Choice::ContinueWithout : answers.choice;
        },
        [&](bool) {
            return answers.file;
        });
}

} // namespace

TEST(LibraryOpener, goodLibrary_opensWithoutAsking)
{
    QTemporaryDir dir;
    Answers answers {LibraryOpener::Choice::ContinueWithout, {}, {}};
    const auto store = openWith(dir.filePath(u"library.sqlite"_s), answers);
    ASSERT_TRUE(store);
    EXPECT_TRUE(answers.asked.isEmpty());
}

TEST(LibraryOpener, corruptLibrary_offersANewOne_andLeavesTheDamagedFileAlone)
{
    QTemporaryDir dir;
    const QString damaged = writeTestFile(dir, u"library.sqlite"_s, "garbage, not SQLite");
    Answers answers {LibraryOpener::Choice::StartNew, dir.filePath(u"fresh.sqlite"_s), {}};
    const auto store = openWith(damaged, answers);
    ASSERT_TRUE(store);
    EXPECT_EQ(answers.asked, QList<StoreError::Kind> {StoreError::Kind::Corrupt});
    EXPECT_EQ(store->path(), dir.filePath(u"fresh.sqlite"_s));
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("garbage, not SQLite"));
}

TEST(LibraryOpener, startingNewOverAnExistingFile_isRefused)
{
    QTemporaryDir dir;
    const QString damaged = writeTestFile(dir, u"library.sqlite"_s, "garbage, not SQLite");
    Answers answers {LibraryOpener::Choice::StartNew, damaged, {}};
    EXPECT_FALSE(openWith(damaged, answers));
    EXPECT_EQ(answers.asked.size(), 2);
}

TEST(LibraryOpener, corruptLibrary_canBeLeftForAnotherOne_orForNone)
{
    QTemporaryDir dir;
    const QString damaged = writeTestFile(dir, u"library.sqlite"_s, "garbage, not SQLite");
    {
        Store good;
        ASSERT_TRUE(good.open(dir.filePath(u"good.sqlite"_s)));
    }
    Answers another {LibraryOpener::Choice::OpenAnother, dir.filePath(u"good.sqlite"_s), {}};
    const auto store = openWith(damaged, another);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->path(), dir.filePath(u"good.sqlite"_s));
    Answers none {LibraryOpener::Choice::ContinueWithout, {}, {}};
    EXPECT_FALSE(openWith(damaged, none));
}
