// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/compare/claimpalette.h>
#include <core/compare/comparison.h>
#include <core/import/corpus.h>
#include <core/library/store.h>
#include <ui/articlepane.h>
#include <ui/claimcolors.h>
#include <ui/claimtablemodel.h>
#include <ui/documentlistmodel.h>
#include <ui/itemroles.h>
#include <ui/mainwindow.h>
#include <ui/messagebar.h>
#include <ui/settingsdialog.h>
#include <ui/theme.h>

#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <tests/qstringprinter.h>
#include <tests/ui/mainwindowfixture.h>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

namespace
{

// Counts pixels that differ clearly from the background: text drawn with a real font.
int inkPixels(const QImage &image)
{
    const QColor background = image.pixelColor(image.width() - 2, image.height() - 2);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.lightness() - background.lightness()) > 80)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_F(MainWindowTest, open_showsTwoCorpusArticlesSideBySide)
{
    const auto window = openWindow();
    ArticlePane *left = window->findChild<ArticlePane *>(u"leftPane"_s);
    ArticlePane *right = window->findChild<ArticlePane *>(u"rightPane"_s);
    ASSERT_TRUE(left && right);

    EXPECT_EQ(shownText(left), m_corpus.at(0).text);
    EXPECT_EQ(shownText(right), m_corpus.at(1).text);
    EXPECT_EQ(left->findChild<QComboBox *>(u"articleChooser"_s)->currentText(), m_corpus.at(0).metadata.title);
    EXPECT_EQ(right->findChild<QComboBox *>(u"articleChooser"_s)->currentText(), m_corpus.at(1).metadata.title);
    EXPECT_TRUE(right->findChild<QLabel *>(u"articleMetadata"_s)->text().contains(u"Defence Talks"_s));
    EXPECT_TRUE(left->textView()->isReadOnly());

    // Side by side in one splitter, both visible and not overlapping.
    EXPECT_EQ(left->parentWidget(), right->parentWidget());
    EXPECT_TRUE(qobject_cast<QSplitter *>(left->parentWidget()));
    EXPECT_TRUE(left->isVisible() && right->isVisible());
    const QRect leftRect(left->mapTo(window.get(), QPoint()), left->size());
    const QRect rightRect(right->mapTo(window.get(), QPoint()), right->size());
    EXPECT_LT(leftRect.right(), rightRect.left());
    EXPECT_GT(leftRect.width(), 300);
    EXPECT_GT(rightRect.width(), 300);
}

TEST_F(MainWindowTest, render_drawsTheArticleText)
{
    const auto window = openWindow();
    QPlainTextEdit *text = window->leftPane()->textView();
    const QImage image = text->viewport()->grab().toImage();
    // Without fonts the viewport is blank; with them, a few lines of text cover thousands of pixels.
    EXPECT_GT(inkPixels(image), 2000);
}

TEST_F(MainWindowTest, chooser_changesTheArticleOfItsPane)
{
    const auto window = openWindow();
    auto *chooser = window->rightPane()->findChild<QComboBox *>(u"articleChooser"_s);
    chooser->setCurrentIndex(3);
    EXPECT_EQ(shownText(window->rightPane()), m_corpus.at(3).text);
    EXPECT_EQ(shownText(window->leftPane()), m_corpus.at(0).text);
}

TEST_F(MainWindowTest, libraryShortcut_showsSelectedArticleInRightPane)
{
    const auto window = openWindow();
    auto *library = window->findChild<QTreeView *>(u"libraryView"_s);
    ASSERT_TRUE(library);
    ASSERT_EQ(library->model()->rowCount(), 4);
    library->setFocus();
    library->setCurrentIndex(library->model()->index(2, 0));
    QTest::keyClick(library, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->rightPane()->currentRow(), 2);
    EXPECT_EQ(shownText(window->rightPane()), m_corpus.at(2).text);
}

TEST_F(MainWindowTest, libraryFilter_keepsMatchingArticles)
{
    const auto window = openWindow();
    auto *filter = window->findChild<QLineEdit *>(u"libraryFilter"_s);
    auto *library = window->findChild<QTreeView *>(u"libraryView"_s);
    QTest::keyClicks(filter, u"defence"_s);
    ASSERT_EQ(library->model()->rowCount(), 1);
    EXPECT_EQ(library->model()->index(0, DocumentListModel::OutletColumn).data().toString(), u"Defence Talks"_s);
    filter->clear();
    EXPECT_EQ(library->model()->rowCount(), 4);
}

TEST_F(MainWindowTest, settings_persistFromOneWindowToTheNext)
{
    QSize windowSize;
    QList<int> splitterSizes;
    {
        const auto window = openWindow();
        // A size that the offscreen platform's 800×600 screen does not clamp.
        windowSize = window->minimumSizeHint().expandedTo(QSize(700, 500)) + QSize(20, 20);
        ASSERT_TRUE(window->screen()->availableGeometry().size().boundedTo(windowSize) == windowSize) << "the window does not fit the screen";
        window->resize(windowSize);
        window->leftPane()->setCurrentRow(2);
        window->rightPane()->setCurrentRow(3);
        auto *splitter = window->findChild<QSplitter *>(u"comparisonSplitter"_s);
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({total / 2 - 40, total / 2 + 40});
        splitterSizes = splitter->sizes();
        ASSERT_NE(splitterSizes.value(0), splitterSizes.value(1)) << "the panes' minimum widths left no room to move the splitter";
        window->close();
    }
    const auto window = openWindow();
    EXPECT_EQ(window->leftPane()->currentRow(), 2);
    EXPECT_EQ(window->rightPane()->currentRow(), 3);
    EXPECT_EQ(window->size(), windowSize);
    EXPECT_EQ(window->findChild<QSplitter *>(u"comparisonSplitter"_s)->sizes(), splitterSizes);
}

TEST_F(MainWindowTest, emptyLibrary_showsEmptyPanes)
{
    MainWindow window {ImportFormats()};
    window.setArticles({});
    window.show();
    EXPECT_EQ(window.leftPane()->currentRow(), -1);
    EXPECT_TRUE(window.leftPane()->textView()->toPlainText().isEmpty());
}

TEST_F(MainWindowTest, discrepancyTable_holdsExactlyTheClaimsCoreReports)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    const ComparisonResult expected = Comparator::compare(m_corpus.at(0).text, m_corpus.at(1).text);
    const QList<Claim> &shown = window->claims()->claims();
    ASSERT_EQ(shown.size(), expected.claims.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        EXPECT_EQ(shown.at(i).explanation, expected.claims.at(i).explanation);
        EXPECT_EQ(shown.at(i).status, expected.claims.at(i).status);
    }
    auto *view = window->findChild<QTableView *>(u"claimView"_s);
    ASSERT_TRUE(view);
    EXPECT_EQ(view->model()->rowCount(), expected.claims.size());
    // The panes carry the claims' highlights.
    EXPECT_FALSE(window->leftPane()->textView()->extraSelections().isEmpty());
    EXPECT_FALSE(window->rightPane()->textView()->extraSelections().isEmpty());
}

TEST_F(MainWindowTest, f8_goesToTheConflictFirstAndRevealsBothSpans)
{
    MainWindow window {ImportFormats()};
    window.setArticles(
        {makeDocument(u"A"_s, u"The agency said Russia ranks 35th out of 83 countries in the index this year.\nOnly A mentions 42 villages.\n"_s),
            makeDocument(u"B"_s, u"The agency said Russia ranks 31st out of 83 countries in the index this year.\n"_s)});
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(waitForComparison(window));

    QTest::keyClick(&window, Qt::Key_F8);
    auto *view = window.findChild<QTableView *>(u"claimView"_s);
    ASSERT_TRUE(view->currentIndex().isValid());
    const Claim &first = window.claims()->claim(view->currentIndex().data(ClaimIndexRole).toInt());
    EXPECT_EQ(first.status, ClaimStatus::Conflict);
    EXPECT_EQ(window.leftPane()->textView()->textCursor().selectedText(), u"35th out of 83"_s);
    EXPECT_EQ(window.rightPane()->textView()->textCursor().selectedText(), u"31st out of 83"_s);

    QTest::keyClick(&window, Qt::Key_F8);
    const Claim &second = window.claims()->claim(view->currentIndex().data(ClaimIndexRole).toInt());
    EXPECT_NE(second.status, ClaimStatus::Conflict);
    EXPECT_NE(second.status, ClaimStatus::Agree);

    QTest::keyClick(&window, Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(window.claims()->claim(view->currentIndex().data(ClaimIndexRole).toInt()).status, ClaimStatus::Conflict);
}

TEST_F(MainWindowTest, selectingAClaimRow_selectsTheSpanInBothPanes)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    auto *view = window->findChild<QTableView *>(u"claimView"_s);
    int rankRow = -1;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, ClaimTableModel::TextAColumn).data().toString() == u"31st out of 83"_s)
            rankRow = row;
    }
    ASSERT_GE(rankRow, 0);
    view->setCurrentIndex(view->model()->index(rankRow, 0));
    EXPECT_EQ(window->leftPane()->textView()->textCursor().selectedText(), u"31st out of 83"_s);
    EXPECT_EQ(window->rightPane()->textView()->textCursor().selectedText(), u"31st out of 83"_s);
}

namespace
{

void drop(MainWindow &window, QWidget *onto, const QMimeData &data)
{
    const QPoint at = onto->mapTo(&window, onto->rect().center());
    // As a drag does: enter first, which the window must accept, then drop.
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    ASSERT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
}

void dropFiles(MainWindow &window, QWidget *onto, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    data.setUrls(urls);
    QSignalSpy opened(&window, &MainWindow::filesOpened);
    drop(window, onto, data);
    // The files are read on a worker thread; the window shows them when they are in.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !opened.isEmpty();
        },
        60'000));
}

} // namespace

TEST_F(MainWindowTest, droppingAFileOnAPane_importsItThere)
{
    const auto window = openWindow();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"dropped.md"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: Dropped article\n---\nRussia ranks 31st out of 83 countries.\n");
    }
    dropFiles(*window, window->rightPane()->textView(), {path});
    ASSERT_EQ(window->articles()->rowCount(), 5);
    EXPECT_EQ(window->rightPane()->document().metadata.title, u"Dropped article"_s);
    EXPECT_EQ(shownText(window->rightPane()), u"Russia ranks 31st out of 83 countries.\n"_s);
    EXPECT_EQ(window->leftPane()->currentRow(), 0);
    EXPECT_FALSE(window->messageBar()->isVisible());
}

TEST_F(MainWindowTest, aDroppedSavedPage_showsItsArticle_withAuthorOutletAndDateInTheHeader)
{
    const auto window = openWindow();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.html"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray story;
        for (int i = 1; i <= 5; ++i)
            story += "<p>Paragraph " + QByteArray::number(i)
                + ": rescuers, working through the night with cranes and their bare hands, searched the rubble of the mosque, the school and "
                  "the market of the village.</p>";
        file.write(R"(<html><head><title>Quake kills 24 in Aceh | Daily Coast</title>
<meta property="og:site_name" content="Daily Coast"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2013-07-03T06:22:00Z"></head>
<body><div class="top"><a href="/">Home</a> <a href="/world">World</a></div>
<div class="box"><h3>Most read</h3><div class="box-item"><p>Markets close higher on hopes of a deal</p></div></div>
<div class="story">)"
            + story + "</div></body></html>");
    }
    dropFiles(*window, window->rightPane()->textView(), {path});
    const QString header = window->rightPane()->findChild<QLabel *>(u"articleMetadata"_s)->text();
    EXPECT_TRUE(header.contains(u"Jane Doe"_s)) << qPrintable(header);
    EXPECT_TRUE(header.contains(u"Daily Coast"_s)) << qPrintable(header);
    EXPECT_TRUE(header.contains(QLocale().toString(QDate(2013, 7, 3), QLocale::LongFormat))) << qPrintable(header);
    EXPECT_EQ(window->rightPane()->document().metadata.title, u"Quake kills 24 in Aceh"_s);
    // The page is kept whole; its menu and teasers are hidden, as a reader view hides them.
    EXPECT_TRUE(shownText(window->rightPane()).contains(u"Markets close"_s));
    const QString shown = visibleText(window->rightPane());
    EXPECT_TRUE(shown.startsWith(u"Paragraph 1:"_s)) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(u"Most read"_s)) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(u"Markets close"_s)) << qPrintable(shown);
    EXPECT_FALSE(window->messageBar()->isVisible()) << qPrintable(window->messageBar()->text());
    ASSERT_TRUE(waitForComparison(*window));
    for (const Claim &claim : window->comparison()->claims) {
        if (claim.b) {
            EXPECT_FALSE(window->rightPane()->document().furniture.constFirst().contains(claim.b->range)) << "no claim from page furniture";
        }
    }

    // View > Show Page Furniture (Ctrl+Alt+F) shows it, dimmed, and is remembered.
    window->rightPane()->textView()->setFocus();
    QTest::keyClick(window->rightPane()->textView(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
    const QString withFurniture = visibleText(window->rightPane());
    EXPECT_TRUE(withFurniture.contains(u"Most read"_s)) << qPrintable(withFurniture);
    EXPECT_TRUE(withFurniture.contains(u"Markets close"_s)) << qPrintable(withFurniture);
    EXPECT_TRUE(Settings().view().showPageFurniture);
    const qsizetype teaser = shownText(window->rightPane()).indexOf(u"Markets close"_s);
    const QList<QTextEdit::ExtraSelection> marks = window->rightPane()->textView()->extraSelections();
    EXPECT_TRUE(std::any_of(marks.cbegin(), marks.cend(), [&](const QTextEdit::ExtraSelection &mark) {
        return mark.cursor.selectionStart() <= teaser && teaser < mark.cursor.selectionEnd() && mark.format.hasProperty(QTextFormat::ForegroundBrush);
    })) << "furniture shows dimmed";
    {
        const auto reopened = openWindow();
        EXPECT_TRUE(reopened->findChild<QAction *>(u"showPageFurnitureAction"_s)->isChecked());
    }
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window->rightPane()->textView(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_FALSE(visibleText(window->rightPane()).contains(u"Most read"_s));
    EXPECT_FALSE(Settings().view().showPageFurniture);

    // A home page of headlines opens, with a word that it is no article.
    const QString home = dir.filePath(u"home.html"_s);
    {
        QFile file(home);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray links = "<html><body><ul>";
        for (int i = 1; i <= 30; ++i)
            links += "<li><a href=\"/" + QByteArray::number(i) + "\">Headline number " + QByteArray::number(i) + " of the day</a></li>";
        file.write(links + "</ul></body></html>");
    }
    dropFiles(*window, window->leftPane()->textView(), {home});
    EXPECT_TRUE(window->messageBar()->isVisible());
    EXPECT_TRUE(window->messageBar()->text().contains(u"home.html looks like a page of links or headlines, not an article"_s))
        << qPrintable(window->messageBar()->text());
}

TEST_F(MainWindowTest, draggingALibraryRowOntoAPane_showsThatArticleThere)
{
    const auto window = openWindow();
    auto *library = window->findChild<QTreeView *>(u"libraryView"_s);
    ASSERT_TRUE(library->model()->flags(library->model()->index(3, 0)) & Qt::ItemIsDragEnabled);
    // The library view hands the drag its model's data, as a real drag does.
    const std::unique_ptr<QMimeData> data(library->model()->mimeData({library->model()->index(3, 0)}));
    ASSERT_TRUE(data);
    drop(*window, window->rightPane()->textView(), *data);
    EXPECT_EQ(window->rightPane()->currentRow(), 3);
    EXPECT_EQ(window->leftPane()->currentRow(), 0);
    EXPECT_EQ(shownText(window->rightPane()), m_corpus.at(3).text);
}

TEST_F(MainWindowTest, aSlowFile_isReadWhileTheWindowStaysLive_withProgressAndCancel)
{
    const auto window = openWindow();
    QTemporaryDir dir;
    // A named pipe is a file that is read only as fast as the test writes it: a slow disk,
    // a network share or a page of fifty megabytes.
    const QString slow = dir.filePath(u"slow.md"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(slow).constData(), 0600), 0);
    const QString later = dir.filePath(u"later.md"_s);
    {
        QFile file(later);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: Later article\n---\nRussia ranks 31st out of 83 countries.\n");
    }
    const auto release = [&slow] {
        QFile writer(slow);
        ASSERT_TRUE(writer.open(QIODevice::WriteOnly));
        writer.write("---\ntitle: Slow article\n---\nA slow article.\n");
    };

    // While the file is read, the window handles events and offers a way out.
    QSignalSpy opened(window.get(), &MainWindow::filesOpened);
    window->openFiles({slow, later});
    EXPECT_TRUE(window->isOpeningFiles());
    QProgressDialog *progress = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        progress = window->findChild<QProgressDialog *>();
        return progress && progress->isVisible();
    }));
    EXPECT_EQ(progress->labelText(), u"Reading slow.md…"_s);
    EXPECT_EQ(progress->maximum(), 2);
    auto *cancel = progress->findChild<QPushButton *>();
    ASSERT_TRUE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_FALSE(window->isOpeningFiles());
    EXPECT_EQ(window->statusBar()->currentMessage(), u"Opening cancelled"_s);

    // The cancelled file, once read, is dropped, and the one after it was never opened.
    release();
    ASSERT_TRUE(openAndWait(*window, {later}, window->rightPane()));
    EXPECT_EQ(window->articles()->rowCount(), 5);
    EXPECT_EQ(window->rightPane()->document().metadata.title, u"Later article"_s);
    EXPECT_EQ(window->leftPane()->currentRow(), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return !window->findChild<QProgressDialog *>();
    }));

    // Read to the end, a slow file opens as any other.
    opened.clear();
    window->openFiles({slow}, window->leftPane());
    release();
    ASSERT_TRUE(opened.wait(60'000));
    EXPECT_EQ(window->leftPane()->document().metadata.title, u"Slow article"_s);
    EXPECT_EQ(window->articles()->rowCount(), 6);

    // Escape on the progress cancels as its button does.
    const QString slower = dir.filePath(u"slower.md"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(slower).constData(), 0600), 0);
    opened.clear();
    window->openFiles({slower}, window->rightPane());
    ASSERT_TRUE(QTest::qWaitFor([&] {
        progress = window->findChild<QProgressDialog *>();
        return progress && progress->isVisible();
    }));
    QTest::keyClick(progress, Qt::Key_Escape);
    EXPECT_EQ(opened.count(), 1);
    EXPECT_FALSE(window->isOpeningFiles());
    {
        QFile writer(slower); // lets the reading thread go
        ASSERT_TRUE(writer.open(QIODevice::WriteOnly));
        writer.write("---\ntitle: Slower article\n---\nNever shown.\n");
    }
    QTest::qWait(200);
    EXPECT_EQ(window->articles()->rowCount(), 6);
}

TEST_F(MainWindowTest, droppingABadFile_showsTheErrorAndKeepsEverything)
{
    const auto window = openWindow();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"photo.txt"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
    }
    dropFiles(*window, window->leftPane()->textView(), {path});
    EXPECT_EQ(window->articles()->rowCount(), 4);
    EXPECT_TRUE(window->messageBar()->isVisible());
    EXPECT_TRUE(window->messageBar()->text().contains(u"photo.txt is a binary file, not text"_s)) << qPrintable(window->messageBar()->text());
    EXPECT_EQ(shownText(window->leftPane()), m_corpus.at(0).text);
}

TEST_F(MainWindowTest, corpusProblems_stayInTheMessageBarAfterTheComparison)
{
    const auto window = openWindow();
    window->showProblems({u"broken.md is empty"_s});
    ASSERT_TRUE(waitForComparison(*window));
    EXPECT_TRUE(window->messageBar()->isVisible());
    EXPECT_TRUE(window->messageBar()->text().contains(u"broken.md is empty"_s));
}

TEST_F(MainWindowTest, everyShortcut_belongsToOneAction)
{
    // Qt does nothing on a key that two window-wide shortcuts claim, or one claims twice,
    // and says so only on the console ("Ambiguous shortcut overload").
    Store store;
    ASSERT_TRUE(store.open(m_settingsDir.filePath(u"library.sqlite"_s)));
    const auto window = openWindow();
    window->setStore(&store);
    QHash<QKeySequence, QStringList> claimants;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts())
            claimants[key].append(action->text());
    }
    EXPECT_GT(claimants.size(), 30);
    for (auto it = claimants.cbegin(); it != claimants.cend(); ++it)
        EXPECT_EQ(it->size(), 1) << qPrintable(it.key().toString()) << " is claimed by " << qPrintable(it->join(u", "_s));
}

TEST_F(MainWindowTest, swapAndZoomShortcuts_actOnBothPanes)
{
    const auto window = openWindow();
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window->leftPane()->currentRow(), 1);
    EXPECT_EQ(window->rightPane()->currentRow(), 0);
    const qreal before = window->leftPane()->textView()->font().pointSizeF();
    QTest::keyClick(window.get(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(window->leftPane()->textView()->font().pointSizeF(), before);
    EXPECT_GT(window->rightPane()->textView()->font().pointSizeF(), before);
}

TEST(ClaimColors, theWindowShowsTheColoursOfTheReports)
{
    // One table of colours: a conflict is as red in the window as in the HTML report.
    QPalette lightPalette;
    lightPalette.setColor(QPalette::Base, Qt::white);
    for (const ClaimStatus status : {ClaimStatus::Agree, ClaimStatus::Compatible, ClaimStatus::Conflict, ClaimStatus::OnlyA, ClaimStatus::OnlyB}) {
        const QString light = ClaimColors::forStatus(status, lightPalette).name();
        const QString dark = ClaimColors::forStatus(status, Theme::darkPalette()).name();
        EXPECT_TRUE(ClaimPalette::cssRules(false).contains(light)) << qPrintable(claimStatusName(status)) << ' ' << qPrintable(light);
        EXPECT_TRUE(ClaimPalette::cssRules(true).contains(dark)) << qPrintable(claimStatusName(status)) << ' ' << qPrintable(dark);
        EXPECT_NE(light, dark);
    }
    EXPECT_NE(ClaimColors::forStatus(ClaimStatus::Conflict, lightPalette), ClaimColors::forStatus(ClaimStatus::Agree, lightPalette));
}
