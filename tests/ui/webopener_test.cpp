// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// Open URL (Ctrl+L), a link dropped on a pane, and Check for Updates (F5), used as a
// person uses them, against a real HTTP server on 127.0.0.1 that the test starts.
#include "mainwindowfixture.h"

#include <core/library/store.h>
#include <ui/annotationworkspace.h>
#include <ui/messagebar.h>

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QMimeData>
#include <QTimer>

#include <tests/pageserver.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

class WebOpenerTest : public Testing::MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        ASSERT_TRUE(m_server.isRunning()) << "the page server did not start";
        ASSERT_TRUE(m_server.setVersion(1));
        ASSERT_TRUE(m_store.open(m_settingsDir.filePath(u"library.sqlite"_s))) << qPrintable(m_store.lastError().message);
    }

    // Answers the Open URL dialog, when it comes, with ADDRESS typed into it.
    void answerOpenUrlWith(MainWindow *window, const QString &address)
    {
        QTimer::singleShot(0, window, [address] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr) << "Ctrl+L showed no dialog";
            auto *field = dialog->findChild<QLineEdit *>();
            ASSERT_NE(field, nullptr);
            field->selectAll();
            QTest::keyClicks(field, address);
            QTest::keyClick(field, Qt::Key_Return);
        });
    }

    // Waits for the fetching to end; the window is then the active one again, as on a
    // desktop once the dialog that asked for the address has closed.
    static bool waitUntilIdle(MainWindow *window)
    {
        const bool idle = QTest::qWaitFor(
            [window] {
                return !window->isOpeningFiles();
            },
            30'000);
        window->activateWindow();
        return idle && QTest::qWaitForWindowActive(window);
    }

    PageServer m_server;
    Store m_store;
};

} // namespace

TEST_F(WebOpenerTest, ctrlL_fetchesThePage_andF5_showsItsNewRevision_withTheChangeNamed)
{
    const auto window = openWindow();
    window->setStore(&m_store);

    answerOpenUrlWith(window.get(), m_server.url(u"/story"_s).toString());
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_EQ(window->leftPane()->document().metadata.title, u"Quake kills dozens in Lorem"_s) << qPrintable(window->messageBar()->text());
    EXPECT_TRUE(Testing::visibleText(window->leftPane()).contains(u"At least 5 people were killed"_s));
    EXPECT_FALSE(Testing::visibleText(window->leftPane()).contains(u"Another story entirely"_s)) << "page furniture is hidden";
    ASSERT_EQ(m_store.webArticles().size(), 1);

    // Nothing changed: F5 says so.
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_TRUE(window->messageBar()->text().startsWith(u"No change"_s)) << qPrintable(window->messageBar()->text());

    // The newspaper edits the story: F5 finds it, and the pane shows the new revision.
    ASSERT_TRUE(m_server.setVersion(2));
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_TRUE(window->messageBar()->text().contains(u"Changed since the last check: Quake kills dozens in Lorem"_s))
        << qPrintable(window->messageBar()->text());
    EXPECT_TRUE(Testing::visibleText(window->leftPane()).contains(u"At least 24 people were killed"_s));
    EXPECT_EQ(m_store.revisions(m_store.webArticles().constFirst()).size(), 2);
    QDir().mkpath(QStringLiteral(PARALLAX_SCREENSHOT_DIR));
    EXPECT_TRUE(window->grab().save(QStringLiteral(PARALLAX_SCREENSHOT_DIR "/web-source-revised.png")));
}

TEST_F(WebOpenerTest, aFailedFetch_isNamed_andALinkDroppedOnAPane_opensThere)
{
    const auto window = openWindow();
    window->setStore(&m_store);
    answerOpenUrlWith(window.get(), m_server.url(u"/missing"_s).toString());
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_TRUE(window->messageBar()->text().contains(u"HTTP 404"_s)) << qPrintable(window->messageBar()->text());
    EXPECT_TRUE(m_store.webArticles().isEmpty());

    QMimeData data;
    data.setUrls({m_server.url(u"/gzip"_s)});
    QWidget *pane = window->rightPane();
    const QPoint at = pane->mapTo(window.get(), pane->rect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_EQ(window->rightPane()->document().metadata.title, u"Quake kills dozens in Lorem"_s) << qPrintable(window->messageBar()->text());
    EXPECT_EQ(m_store.webArticles().size(), 1);

    // With nothing read from the web yet in a library, F5 says how to begin.
    Store empty;
    ASSERT_TRUE(empty.open(m_settingsDir.filePath(u"empty.sqlite"_s)));
    window->setStore(&empty);
    QTest::keyClick(window.get(), Qt::Key_F5);
    EXPECT_TRUE(window->messageBar()->text().contains(u"File > Open URL"_s)) << qPrintable(window->messageBar()->text());
}
