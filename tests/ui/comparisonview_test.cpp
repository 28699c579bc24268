// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// The comparison view beyond the basics: link map, overview strips, claim filter, find
// bar, synchronized scrolling, pins, view settings and recent files, as a user meets them.
#include <core/compare/comparison.h>
#include <core/library/store.h>
#include <ui/annotationworkspace.h>
#include <ui/claimtablemodel.h>
#include <ui/factstyler.h>
#include <ui/findbar.h>
#include <ui/linkmap.h>
#include <ui/messagebar.h>
#include <ui/overviewstrip.h>
#include <ui/passagepinner.h>
#include <ui/recentfiles.h>
#include <ui/scrollsync.h>
#include <ui/settingsdialog.h>
#include <ui/textgeometry.h>
#include <ui/theme.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/ui/mainwindowfixture.h>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

namespace
{

qsizetype countClaims(const ComparisonResult &result, const std::function<bool(const Claim &)> &predicate)
{
    return std::count_if(result.claims.cbegin(), result.claims.cend(), predicate);
}

// Selects RANGE of the pane's text, as a user dragging the mouse over it does.
void selectRange(ArticlePane *pane, const TextRange &range)
{
    QTextCursor cursor(pane->textView()->document());
    cursor.setPosition(range.start);
    cursor.setPosition(range.end, QTextCursor::KeepAnchor);
    pane->textView()->setTextCursor(cursor);
}

TextRange rangeOf(const QString &text, const QString &passage)
{
    const qsizetype start = text.indexOf(passage);
    EXPECT_GE(start, 0) << qPrintable(passage);
    return {int(start), int(start + passage.size())};
}

} // namespace

TEST_F(MainWindowTest, linkMap_joinsEveryAlignedPassage_andDrawsTheOnesInView)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    LinkMap *map = window->linkMap();
    ASSERT_TRUE(map);
    ASSERT_TRUE(window->comparison());
    const QList<Alignment> &alignments = window->comparison()->alignments;
    ASSERT_FALSE(alignments.isEmpty());
    ASSERT_EQ(map->bands().size(), alignments.size());
    for (qsizetype i = 0; i < alignments.size(); ++i) {
        EXPECT_EQ(map->bands().at(i).left, alignments.at(i).a);
        EXPECT_EQ(map->bands().at(i).right, alignments.at(i).b);
    }

    // Painted: some bands have an end in view, and the handle is no longer plain.
    const QImage image = map->grab().toImage();
    EXPECT_GT(map->visibleBandCount(), 0);
    EXPECT_LT(map->visibleBandCount(), alignments.size()) << "bands wholly out of view are drawn";
    QSet<QRgb> colors;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); ++x)
            colors.insert(image.pixel(x, y));
    EXPECT_GT(colors.size(), 10);
}

TEST_F(MainWindowTest, linkMap_bandTakesTheColorOfTheWorstClaimInside)
{
    const auto window = openWindow({makeDocument(u"A"_s, u"The agency said Russia ranks 35th out of 83 countries in the index this year.\n"_s),
        makeDocument(u"B"_s, u"The agency said Russia ranks 31st out of 83 countries in the index this year.\n"_s)});
    ASSERT_TRUE(waitForComparison(*window));
    ASSERT_EQ(window->linkMap()->bands().size(), 1);
    const auto it = std::find_if(window->leftPane()->highlights().cbegin(), window->leftPane()->highlights().cend(), [](const TextHighlight &h) {
        return h.toolTip.contains(u"35th"_s);
    });
    ASSERT_NE(it, window->leftPane()->highlights().cend());
    EXPECT_TRUE(it->toolTip.contains(u"31st"_s)) << "not the conflict's highlight: " << qPrintable(it->toolTip);
    EXPECT_EQ(window->linkMap()->bands().first().color, it->background) << "the band is not in the conflict's color";
}

TEST_F(MainWindowTest, overviewStrips_markEveryClaimOfTheirSide)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    const ComparisonResult &result = *window->comparison();
    EXPECT_EQ(window->leftPane()->overview()->marks().size(), countClaims(result, [](const Claim &c) {
        return c.a.has_value();
    }));
    EXPECT_EQ(window->rightPane()->overview()->marks().size(), countClaims(result, [](const Claim &c) {
        return c.b.has_value();
    }));

    // Clicking low on the strip scrolls the text down there.
    OverviewStrip *strip = window->rightPane()->overview();
    QScrollBar *bar = window->rightPane()->textView()->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    ASSERT_EQ(bar->value(), 0);
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, strip->height() - 5));
    EXPECT_GT(bar->value(), bar->maximum() / 2);
}

TEST_F(MainWindowTest, claimFilter_narrowsTheTableToOneStatus)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    const ComparisonResult &result = *window->comparison();
    const qsizetype agreements = countClaims(result, [](const Claim &c) {
        return c.status == ClaimStatus::Agree;
    });
    const qsizetype oneSided = countClaims(result, [](const Claim &c) {
        return c.status == ClaimStatus::OnlyA || c.status == ClaimStatus::OnlyB;
    });
    ASSERT_GT(agreements, 0);
    ASSERT_GT(oneSided, 0);

    auto *combo = window->findChild<QComboBox *>(u"claimFilter"_s);
    ASSERT_TRUE(combo);
    EXPECT_EQ(window->discrepancies()->visibleClaimCount(), result.claims.size());
    combo->setCurrentIndex(combo->findText(u"Agreements"_s));
    EXPECT_EQ(window->discrepancies()->visibleClaimCount(), agreements);
    combo->setCurrentIndex(combo->findText(u"Only one side"_s));
    EXPECT_EQ(window->discrepancies()->visibleClaimCount(), oneSided);
    window->discrepancies()->setClaimFilter(DiscrepancyDock::ClaimFilter::Conflicts);
    EXPECT_EQ(combo->currentText(), u"Conflicts"_s);
    EXPECT_EQ(window->discrepancies()->visibleClaimCount(), countClaims(result, [](const Claim &c) {
        return c.status == ClaimStatus::Conflict;
    }));
    window->discrepancies()->setClaimFilter(DiscrepancyDock::ClaimFilter::All);
    EXPECT_EQ(window->discrepancies()->visibleClaimCount(), result.claims.size());
}

TEST_F(MainWindowTest, claimTable_sortsByAnyColumn)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    auto *view = window->findChild<QTableView *>(u"claimView"_s);
    view->sortByColumn(ClaimTableModel::KindColumn, Qt::AscendingOrder);
    QStringList kinds;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        kinds << view->model()->index(row, ClaimTableModel::KindColumn).data().toString();
    EXPECT_TRUE(std::is_sorted(kinds.cbegin(), kinds.cend()));
    EXPECT_NE(kinds.first(), kinds.last());
}

TEST_F(MainWindowTest, models_passTheItemModelTesterThroughAComparison)
{
    const auto window = openWindow();
    QAbstractItemModelTester claims(window->claims(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester table(window->findChild<QTableView *>(u"claimView"_s)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester articles(window->articles(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(waitForComparison(*window));
    // Changing the pair empties and refills the claims; dropping a file adds an article.
    window->swapSides();
    ASSERT_TRUE(waitForComparison(*window));
    window->discrepancies()->setClaimFilter(DiscrepancyDock::ClaimFilter::OneSided);
    window->articles()->addDocument(makeDocument(u"Extra"_s, u"One more article.\n"_s));
    EXPECT_EQ(window->articles()->rowCount(), 5);
}

TEST_F(MainWindowTest, findBar_findsWrapsAndSaysWhenNothingMatches)
{
    const auto window = openWindow();
    QPlainTextEdit *text = window->rightPane()->textView();
    text->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = window->findBar();
    ASSERT_TRUE(bar->isVisible());
    QLineEdit *field = bar->searchField();
    EXPECT_TRUE(field->hasFocus());

    const QString document = shownText(window->rightPane());
    const qsizetype first = document.indexOf(u"Sberbank"_s);
    const qsizetype second = document.indexOf(u"Sberbank"_s, first + 1);
    ASSERT_GE(second, 0);
    // Typing finds as it goes.
    QTest::keyClicks(field, u"Sberbank"_s);
    EXPECT_EQ(text->textCursor().selectionStart(), first);
    EXPECT_EQ(text->textCursor().selectedText(), u"Sberbank"_s);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(text->textCursor().selectionStart(), second);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(text->textCursor().selectionStart(), first);
    // Backwards from the first match wraps around to the last one.
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(text->textCursor().selectionStart(), document.lastIndexOf(u"Sberbank"_s));

    field->setText(u"no such words anywhere"_s);
    EXPECT_FALSE(bar->find(true));
    EXPECT_NE(field->palette().color(QPalette::Base), window->palette().color(QPalette::Base));
    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(text->hasFocus());
}

TEST_F(MainWindowTest, findBar_passesOverHiddenPageFurniture_andFindsItWhenShown)
{
    Document page = makeDocument(u"Saved page"_s, u"Storm warning: most read\n\nThe storm warning was lifted on Tuesday.\n\nMore: storm warning\n"_s);
    page.furniture = {{0, 26}, {68, 88}};
    const auto window = openWindow({m_corpus.at(0), page});
    QPlainTextEdit *text = window->rightPane()->textView();
    text->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = window->findBar()->searchField();
    QTest::keyClicks(field, u"storm warning"_s);
    EXPECT_EQ(text->textCursor().selectionStart(), 30) << "the article's, not the hidden teaser's";
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(text->textCursor().selectionStart(), 30) << "wraps around past the hidden lines";

    text->setFocus();
    QTest::keyClick(text, Qt::Key_F, Qt::ControlModifier | Qt::AltModifier); // View > Show Page Furniture
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(text->textCursor().selectionStart(), 74) << "shown furniture is found like the rest";
}

TEST_F(MainWindowTest, revealingAPassageInHiddenFurniture_showsThatFurnitureOnly_untilAnotherArticle)
{
    Document page = makeDocument(u"Saved page"_s, u"Storm warning: most read\n\nThe storm warning was lifted on Tuesday.\n\nMore: storm warning\n"_s);
    page.furniture = {{0, 26}, {68, 88}};
    const auto window = openWindow({m_corpus.at(0), page});
    ArticlePane *pane = window->rightPane();
    ASSERT_FALSE(visibleText(pane).contains(u"More: storm warning"_s));
    // As a search hit or an annotation is revealed.
    pane->reveal({74, 87});
    EXPECT_TRUE(visibleText(pane).contains(u"More: storm warning"_s));
    EXPECT_FALSE(visibleText(pane).contains(u"most read"_s)) << "only the furniture that holds the passage";
    EXPECT_EQ(pane->textView()->textCursor().selectedText(), u"storm warning"_s);
    pane->setCurrentRow(0);
    pane->setCurrentRow(1);
    EXPECT_FALSE(visibleText(pane).contains(u"More: storm warning"_s));
}

TEST_F(MainWindowTest, synchronizedScrolling_followsTheAlignment_andCanBeSwitchedOff)
{
    // B is A after thirty paragraphs of its own: the matching passages stand lower in B.
    QString lead;
    for (int i = 1; i <= 30; ++i)
        lead += u"Paragraph %1 of the preamble that only the second report carries.\n\n"_s.arg(i);
    const QString text = m_corpus.at(1).text;
    const auto window = openWindow({makeDocument(u"A"_s, text), makeDocument(u"B"_s, lead + text)});
    ASSERT_TRUE(waitForComparison(*window));
    window->resize(900, 500);
    QScrollBar *left = window->leftPane()->textView()->verticalScrollBar();
    QScrollBar *right = window->rightPane()->textView()->verticalScrollBar();
    ASSERT_GT(left->maximum(), 10);

    QPlainTextEdit *leftView = window->leftPane()->textView();
    QPlainTextEdit *rightView = window->rightPane()->textView();
    left->setValue(left->maximum() / 2);
    EXPECT_GT(right->value(), left->value() + 20) << "B did not move past its preamble";
    // The paragraph a third down A stands at the same height in B, where it begins later.
    const int paragraph = leftView->cursorForPosition(QPoint(10, leftView->viewport()->height() / 3)).block().position();
    const int heightInA = TextGeometry::lineOf(leftView, paragraph) - left->value();
    const int heightInB = TextGeometry::lineOf(rightView, paragraph + int(lead.size())) - right->value();
    EXPECT_LE(std::abs(heightInA - heightInB), 1) << heightInA << " lines down in A, " << heightInB << " in B";

    QAction *toggle = window->findChild<QAction *>(u"synchronizedScrollingAction"_s);
    ASSERT_TRUE(toggle && toggle->isChecked());
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(toggle->isChecked());
    EXPECT_FALSE(window->scrollSynchronizer()->isEnabled());
    const int rightBefore = right->value();
    left->setValue(0);
    EXPECT_EQ(right->value(), rightBefore);
    // The choice is remembered.
    EXPECT_FALSE(Settings().view().synchronizedScrolling);
}

namespace
{

// A pair of short articles where the aligner leaves a paraphrase unmatched.
struct ParaphrasePair {
    QString a = u"Officials said the storm destroyed many homes along the coast.\n\nThe weather was calm in Lisbon.\n"_s;
    QString b = u"Dozens of houses near the shore were flattened, according to the authorities.\n\nThe weather was calm in Lisbon.\n"_s;
    QList<Document> documents {makeDocument(u"A"_s, a), makeDocument(u"B"_s, b)};
    TextRange left = rangeOf(a, u"Officials said the storm destroyed many homes along the coast."_s);
    TextRange right = rangeOf(b, u"Dozens of houses near the shore were flattened, according to the authorities."_s);

    // Whether the window shows a pinned band from ON_LEFT to ON_RIGHT.
    static bool joins(const MainWindow &window, const TextRange &onLeft, const TextRange &onRight)
    {
        const QList<LinkBand> &bands = window.linkMap()->bands();
        return std::any_of(bands.cbegin(), bands.cend(), [&](const LinkBand &band) {
            return band.pinned && band.left.contains(onLeft) && band.right.contains(onRight);
        });
    }
    bool joins(const MainWindow &window) const { return joins(window, left, right); }
};

} // namespace

TEST_F(MainWindowTest, pin_alignsTheChosenPassages_isUndoable_andIsKeptInTheLibraryForThePair)
{
    const ParaphrasePair pair;
    Store store;
    ASSERT_TRUE(store.open(m_settingsDir.filePath(u"library.sqlite"_s)));
    {
        const auto window = openWindow(pair.documents);
        window->setStore(&store);
        ASSERT_TRUE(waitForComparison(*window));
        ASSERT_FALSE(pair.joins(*window)) << "the paraphrase is aligned without a pin; the test proves nothing";
        selectRange(window->leftPane(), pair.left);
        selectRange(window->rightPane(), pair.right);
        QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        ASSERT_TRUE(waitForComparison(*window));
        EXPECT_TRUE(pair.joins(*window));
        EXPECT_EQ(window->pins().size(), 1);
        EXPECT_TRUE(window->statusBar()->currentMessage().contains(u"1 pinned"_s)) << qPrintable(window->statusBar()->currentMessage());

        // Undo takes the pin back, from the library too; redo makes it again.
        QUndoStack *history = window->workspace()->undoStack();
        EXPECT_EQ(history->undoText(), u"Pin Passages as Matching"_s);
        history->undo();
        ASSERT_TRUE(waitForComparison(*window));
        EXPECT_FALSE(pair.joins(*window));
        EXPECT_TRUE(window->pins().isEmpty());
        const auto a = store.articleIdForPath(pair.documents.at(0).path);
        const auto b = store.articleIdForPath(pair.documents.at(1).path);
        ASSERT_TRUE(a && b);
        EXPECT_TRUE(store.pins(*a, *b)->isEmpty());
        history->redo();
        ASSERT_TRUE(waitForComparison(*window));
        EXPECT_TRUE(pair.joins(*window));
        window->close();
    }
    {
        // A new window on the same library, with the pair swapped, still honours the pin.
        const auto window = openWindow(pair.documents);
        window->setStore(&store);
        window->leftPane()->setCurrentRow(1);
        window->rightPane()->setCurrentRow(0);
        ASSERT_TRUE(waitForComparison(*window));
        EXPECT_TRUE(ParaphrasePair::joins(*window, pair.right, pair.left));
        window->swapSides();
        ASSERT_TRUE(waitForComparison(*window));
        EXPECT_TRUE(pair.joins(*window));
        EXPECT_TRUE(window->pinner()->clearPins());
        ASSERT_TRUE(waitForComparison(*window));
        EXPECT_FALSE(pair.joins(*window));
        EXPECT_TRUE(window->pins().isEmpty());
        window->workspace()->undoStack()->undo();
        ASSERT_TRUE(waitForComparison(*window));
        EXPECT_TRUE(pair.joins(*window)) << "undoing Clear Pins puts them back";
    }
}

TEST_F(MainWindowTest, pinWithoutSelections_saysWhatToDo_andWithoutALibraryPinsForTheSession)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    EXPECT_FALSE(window->pinner()->pinSelectedPassages());
    EXPECT_TRUE(window->messageBar()->isVisible());
    EXPECT_TRUE(window->messageBar()->text().contains(u"select a passage in each pane"_s)) << qPrintable(window->messageBar()->text());
    EXPECT_TRUE(window->pins().isEmpty());

    // No library was opened: the window says that work is kept until it closes, and
    // pins, like tags and notes, go on in a scratch library.
    window->setStore(nullptr);
    EXPECT_TRUE(window->messageBar()->text().contains(u"No library is open"_s)) << qPrintable(window->messageBar()->text());
    selectRange(window->leftPane(), {0, 10});
    selectRange(window->rightPane(), {0, 10});
    ASSERT_TRUE(window->pinner()->pinSelectedPassages());
    ASSERT_TRUE(waitForComparison(*window));
    EXPECT_EQ(window->pins().size(), 1);
    window->workspace()->undoStack()->undo();
    ASSERT_TRUE(waitForComparison(*window));
    EXPECT_TRUE(window->pins().isEmpty());
}

TEST_F(MainWindowTest, viewSettings_applyAndPersistFromOneWindowToTheNext)
{
    ViewSettings chosen;
    chosen.articleFont = QFont(u"DejaVu Serif"_s, 15);
    chosen.theme = Theme::Scheme::Dark;
    chosen.synchronizedScrolling = false;
    {
        const auto window = openWindow();
        window->applyViewSettings(chosen);
        EXPECT_EQ(window->leftPane()->textView()->font().pointSize(), 15);
        EXPECT_FALSE(window->scrollSynchronizer()->isEnabled());
        window->close();
    }
    const ViewSettings loaded = Settings().view();
    EXPECT_EQ(loaded.articleFont.family(), chosen.articleFont.family());
    EXPECT_EQ(loaded.articleFont.pointSize(), 15);
    EXPECT_EQ(loaded.theme, Theme::Scheme::Dark);
    EXPECT_FALSE(loaded.synchronizedScrolling);
    const auto window = openWindow();
    EXPECT_EQ(window->rightPane()->textView()->font().pointSize(), 15);
    EXPECT_FALSE(window->findChild<QAction *>(u"synchronizedScrollingAction"_s)->isChecked());

    // The dialog starts from the settings and gives back what the user picked.
    SettingsDialog dialog(loaded);
    EXPECT_EQ(dialog.settings().theme, Theme::Scheme::Dark);
    EXPECT_EQ(dialog.settings().articleFont.pointSize(), 15);
    EXPECT_FALSE(dialog.settings().synchronizedScrolling);
}

TEST_F(MainWindowTest, recentFiles_listOpenedFilesNewestFirst_andReopenThem)
{
    QTemporaryDir dir;
    QStringList paths;
    for (const QString &name : {u"first.md"_s, u"second.md"_s}) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: " + name.toUtf8() + "\n---\nRussia ranks 31st out of 83 countries.\n");
        paths << file.fileName();
    }
    {
        const auto window = openWindow();
        ASSERT_TRUE(openAndWait(*window, paths));
        EXPECT_EQ(window->recentFiles()->paths(), (QStringList {paths.at(1), paths.at(0)}));
        ASSERT_TRUE(openAndWait(*window, {paths.at(0)}));
        EXPECT_EQ(window->recentFiles()->paths(), (QStringList {paths.at(0), paths.at(1)}));
        window->close();
    }
    const auto window = openWindow();
    ASSERT_EQ(window->recentFiles()->paths().size(), 2);
    // The menu offers them; choosing one opens it.
    auto *menu = window->findChild<QMenu *>(u"recentFilesMenu"_s);
    ASSERT_TRUE(menu);
    QAction *second = nullptr;
    for (QAction *action : menu->actions())
        if (action->data().toString() == paths.at(1))
            second = action;
    ASSERT_TRUE(second);
    QSignalSpy opened(window.get(), &MainWindow::filesOpened);
    second->trigger();
    ASSERT_TRUE(opened.wait(60'000));
    EXPECT_EQ(window->leftPane()->document().metadata.title, u"second.md"_s);
    window->recentFiles()->clear();
    EXPECT_TRUE(window->recentFiles()->paths().isEmpty());
}

TEST_F(MainWindowTest, selectingAClaim_flashesBothSpans)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    auto *view = window->findChild<QTableView *>(u"claimView"_s);
    window->discrepancies()->setClaimFilter(DiscrepancyDock::ClaimFilter::Agreements);
    view->setCurrentIndex(view->model()->index(0, 0));
    EXPECT_TRUE(window->leftPane()->isFlashing());
    EXPECT_TRUE(window->rightPane()->isFlashing());
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return !window->leftPane()->isFlashing();
    }));
}

TEST_F(MainWindowTest, factStyling_usesTheShippedDefinition_andAThemeForThePalette)
{
    ASSERT_TRUE(FactStyler::isDefinitionAvailable());
    const auto window = openWindow();
    FactStyler *styler = window->leftPane()->factStyler();
    EXPECT_TRUE(styler->isActive());
    styler->setPalette(Theme::darkPalette());
    const QString dark = styler->themeName();
    styler->setPalette(QApplication::style()->standardPalette());
    const QString light = styler->themeName();
    EXPECT_NE(dark, light);
    EXPECT_TRUE(dark.contains(u"Dark"_s, Qt::CaseInsensitive)) << qPrintable(dark);

    // The styler colors fact tokens: "31st out of 83" gets a format of its own.
    const QString text = shownText(window->leftPane());
    const QTextBlock block = window->leftPane()->textView()->document()->findBlock(int(text.indexOf(u"31st out of 83"_s)));
    const int offset = int(text.indexOf(u"31st out of 83"_s)) - block.position();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    EXPECT_TRUE(std::any_of(formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange &range) {
        return range.start <= offset && offset < range.start + range.length;
    }));
}

TEST_F(MainWindowTest, factStyling_leavesTheDigitsOfAddressesPlain)
{
    ASSERT_TRUE(FactStyler::isDefinitionAvailable());
    const QString text = u"http://www.bbc.co.uk/news/world-asia-23141479 and mail desk2004@example.org\nThe quake killed 24 people in 2013.\n"_s;
    const auto window = openWindow({makeDocument(u"Aceh"_s, text), m_corpus.at(1)});
    QTextDocument *document = window->leftPane()->textView()->document();
    // The format the styler gives the character at POSITION (none: the view's own).
    const auto formatAt = [&](qsizetype position) {
        const QTextBlock block = document->findBlock(int(position));
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        const int offset = int(position - block.position());
        for (const QTextLayout::FormatRange &range : formats) {
            if (range.start <= offset && offset < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    const QTextCharFormat plain = formatAt(text.indexOf(u"quake"_s));
    EXPECT_NE(formatAt(text.indexOf(u"24 people"_s)), plain);
    EXPECT_NE(formatAt(text.indexOf(u"2013"_s)), plain);
    // In an address, digits look like the letters around them.
    EXPECT_EQ(formatAt(text.indexOf(u"23141479"_s)), formatAt(text.indexOf(u"asia"_s)));
    EXPECT_EQ(formatAt(text.indexOf(u"2004@"_s)), formatAt(text.indexOf(u"desk"_s)));
}

TEST_F(MainWindowTest, hugeLine_staysResponsive_withoutStylingOrWordMarks)
{
    // One line of 60,000 words, with a conflict at its end.
    QString a, b;
    for (int i = 0; i < 6'000; ++i) {
        const QString sentence = u"Statement %1 of the agency about the coast and the town. "_s.arg(i);
        a += sentence;
        b += sentence;
    }
    a += u"Russia ranks 35th out of 83 countries."_s;
    b += u"Russia ranks 31st out of 83 countries."_s;
    ASSERT_GT(a.size(), FactStyler::MaximumLineLength);
    const auto window = openWindow({makeDocument(u"A"_s, a), makeDocument(u"B"_s, b)});
    EXPECT_FALSE(window->leftPane()->factStyler()->isActive());
    // 6,000 sentences make 6,000 claims: under AddressSanitizer on a busy machine that
    // takes over a minute (responsiveness is measured in ui_bench, not here).
    ASSERT_TRUE(waitForComparison(*window, 300'000));
    EXPECT_LE(window->leftPane()->textView()->extraSelections().size(), ArticlePane::MaximumHighlights);
    EXPECT_TRUE(std::any_of(window->claims()->claims().cbegin(), window->claims()->claims().cend(), [](const Claim &claim) {
        return claim.status == ClaimStatus::Conflict;
    }));
}

TEST_F(MainWindowTest, everyMenuAction_explainsItselfInATooltip)
{
    const auto window = openWindow();
    QStringList unexplained;
    int checked = 0;
    for (QAction *menuAction : window->menuBar()->actions()) {
        for (QAction *action : menuAction->menu()->actions()) {
            if (action->isSeparator() || action->menu())
                continue;
            ++checked;
            // Qt's fallback tooltip is the menu text without its "&": that explains nothing.
            const QString plainText = QString(action->text()).remove(u'&').remove(u"…"_s);
            if (action->toolTip().remove(u"…"_s) == plainText)
                unexplained << plainText;
        }
    }
    EXPECT_GT(checked, 15);
    EXPECT_TRUE(unexplained.isEmpty()) << qPrintable(unexplained.join(u", "_s));
}

TEST_F(MainWindowTest, hoveringAClaim_showsItsExplanation)
{
    const auto window = openWindow();
    ASSERT_TRUE(waitForComparison(*window));
    const QString text = shownText(window->leftPane());
    const int position = int(text.indexOf(u"31st out of 83"_s)) + 2;
    QPlainTextEdit *view = window->leftPane()->textView();
    window->leftPane()->reveal({position, position});
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    const QPoint at = view->cursorRect(cursor).center();
    QHelpEvent hover(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &hover);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), u"both: 31st of 83"_s);
}
