// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "mainwindowfixture.h"

#include <core/library/store.h>
#include <ui/annotationworkspace.h>
#include <ui/documentlistmodel.h>
#include <ui/messagebar.h>
#include <ui/settings.h>
#include <ui/teamlibraryconnector.h>
#include <ui/teamlibrarydialog.h>

#include <QUrl>

#include <tests/postgresserver.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

class TeamLibraryTest : public Testing::MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        QString whyNot;
        if (!Testing::postgresServer(&whyNot))
            GTEST_SKIP() << qPrintable(whyNot);
        ASSERT_FALSE(m_library.uri().isEmpty()) << qPrintable(m_library.error());
        // A colleague has put an article in the team library.
        Store colleague;
        ASSERT_TRUE(colleague.open(m_library.uri())) << qPrintable(colleague.lastError().message);
        ASSERT_TRUE(colleague.importDocument(m_corpus.at(2)));
    }

    Testing::PostgresDatabase m_library;
};

} // namespace

TEST_F(TeamLibraryTest, theDialog_buildsTheAddress_andTestsIt)
{
    TeamLibraryDialog dialog(m_library.uri());
    EXPECT_EQ(QUrl(dialog.address()), QUrl(m_library.uri()));
    dialog.testConnection();
    EXPECT_TRUE(dialog.testResult().startsWith(u"Connected: 1 article"_s)) << qPrintable(dialog.testResult());

    // Nothing listens on port 1: the dialog says so, and that it did not connect.
    QUrl nowhere(m_library.uri());
    nowhere.setPort(1);
    TeamLibraryDialog unreachable(nowhere.toString());
    unreachable.testConnection();
    EXPECT_TRUE(unreachable.testResult().startsWith(u"Not connected: "_s)) << qPrintable(unreachable.testResult());
}

TEST_F(TeamLibraryTest, connecting_givesTheWindowTheTeamLibrary_andRemembersIt)
{
    const auto window = openWindow();
    Store local;
    ASSERT_TRUE(local.open(m_settingsDir.filePath(u"local.sqlite"_s)));
    window->setStore(&local);
    ASSERT_TRUE(window->teamLibrary()->connectTo(m_library.uri()));
    EXPECT_EQ(window->workspace()->store()->path(), m_library.uri());
    EXPECT_GE(window->articles()->rowOfPath(m_corpus.at(2).path), 0) << "the library dock lists the team's articles";
    EXPECT_EQ(Settings().teamLibrary(), m_library.uri());

    // A library that cannot be opened leaves the window on the one it had.
    QUrl nowhere(m_library.uri());
    nowhere.setPort(1);
    EXPECT_FALSE(window->teamLibrary()->connectTo(nowhere.toString()));
    EXPECT_EQ(window->workspace()->store()->path(), m_library.uri());
    EXPECT_TRUE(window->messageBar()->text().contains(u"could not be opened"_s)) << qPrintable(window->messageBar()->text());
}
