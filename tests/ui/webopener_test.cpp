// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// Open URL (Ctrl+L), a link dropped on a pane, and Check for Updates (F5), used as a
// person uses them, against a real HTTP server on 127.0.0.1 that the test starts.
#include "mainwindowfixture.h"

#include <core/library/store.h>
#include <ui/annotationworkspace.h>
#include <ui/messagebar.h>
#include <ui/revisionsdialog.h>
#include <ui/webopener.h>

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFont>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QTimer>
#include <QTreeWidget>

#include <tests/pageserver.h>
#include <tests/storeassertions.h>

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
        ASSERT_TRUE(Testing::succeeded(m_store.open(m_settingsDir.filePath(u"library.sqlite"_s))));
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

    // Opens the page at PATH of the test server as a person does: Ctrl+L, the address
    // typed, Return; then waits for it.
    void openWithCtrlL(MainWindow *window, const QString &path)
    {
        answerOpenUrlWith(window, m_server.url(path).toString());
        QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
        ASSERT_TRUE(waitUntilIdle(window));
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
    ASSERT_EQ(m_store.webArticles()->size(), 1);
    // A note on the first revision, which the next one carries.
    const qint64 first = m_store.webArticles()->constFirst();
    const QString text = m_store.article(first)->document.text;
    const qsizetype start = text.indexOf(u"two borrowed diggers"_s);
    ASSERT_GE(start, 0);
    ASSERT_TRUE(m_store.addAnnotation(first, {start, start + 20}, {}, u"Whose diggers?"_s));
    window->workspace()->refresh();

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
    EXPECT_EQ(m_store.revisions(m_store.webArticles()->constFirst())->size(), 2);
    const QList<Annotation> carried = *m_store.annotations(m_store.webArticles()->constFirst());
    ASSERT_EQ(carried.size(), 1);
    EXPECT_FALSE(carried.constFirst().orphaned);
    EXPECT_EQ(carried.constFirst().note, u"Whose diggers?"_s);

    // Source > Revisions… lists both, the edit summed up; Return compares the latest
    // with the one before it.
    QString summary;
    QTimer::singleShot(0, window.get(), [&summary] {
        auto *dialog = qobject_cast<RevisionsDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "Ctrl+Shift+R showed no dialog";
        auto *list = dialog->findChild<QTreeWidget *>(u"revisionList"_s);
        ASSERT_NE(list, nullptr);
        ASSERT_EQ(list->topLevelItemCount(), 2);
        summary = list->topLevelItem(1)->text(2);
        QTest::keyClick(list, Qt::Key_Return);
    });
    window->leftPane()->textView()->setFocus();
    QSignalSpy compared(window.get(), &MainWindow::comparisonFinished);
    QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(summary.contains(u"At least 5 → At least 24"_s) && summary.contains(u"added"_s)) << qPrintable(summary);
    EXPECT_TRUE(Testing::visibleText(window->leftPane()).contains(u"At least 5 people were killed"_s));
    EXPECT_TRUE(Testing::visibleText(window->rightPane()).contains(u"At least 24 people were killed"_s));
    EXPECT_TRUE(window->leftPane()->document().metadata.title.endsWith(u"(revision 1)"_s)) << qPrintable(window->leftPane()->document().metadata.title);
    ASSERT_TRUE(compared.wait(30'000) || !compared.isEmpty());
    bool conflictShown = false;
    for (int row = 0; row < window->claims()->rowCount(); ++row) {
        const QString explanation = window->claims()->index(row, ClaimTableModel::ExplanationColumn).data().toString();
        conflictShown = conflictShown || (explanation.contains(u"At least 5"_s) && explanation.contains(u"At least 24"_s));
    }
    EXPECT_TRUE(conflictShown) << "the changed figure is a conflict between the revisions";
    QDir().mkpath(QStringLiteral(PARALLAX_SCREENSHOT_DIR));
    EXPECT_TRUE(window->grab().save(QStringLiteral(PARALLAX_SCREENSHOT_DIR "/web-source-revisions-compared.png")));

    // Source > Save Page as Received… writes revision 1's page, byte for byte.
    const QString saved = m_settingsDir.filePath(u"saved.html"_s);
    window->activateWindow(); // as the desktop does once the revisions' dialog is closed
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->leftPane()->textView()->setFocus();
    // Alt+S opens the Source menu, S picks Save Page as Received.
    QTest::keyClick(window.get(), Qt::Key_S, Qt::AltModifier);
    QWidget *menu = QApplication::activePopupWidget();
    ASSERT_NE(menu, nullptr) << "Alt+S opened no menu";
    QTimer::singleShot(0, window.get(), [saved] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr) << "no file dialog";
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        ASSERT_NE(name, nullptr);
        name->setText(saved);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::keyClick(menu, Qt::Key_S);
    QFile page(saved);
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    EXPECT_EQ(page.readAll(), m_store.snapshot(first)->bytes);
}

TEST_F(WebOpenerTest, aFailedFetch_isNamed_andLinksDroppedOnAPane_openThere_andInTheOther)
{
    const auto window = openWindow();
    window->setStore(&m_store);
    answerOpenUrlWith(window.get(), m_server.url(u"/missing"_s).toString());
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_TRUE(window->messageBar()->text().contains(u"HTTP 404"_s)) << qPrintable(window->messageBar()->text());
    EXPECT_TRUE(m_store.webArticles()->isEmpty());

    QMimeData data;
    data.setUrls({m_server.url(u"/gzip"_s), m_server.url(u"/big"_s)});
    QWidget *pane = window->rightPane();
    const QPoint at = pane->mapTo(window.get(), pane->rect().center());
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_EQ(window->rightPane()->document().metadata.title, u"Quake kills dozens in Lorem"_s) << qPrintable(window->messageBar()->text());
    EXPECT_EQ(window->leftPane()->document().metadata.title, u"A long report"_s) << "the second link opens in the other pane";
    EXPECT_EQ(m_store.webArticles()->size(), 2);

    // With nothing read from the web yet in a library, F5 says how to begin.
    Store empty;
    ASSERT_TRUE(empty.open(m_settingsDir.filePath(u"empty.sqlite"_s)));
    window->setStore(&empty);
    QTest::keyClick(window.get(), Qt::Key_F5);
    EXPECT_TRUE(window->messageBar()->text().contains(u"File > Open URL"_s)) << qPrintable(window->messageBar()->text());
}

TEST_F(WebOpenerTest, aSourceThatChangedUnseen_isBoldInTheLibrary_untilItIsShown)
{
    const auto window = openWindow();
    window->setStore(&m_store);
    answerOpenUrlWith(window.get(), m_server.url(u"/source/0"_s).toString());
    window->leftPane()->textView()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    const int fetchedRow = window->leftPane()->currentRow();
    ASSERT_EQ(window->leftPane()->document().metadata.title, u"Report 0"_s);
    EXPECT_FALSE(window->articles()->isChanged(fetchedRow)) << "what the user fetched, they have seen";

    // Another article is shown; the page changes and a check finds it.
    window->leftPane()->setCurrentRow(window->articles()->rowOfPath(m_corpus.at(0).path));
    ASSERT_TRUE(m_server.get(u"/change-sources?count=1"_s));
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    const int changedRow = window->articles()->rowOfPath(m_server.url(u"/source/0"_s).toString());
    ASSERT_GE(changedRow, 0);
    EXPECT_TRUE(window->articles()->isChanged(changedRow));
    const QModelIndex title = window->articles()->index(changedRow, DocumentListModel::TitleColumn);
    EXPECT_TRUE(title.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(title.data(Qt::ToolTipRole).toString().contains(u"Changed since you last looked"_s));
    EXPECT_EQ(m_store.unseenRevisions()->size(), 1);

    // Shown, it is seen: no longer bold, in this window or the next.
    window->rightPane()->setCurrentRow(changedRow);
    EXPECT_FALSE(window->articles()->isChanged(changedRow));
    EXPECT_TRUE(m_store.unseenRevisions()->isEmpty());
}

TEST_F(WebOpenerTest, checkAutomatically_putsTheSourceOnASchedule_andWhenItsTimeComes_theNewRevisionIsShown)
{
    ASSERT_TRUE(m_server.get(u"/set-robots"_s));
    const auto window = openWindow();
    window->setStore(&m_store);
    openWithCtrlL(window.get(), u"/story"_s);
    ASSERT_EQ(m_store.webArticles()->size(), 1);
    const qint64 article = m_store.webArticles()->constFirst();
    EXPECT_EQ(m_store.checkInterval(article), 0);

    // Alt+S opens the Source menu, A its Check Automatically, D picks Every Day.
    window->leftPane()->textView()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_S, Qt::AltModifier);
    QWidget *sourceMenu = QApplication::activePopupWidget();
    ASSERT_NE(sourceMenu, nullptr) << "Alt+S opened no menu";
    QTest::keyClick(sourceMenu, Qt::Key_A);
    QWidget *intervals = QApplication::activePopupWidget();
    ASSERT_NE(intervals, sourceMenu) << "A opened no submenu";
    ASSERT_EQ(intervals, static_cast<QWidget *>(window->webOpener()->scheduleMenu()));
    QDir().mkpath(QStringLiteral(PARALLAX_SCREENSHOT_DIR));
    EXPECT_TRUE(intervals->grab().save(QStringLiteral(PARALLAX_SCREENSHOT_DIR "/check-automatically-menu.png")));
    const QList<QAction *> choices = window->webOpener()->scheduleMenu()->actions();
    ASSERT_EQ(choices.size(), 5);
    EXPECT_TRUE(choices.constFirst()->isChecked()) << "a page is checked only when asked, at first";
    QTest::keyClick(intervals, Qt::Key_D);
    EXPECT_EQ(m_store.checkInterval(article), 24);
    EXPECT_TRUE(window->messageBar()->text().contains(u"checked every 24 hour"_s)) << qPrintable(window->messageBar()->text());

    // A day later (the time of the last check moved back), with the story edited: the
    // schedule finds the change by itself, and the pane shows the new revision.
    window->webOpener()->setScheduleTick(std::chrono::milliseconds(50));
    ASSERT_TRUE(m_server.setVersion(2));
    const WebSnapshot kept = *m_store.snapshot(article);
    ASSERT_TRUE(m_store.recordUnchanged(article, kept.checked.addDays(-1), kept.etag, kept.lastModified));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return Testing::visibleText(window->leftPane()).contains(u"At least 24 people were killed"_s);
        },
        30'000))
        << qPrintable(window->messageBar()->text());
    EXPECT_TRUE(window->messageBar()->text().contains(u"on its schedule"_s)) << qPrintable(window->messageBar()->text());
    const QList<qint64> revisions = *m_store.revisions(m_store.webArticles()->constFirst());
    ASSERT_EQ(revisions.size(), 2);
    EXPECT_EQ(m_store.checkInterval(revisions.last()), 24) << "the new revision keeps its source's schedule";

    // The site now asks robots to keep off: the next scheduled check fetches nothing,
    // says why, and is not tried again at every tick.
    ASSERT_TRUE(m_server.get(u"/set-robots?text=User-agent%3A%20*%0ADisallow%3A%20%2F"_s));
    ASSERT_TRUE(m_server.setVersion(3));
    const WebSnapshot latest = *m_store.snapshot(revisions.last());
    ASSERT_TRUE(m_store.recordUnchanged(revisions.last(), latest.checked.addDays(-1), latest.etag, latest.lastModified));
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return window->messageBar()->text().contains(u"robots.txt"_s);
        },
        30'000))
        << qPrintable(window->messageBar()->text());
    QTest::qWait(500); // ten ticks
    EXPECT_EQ(m_store.revisions(revisions.last())->size(), 2);
    EXPECT_EQ(m_server.get(u"/robots-asked"_s).value_or("?"), "1");
}

TEST_F(WebOpenerTest, aCheckOfASlowServer_showsProgress_andEscapeCancelsIt_leavingTheWindowLive)
{
    ASSERT_TRUE(m_server.get(u"/set-slow?s=0"_s));
    const auto window = openWindow();
    window->setStore(&m_store);
    openWithCtrlL(window.get(), u"/slow"_s);
    ASSERT_EQ(m_store.webArticles()->size(), 1) << qPrintable(window->messageBar()->text());

    // The server now takes its time: F5 shows progress, and Escape cancels.
    ASSERT_TRUE(m_server.get(u"/set-slow?s=3"_s));
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(window->isOpeningFiles());
    QProgressDialog *progress = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            progress = window->findChild<QProgressDialog *>();
            return progress && progress->isVisible();
        },
        10'000))
        << "no progress shown";
    EXPECT_TRUE(progress->labelText().contains(u"Checking"_s)) << qPrintable(progress->labelText());
    QTest::keyClick(progress, Qt::Key_Escape);
    EXPECT_FALSE(window->isOpeningFiles()) << "Escape did not cancel the check";
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return window->findChild<QProgressDialog *>() == nullptr;
        },
        5'000))
        << "the progress stays";

    // What the server sends after the cancel goes nowhere; the next check works.
    QTest::qWait(3'500);
    EXPECT_EQ(m_store.revisions(m_store.webArticles()->constFirst())->size(), 1);
    ASSERT_TRUE(m_server.get(u"/set-slow?s=0"_s));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F5);
    ASSERT_TRUE(waitUntilIdle(window.get()));
    EXPECT_TRUE(window->messageBar()->text().startsWith(u"No change"_s)) << qPrintable(window->messageBar()->text());
    ASSERT_TRUE(m_server.get(u"/set-slow?s=5"_s));
}

TEST_F(WebOpenerTest, aScheduledCheckUnderWay_stops_whenAnotherLibraryIsOpened)
{
    ASSERT_TRUE(m_server.get(u"/set-robots"_s));
    ASSERT_TRUE(m_server.get(u"/set-slow?s=0"_s));
    const auto window = openWindow();
    auto first = std::make_unique<Store>();
    ASSERT_TRUE(first->open(m_settingsDir.filePath(u"first.sqlite"_s)));
    window->setStore(first.get());
    openWithCtrlL(window.get(), u"/slow"_s);
    ASSERT_EQ(first->webArticles()->size(), 1) << qPrintable(window->messageBar()->text());
    const qint64 article = first->webArticles()->constFirst();
    ASSERT_TRUE(first->setCheckInterval(article, 1));
    const WebSnapshot kept = *first->snapshot(article);
    ASSERT_TRUE(first->recordUnchanged(article, kept.checked.addDays(-1), kept.etag, kept.lastModified));

    ASSERT_TRUE(m_server.get(u"/set-slow?s=2"_s));
    window->webOpener()->setScheduleTick(std::chrono::milliseconds(50));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return window->webOpener()->isCheckingOnSchedule();
        },
        10'000));
    // The user opens another library, and the first is closed, while the server thinks.
    window->setStore(&m_store);
    EXPECT_FALSE(window->webOpener()->isCheckingOnSchedule());
    first.reset();
    QTest::qWait(2'500); // the slow answer comes, and goes nowhere
    EXPECT_TRUE(m_store.webArticles()->isEmpty());
    ASSERT_TRUE(m_server.get(u"/set-slow?s=5"_s));
}
