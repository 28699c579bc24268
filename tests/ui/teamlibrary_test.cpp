// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "mainwindowfixture.h"

#include <core/library/store.h>
#include <ui/annotationlistmodel.h>
#include <ui/annotationworkspace.h>
#include <ui/documentlistmodel.h>
#include <ui/messagebar.h>
#include <ui/settings.h>
#include <ui/teamlibraryconnector.h>
#include <ui/teamlibrarydialog.h>

#include <QDir>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <tests/postgresserver.h>
#include <tests/storeassertions.h>

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
        ASSERT_TRUE(Testing::succeeded(colleague.open(m_library.uri())));
        ASSERT_TRUE(colleague.importDocument(m_corpus.at(2)));
    }

    Testing::PostgresDatabase m_library;
};

// Selects PASSAGE in WINDOW's left pane, as a user would, and tags it with TAG_PATH.
qint64 annotateInLeftPane(MainWindow &window, const QString &passage, const QString &tagPath, const QString &note)
{
    EXPECT_TRUE(Testing::selectPassage(window.leftPane(), passage)) << qPrintable(passage);
    return window.workspace()->annotateSelection({tagPath}, note);
}

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

TEST_F(TeamLibraryTest, twoWindowsOnOneLibrary_showEachOthersWorkAsItHappens)
{
    // Two coders, each with a window and a connection of their own, as on two machines.
    Store adas;
    Store graces;
    ASSERT_TRUE(Testing::succeeded(adas.open(m_library.uri())));
    ASSERT_TRUE(Testing::succeeded(graces.open(m_library.uri())));
    const auto ada = openWindow();
    ada->setStore(&adas);
    const auto grace = openWindow();
    grace->setStore(&graces);
    // Named as each one's settings would name them (the two windows here share one file).
    adas.setCoder(u"Ada"_s);
    graces.setCoder(u"Grace"_s);
    auto *adasList = ada->findChild<QTableView *>(u"annotationView"_s);
    auto *gracesList = grace->findChild<QTableView *>(u"annotationView"_s);
    ASSERT_TRUE(adasList && gracesList);
    ASSERT_EQ(gracesList->model()->rowCount(), 0);

    ASSERT_GT(annotateInLeftPane(*ada, u"Vladimir Putin"_s, u"People"_s, u"named in both"_s), 0);
    // Another coder's work is shown within a second.
    const auto showsRowsWithinASecond = [](const QTableView *list, int rows) {
        return QTest::qWaitFor(
            [&] {
                return list->model()->rowCount() == rows;
            },
            1000);
    };
    EXPECT_TRUE(showsRowsWithinASecond(gracesList, 1)) << "Ada's annotation is not in Grace's window within a second";
    EXPECT_EQ(grace->leftPane()->annotationHighlights().size(), 1);

    ASSERT_GT(annotateInLeftPane(*grace, u"Sberbank"_s, u"Banks"_s, u"state-owned"_s), 0);
    EXPECT_TRUE(showsRowsWithinASecond(adasList, 2)) << "Grace's annotation is not in Ada's window within a second";
    QStringList coders;
    for (int row = 0; row < adasList->model()->rowCount(); ++row)
        coders << adasList->model()->index(row, AnnotationListModel::CoderColumn).data().toString();
    coders.sort();
    EXPECT_EQ(coders, (QStringList {u"Ada"_s, u"Grace"_s})) << "each annotation shows who made it";
    // Each window's undo history holds its own coder's work alone.
    EXPECT_EQ(ada->workspace()->undoStack()->count(), 1);
    EXPECT_EQ(grace->workspace()->undoStack()->count(), 1);

    QDir().mkpath(QStringLiteral(PARALLAX_SCREENSHOT_DIR));
    for (const auto &[window, name] : {std::pair {ada.get(), "ada"}, std::pair {grace.get(), "grace"}}) {
        window->resize(1280, 800);
        QApplication::processEvents();
        EXPECT_TRUE(window->grab().save(QStringLiteral(PARALLAX_SCREENSHOT_DIR "/team-library-%1.png").arg(QLatin1StringView(name))));
    }
}
