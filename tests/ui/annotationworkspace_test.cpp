// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Tagging, notes, the tag and annotation docks, search, and undo/redo, driven through
// the window as a user drives them, with the library in a scratch database.
#include <core/document/librarydocument.h>
#include <core/exchange/exporter.h>
#include <core/library/store.h>
#include <ui/annotationlistmodel.h>
#include <ui/annotationmargin.h>
#include <ui/annotationworkspace.h>
#include <ui/exportdialog.h>
#include <ui/itemroles.h>
#include <ui/messagebar.h>
#include <ui/notedialog.h>
#include <ui/settings.h>
#include <ui/tagpicker.h>
#include <ui/tagtreemodel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/slowpdfreader.h>
#include <tests/storeassertions.h>
#include <tests/testfiles.h>
#include <tests/ui/mainwindowfixture.h>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

namespace
{

class AnnotationWorkspaceTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        ASSERT_TRUE(Testing::succeeded(m_store.open(m_settingsDir.filePath(u"library.sqlite"_s))));
        m_window = openWindow();
        m_window->setStore(&m_store);
        m_workspace = m_window->workspace();
    }

    // Selects PASSAGE in the left pane and gives that pane the focus, as a user would.
    void selectInLeftPane(const QString &passage) { ASSERT_TRUE(selectPassage(m_window->leftPane(), passage)) << qPrintable(passage); }

    // Answers the next modal dialog with ANSWER once it is open.
    template<typename Dialog>
    void answerDialog(std::function<void(Dialog *)> answer)
    {
        QTimer::singleShot(0, this->m_window.get(), [answer] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog) << "the dialog did not open";
            answer(dialog);
        });
    }

    qint64 leftArticle() const { return m_workspace->articleIdOf(m_window->leftPane()); }

    Store m_store;
    std::unique_ptr<MainWindow> m_window;
    AnnotationWorkspace *m_workspace = nullptr;
};

} // namespace

TEST_F(AnnotationWorkspaceTest, openedArticles_areStoredInTheLibrary_andTheWindowWorksByTheirIds)
{
    EXPECT_GT(leftArticle(), 0);
    EXPECT_GT(m_workspace->articleIdOf(m_window->rightPane()), 0);
    EXPECT_EQ(m_store.articles()->size(), m_corpus.size()) << "each file is kept as it is opened";
    EXPECT_EQ(m_store.article(leftArticle())->document.text, m_corpus.at(0).text);
    // Picking another article writes nothing; the pair compared is by the panes' ids.
    QSignalSpy written(m_window->findChild<LibraryDocument *>(), &LibraryDocument::articlesChanged);
    m_window->rightPane()->setCurrentRow(3);
    ASSERT_TRUE(waitForComparison(*m_window));
    EXPECT_EQ(written.size(), 0);
    EXPECT_EQ(m_store.article(m_workspace->articleIdOf(m_window->rightPane()))->document.text, m_corpus.at(3).text);
    EXPECT_EQ(m_window->comparison()->b.text, m_corpus.at(3).text);
}

TEST_F(AnnotationWorkspaceTest, theDocks_fitTheirColumns_withoutAHorizontalScrollBar)
{
    selectInLeftPane(u"Vladimir Putin"_s);
    ASSERT_GT(m_workspace->annotateSelection({u"People/Politicians/Heads of state"_s, u"Economy/Rankings"_s},
                  u"Named in both articles; his title differs between them, and one adds the date of the conference"_s),
        0);
    m_window->resize(1280, 800);
    QApplication::processEvents();
    auto *annotations = m_window->findChild<QTableView *>(u"annotationView"_s);
    auto *tags = m_window->findChild<QTreeView *>(u"tagView"_s);
    ASSERT_TRUE(annotations && tags);
    ASSERT_TRUE(annotations->isVisible() && tags->isVisible());
    EXPECT_EQ(annotations->horizontalScrollBar()->maximum(), 0) << "passage, tags and note share the dock's width";
    EXPECT_EQ(tags->horizontalScrollBar()->maximum(), 0);
    // The use counts take the room their digits need; the names take the rest.
    EXPECT_LT(tags->header()->sectionSize(TagTreeModel::CountColumn), tags->header()->sectionSize(TagTreeModel::NameColumn));
}

TEST_F(AnnotationWorkspaceTest, ctrlT_tagsTheSelection_andCtrlZCtrlShiftZ_undoAndRedoIt)
{
    selectInLeftPane(u"31st out of 83"_s);
    answerDialog<TagPicker>([](TagPicker *picker) {
        QTest::keyClicks(picker->field(), u"Economy/Rankings"_s);
        picker->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);

    QList<Annotation> stored = *m_store.annotations(leftArticle());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().anchor.exact, u"31st out of 83"_s);
    EXPECT_EQ(stored.first().tagPaths, QStringList {u"Economy/Rankings"_s});
    // Shown: in the text, in the annotation dock, and counted in the tag dock.
    ASSERT_EQ(m_window->leftPane()->annotationHighlights().size(), 1);
    EXPECT_EQ(m_window->leftPane()->annotationHighlights().first().range, stored.first().anchor.range);
    EXPECT_TRUE(m_window->leftPane()->annotationHighlights().first().toolTip.contains(u"Economy/Rankings"_s));
    EXPECT_EQ(m_workspace->annotationModel()->rowCount(), 1);
    // And marked in the margin, level with the passage, in the tag's color.
    AnnotationMargin *margin = m_window->leftPane()->annotationMargin();
    ASSERT_EQ(margin->marks().size(), 1);
    const QColor tagColor = QColor::fromString(m_store.tag(*m_store.tagIdForPath(u"Economy/Rankings"_s))->color);
    EXPECT_EQ(margin->marks().first().color, tagColor);
    m_window->leftPane()->reveal(stored.first().anchor.range);
    QPlainTextEdit *view = m_window->leftPane()->textView();
    const QImage drawn = margin->grab().toImage();
    const int y = margin->mapFromGlobal(view->viewport()->mapToGlobal(view->cursorRect().center())).y();
    EXPECT_EQ(drawn.pixelColor(1, y).rgb(), tagColor.rgb());
    const QModelIndex rankings = m_workspace->tagModel()->indexOfTag(*m_store.tagIdForPath(u"Economy/Rankings"_s));
    EXPECT_EQ(rankings.siblingAtColumn(TagTreeModel::CountColumn).data().toString(), u"1"_s);
    EXPECT_EQ(rankings.parent().data().toString(), u"Economy"_s);

    const qint64 id = stored.first().id;
    // Shortcuts reach the window once it is active again after the dialog.
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(m_store.annotations(leftArticle())->isEmpty());
    EXPECT_TRUE(m_window->leftPane()->annotationHighlights().isEmpty());
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    stored = *m_store.annotations(leftArticle());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().id, id);
    EXPECT_EQ(m_window->leftPane()->annotationHighlights().size(), 1);
}

namespace
{

// What a model announced: resets, rows inserted and removed, and changed rows.
struct ModelChanges {
    explicit ModelChanges(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    void clear()
    {
        for (QSignalSpy *spy : {&resets, &inserted, &removed, &changed})
            spy->clear();
    }
    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
};

} // namespace

TEST_F(AnnotationWorkspaceTest, editsAndTheirUndo_updateTheDocksRowByRow_neverByAReset)
{
    selectInLeftPane(u"Vladimir Putin"_s);
    ASSERT_GT(m_workspace->annotateSelection({u"People/Putin"_s}, u"first"_s), 0);
    ModelChanges annotations(m_workspace->annotationModel());
    ModelChanges tags(m_workspace->tagModel());
    auto *tagView = m_window->findChild<QTreeView *>(u"tagView"_s);
    ASSERT_TRUE(tagView);
    const qint64 people = *m_store.tagIdForPath(u"People"_s);
    tagView->setCurrentIndex(m_workspace->tagModel()->indexOfTag(people));

    // A second passage: one row more in the annotation dock, two tags more in the tree.
    selectInLeftPane(u"31st out of 83"_s);
    const qint64 id = m_workspace->annotateSelection({u"Economy/Rankings"_s}, {});
    ASSERT_GT(id, 0);
    EXPECT_EQ(annotations.inserted.size(), 1);
    EXPECT_EQ(annotations.removed.size(), 0);
    EXPECT_EQ(tags.inserted.size(), 2);
    EXPECT_EQ(tags.removed.size(), 0);
    // A note, a colour and a name change rows in place.
    annotations.clear();
    tags.clear();
    ASSERT_TRUE(m_workspace->setNote(id, u"From the Global AI Index"_s));
    ASSERT_TRUE(m_workspace->recolorTag(people, u"#336699"_s));
    ASSERT_TRUE(m_workspace->renameTag(*m_store.tagIdForPath(u"People/Putin"_s), u"Vladimir Putin"_s));
    EXPECT_GE(annotations.changed.size(), 1);
    EXPECT_GE(tags.changed.size(), 2);
    EXPECT_EQ(annotations.inserted.size() + annotations.removed.size() + tags.inserted.size() + tags.removed.size(), 0);
    const QList<Annotation> &listed = m_workspace->annotationModel()->annotations();
    const auto putin = std::find_if(listed.cbegin(), listed.cend(), [](const Annotation &annotation) {
        return annotation.note == u"first"_s;
    });
    ASSERT_NE(putin, listed.cend());
    EXPECT_EQ(putin->tagPaths, QStringList {u"People/Vladimir Putin"_s}); // the dock follows the rename
    // Undoing all of it takes rows away one by one; the tag in hand stays selected.
    m_workspace->undoStack()->setIndex(1);
    EXPECT_EQ(annotations.removed.size(), 1);
    EXPECT_EQ(tags.removed.size(), 1); // Economy, with Rankings under it
    EXPECT_EQ(annotations.resets.size() + tags.resets.size(), 0);
    EXPECT_EQ(TagTreeModel::tagId(tagView->currentIndex()), people);
    EXPECT_EQ(m_workspace->tagModel()->indexOfTag(people).data(Qt::DecorationRole).value<QColor>(), QColor::fromString(m_store.tag(people)->color));
    // Focus moving between the panes reloads no tag.
    tags.clear();
    m_window->rightPane()->textView()->setFocus();
    m_window->leftPane()->textView()->setFocus();
    EXPECT_EQ(tags.inserted.size() + tags.removed.size() + tags.changed.size() + tags.resets.size(), 0);
}

TEST_F(AnnotationWorkspaceTest, recolouringATag_repaintsItsPassages_andUndoPaintsThemBack)
{
    selectInLeftPane(u"Vladimir Putin"_s);
    ASSERT_GT(m_workspace->annotateSelection({u"People/Putin"_s}, {}), 0);
    const qint64 putin = *m_store.tagIdForPath(u"People/Putin"_s);
    const auto shownColor = [this] {
        const QList<TextHighlight> highlights = m_window->leftPane()->annotationHighlights();
        return highlights.size() == 1 ? highlights.first().background.rgb() : QColor().rgb();
    };
    const QRgb before = shownColor();
    EXPECT_EQ(before, QColor::fromString(m_store.tag(putin)->color).rgb());
    ASSERT_TRUE(m_workspace->recolorTag(putin, u"#336699"_s));
    EXPECT_EQ(shownColor(), QColor(0x33, 0x66, 0x99).rgb());
    m_workspace->undoStack()->undo();
    EXPECT_EQ(shownColor(), before);
}

TEST_F(AnnotationWorkspaceTest, undoAndRedoKeys_workWhereverTheFocusIs)
{
    // As a person does it: keys go to the focused widget of the active window, first
    // the article pane.
    m_window->show();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    selectInLeftPane(u"31st out of 83"_s);
    answerDialog<TagPicker>([](TagPicker *picker) {
        QTest::keyClicks(picker->field(), u"Economy/Rankings"_s);
        picker->accept();
    });
    QTest::keyClick(m_window->leftPane()->textView(), Qt::Key_T, Qt::ControlModifier);
    ASSERT_EQ(m_store.annotations(leftArticle())->size(), 1);
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));

    auto *annotationView = m_window->findChild<QTableView *>(u"annotationView"_s);
    auto *tagView = m_window->findChild<QTreeView *>(u"tagView"_s);
    ASSERT_TRUE(annotationView && tagView);
    const QList<QWidget *> focusPlaces {m_window->leftPane()->textView(), m_window->rightPane()->textView(), annotationView, tagView};
    for (QWidget *place : focusPlaces) {
        place->setFocus();
        ASSERT_TRUE(QTest::qWaitFor([&] {
            return QApplication::focusWidget() == place;
        })) << qPrintable(place->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        EXPECT_TRUE(m_store.annotations(leftArticle())->isEmpty()) << "Ctrl+Z in " << qPrintable(place->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        EXPECT_EQ(m_store.annotations(leftArticle())->size(), 1) << "Ctrl+Shift+Z in " << qPrintable(place->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        EXPECT_TRUE(m_store.annotations(leftArticle())->isEmpty()) << "Ctrl+Z again in " << qPrintable(place->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
        EXPECT_EQ(m_store.annotations(leftArticle())->size(), 1) << "Ctrl+Y in " << qPrintable(place->objectName());
    }
}

TEST_F(AnnotationWorkspaceTest, ctrlShiftN_addsAMarkdownNote_inAHighlightedEditor)
{
    selectInLeftPane(u"Vladimir Putin"_s);
    QString syntax;
    answerDialog<NoteDialog>([&syntax](NoteDialog *dialog) {
        syntax = dialog->syntaxName();
        QTest::keyClicks(dialog->editor(), u"**Check** the quote against the Kremlin transcript"_s);
        dialog->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(syntax, u"Markdown"_s);
    const QList<Annotation> stored = *m_store.annotations(leftArticle());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().note, u"**Check** the quote against the Kremlin transcript"_s);
    EXPECT_TRUE(stored.first().tagPaths.isEmpty());
    EXPECT_TRUE(m_window->leftPane()->annotationHighlights().first().toolTip.contains(u"Kremlin"_s));
}

TEST_F(AnnotationWorkspaceTest, withoutASelection_tagging_saysWhatToDo)
{
    m_window->leftPane()->textView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
    EXPECT_TRUE(m_window->messageBar()->isVisible());
    EXPECT_TRUE(m_window->messageBar()->text().contains(u"Select a passage"_s));
    EXPECT_TRUE(m_store.annotations()->isEmpty());
}

TEST_F(AnnotationWorkspaceTest, doubleClickingATag_appliesItToTheSelection)
{
    ASSERT_TRUE(m_store.ensureTagPath(u"Actors/Banks"_s));
    m_window->setStore(&m_store); // shows the new tag
    selectInLeftPane(u"Sberbank"_s);
    auto *view = m_window->findChild<QTreeView *>(u"tagView"_s);
    const QModelIndex banks = m_workspace->tagModel()->indexOfTag(*m_store.tagIdForPath(u"Actors/Banks"_s));
    ASSERT_TRUE(banks.isValid());
    view->scrollTo(banks);
    ASSERT_TRUE(view->viewport()->rect().contains(view->visualRect(banks).center()));
    // A double click begins with a press, as the item view expects.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, view->visualRect(banks).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(banks).center());
    const QList<Annotation> stored = *m_store.annotations(leftArticle());
    ASSERT_EQ(stored.size(), 1) << qPrintable(m_window->messageBar()->text());
    EXPECT_EQ(stored.first().tagPaths, QStringList {u"Actors/Banks"_s});
}

TEST_F(AnnotationWorkspaceTest, renamingAndMovingTags_goThroughTheStore_andUndo)
{
    const qint64 gdp = *m_store.ensureTagPath(u"Economy/GDP"_s);
    m_window->setStore(&m_store);
    TagTreeModel *model = m_workspace->tagModel();
    model->setData(model->indexOfTag(gdp), u"Output"_s);
    EXPECT_EQ(m_store.tag(gdp)->path, u"Economy/Output"_s);
    EXPECT_TRUE(model->indexOfTag(gdp).isValid());
    EXPECT_EQ(model->indexOfTag(gdp).data().toString(), u"Output"_s);
    ASSERT_TRUE(m_workspace->moveTag(gdp, 0));
    EXPECT_EQ(m_store.tag(gdp)->path, u"Output"_s);
    m_workspace->undoStack()->undo();
    EXPECT_EQ(m_store.tag(gdp)->path, u"Economy/Output"_s);
    m_workspace->undoStack()->undo();
    EXPECT_EQ(m_store.tag(gdp)->path, u"Economy/GDP"_s);
}

TEST_F(AnnotationWorkspaceTest, searchBox_findsArticlesAndNotes_andOpensTheHit)
{
    selectInLeftPane(u"Vladimir Putin"_s);
    ASSERT_GT(m_workspace->annotateSelection({}, u"ask the ministry about this"_s), 0);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto *field = m_window->findChild<QLineEdit *>(u"searchField"_s);
    ASSERT_TRUE(field->hasFocus());
    QTest::keyClicks(field, u"ministry"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QListWidget *results = m_workspace->searchResults();
    ASSERT_EQ(results->count(), 1);
    EXPECT_TRUE(results->item(0)->text().contains(u"[ministry]"_s)) << qPrintable(results->item(0)->text());
    // A note opens at the passage it is about.
    m_window->leftPane()->textView()->moveCursor(QTextCursor::End);
    Q_EMIT results->itemClicked(results->item(0));
    EXPECT_EQ(m_window->leftPane()->textView()->textCursor().selectedText(), u"Vladimir Putin"_s);

    // A word of the right article, opened in the left pane from the result.
    m_workspace->search(u"Tortoise"_s);
    ASSERT_GE(results->count(), 1);
    EXPECT_TRUE(results->item(0)->text().contains(u"[Tortoise]"_s)) << qPrintable(results->item(0)->text());
    Q_EMIT results->itemClicked(results->item(0));
    EXPECT_EQ(m_window->leftPane()->document().text, m_corpus.at(1).text);
    EXPECT_EQ(m_window->leftPane()->textView()->textCursor().selectedText(), u"Tortoise"_s);
}

TEST_F(AnnotationWorkspaceTest, models_passTheItemModelTester)
{
    QAbstractItemModelTester tags(m_workspace->tagModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester annotations(m_workspace->annotationModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    selectInLeftPane(u"Sberbank"_s);
    m_workspace->annotateSelection({u"A/B/C"_s, u"D"_s}, u"note"_s);
    m_workspace->undoStack()->undo();
    m_workspace->undoStack()->redo();
    EXPECT_EQ(m_workspace->annotationModel()->rowCount(), 1);
    EXPECT_EQ(m_workspace->tagModel()->rowCount(), 2);
}

TEST_F(AnnotationWorkspaceTest, readOnlyLibrary_isAnnounced_showsItsAnnotations_andEditingIsOff)
{
    selectInLeftPane(u"31st out of 83"_s);
    ASSERT_GT(m_workspace->annotateSelection({u"Economy/Rankings"_s}, u"checked"_s), 0);
    const qint64 article = leftArticle();
    Store readOnly;
    ASSERT_TRUE(readOnly.open(m_store.path(), Store::Access::ReadOnly));
    m_window->setStore(&readOnly);
    EXPECT_TRUE(m_window->messageBar()->isVisible());
    EXPECT_TRUE(m_window->messageBar()->text().contains(u"read-only"_s));
    QAction *tag = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&Tag Selection…"_s)
            tag = action;
    }
    ASSERT_TRUE(tag);
    EXPECT_FALSE(tag->isEnabled());
    // What the library holds is still shown: the annotation in the pane and in the dock.
    EXPECT_EQ(m_workspace->articleIdOf(m_window->leftPane()), article);
    EXPECT_EQ(m_window->leftPane()->annotationHighlights().size(), 1);
    EXPECT_EQ(m_workspace->annotationModel()->rowCount(), 1);
}

TEST_F(AnnotationWorkspaceTest, aReadOnlyLibrary_stillComparesAnArticleItDoesNotHold_withoutWritingIt)
{
    const qsizetype held = m_store.articles()->size();
    Store readOnly;
    ASSERT_TRUE(readOnly.open(m_store.path(), Store::Access::ReadOnly));
    m_window->setStore(&readOnly);
    ASSERT_TRUE(waitForComparison(*m_window));
    // A file opened now cannot be kept in the library.
    const QString path = writeTestFile(m_settingsDir, u"new.txt"_s, "The quake killed 24 people on Tuesday, officials said.\n");
    ASSERT_TRUE(openAndWait(*m_window, {path}, m_window->rightPane()));
    ASSERT_TRUE(waitForComparison(*m_window));
    const qint64 right = m_workspace->articleIdOf(m_window->rightPane());
    EXPECT_LT(right, 0) << "an id for the session only";
    ASSERT_TRUE(m_window->comparison().has_value());
    EXPECT_TRUE(m_window->comparison()->b.text.startsWith(u"The quake killed 24"_s));
    EXPECT_FALSE(m_window->comparison()->claims.isEmpty());
    EXPECT_EQ(readOnly.articles()->size(), held);
    EXPECT_FALSE(m_window->messageBar()->text().contains(u"could not"_s)) << qPrintable(m_window->messageBar()->text());
}

namespace
{

int currentClaim(const MainWindow &window)
{
    const auto *view = window.findChild<QTableView *>(u"claimView"_s);
    return view->currentIndex().isValid() ? view->currentIndex().data(ClaimIndexRole).toInt() : -1;
}

} // namespace

TEST_F(AnnotationWorkspaceTest, reviewingDiscrepancies_isKept_andAltF8SkipsTheSettledOnes)
{
    const QList<Document> pair {
        makeDocument(u"A"_s, u"The agency said Russia ranks 35th out of 83 countries in the index this year.\nOnly A mentions 42 villages.\n"_s),
        makeDocument(u"B"_s, u"The agency said Russia ranks 31st out of 83 countries in the index this year.\n"_s)};
    m_window.reset();
    m_window = openWindow(pair);
    m_window->setStore(&m_store);
    m_workspace = m_window->workspace();
    ASSERT_TRUE(waitForComparison(*m_window));

    QTest::keyClick(m_window.get(), Qt::Key_F8);
    const int conflict = currentClaim(*m_window);
    ASSERT_EQ(m_window->claims()->claim(conflict).status, ClaimStatus::Conflict);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    EXPECT_EQ(m_window->claims()->reviewState(conflict), ClaimReview::State::Confirmed);
    EXPECT_EQ(m_window->claims()->index(conflict, ClaimTableModel::ReviewColumn).data().toString(), u"confirmed"_s);
    const QList<ClaimReview> stored = *m_store.claimReviews(leftArticle(), m_workspace->articleIdOf(m_window->rightPane()));
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().a->exact, u"35th out of 83"_s);
    EXPECT_EQ(stored.first().b->exact, u"31st out of 83"_s);

    // Alt+F8 passes over the confirmed conflict, to what is left to review.
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::AltModifier);
    const int next = currentClaim(*m_window);
    EXPECT_NE(next, conflict);
    EXPECT_NE(m_window->claims()->claim(next).status, ClaimStatus::Agree);
    EXPECT_EQ(m_window->claims()->reviewState(next), ClaimReview::State::Unreviewed);

    // Undo takes the review back; redo puts it again.
    m_workspace->undoStack()->undo();
    EXPECT_EQ(m_window->claims()->reviewState(conflict), ClaimReview::State::Unreviewed);
    m_workspace->undoStack()->redo();
    EXPECT_EQ(m_window->claims()->reviewState(conflict), ClaimReview::State::Confirmed);

    // A new comparison of the pair (another window) finds the review again.
    m_window->close();
    m_window.reset();
    m_window = openWindow(pair);
    m_window->setStore(&m_store);
    ASSERT_TRUE(waitForComparison(*m_window));
    int confirmed = 0;
    for (int i = 0; i < m_window->claims()->rowCount(); ++i)
        confirmed += m_window->claims()->reviewState(i) == ClaimReview::State::Confirmed ? 1 : 0;
    EXPECT_EQ(confirmed, 1);
}

TEST_F(AnnotationWorkspaceTest, deletingAndMergingTags_canBeUndone)
{
    selectInLeftPane(u"Sberbank"_s);
    const qint64 annotation = m_workspace->annotateSelection({u"Banks/Russian"_s}, {});
    ASSERT_GT(annotation, 0);
    const qint64 banks = *m_store.tagIdForPath(u"Banks"_s);
    const qint64 russian = *m_store.tagIdForPath(u"Banks/Russian"_s);
    const qint64 actors = *m_store.ensureTagPath(u"Actors"_s);

    ASSERT_TRUE(m_workspace->deleteTag(banks));
    EXPECT_TRUE(m_store.annotation(annotation)->tagPaths.isEmpty());
    m_workspace->undoStack()->undo();
    EXPECT_EQ(m_store.annotation(annotation)->tagPaths, QStringList {u"Banks/Russian"_s});
    EXPECT_TRUE(m_workspace->tagModel()->indexOfTag(russian).isValid());

    ASSERT_TRUE(m_workspace->mergeTag(banks, actors));
    EXPECT_EQ(m_store.annotation(annotation)->tagPaths, QStringList {u"Actors/Russian"_s});
    m_workspace->undoStack()->undo();
    EXPECT_EQ(m_store.annotation(annotation)->tagPaths, QStringList {u"Banks/Russian"_s});
    m_workspace->undoStack()->redo();
    EXPECT_EQ(m_store.annotation(annotation)->tagPaths, QStringList {u"Actors/Russian"_s});
}

TEST_F(AnnotationWorkspaceTest, annotationDock_filtersByTextAndTag_andDeletesWithTheDeleteKey)
{
    selectInLeftPane(u"Sberbank"_s);
    const qint64 bank = m_workspace->annotateSelection({u"Banks"_s}, u"state-owned"_s);
    selectInLeftPane(u"Vladimir Putin"_s);
    ASSERT_GT(m_workspace->annotateSelection({u"People"_s}, {}), 0);
    auto *view = m_window->findChild<QTableView *>(u"annotationView"_s);
    auto *filter = m_window->findChild<QLineEdit *>(u"annotationFilter"_s);
    ASSERT_EQ(view->model()->rowCount(), 2);
    QTest::keyClicks(filter, u"banks"_s); // a tag
    ASSERT_EQ(view->model()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, u"state-owned"_s); // a note
    ASSERT_EQ(view->model()->rowCount(), 1);

    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_FALSE(m_store.annotation(bank));
    EXPECT_EQ(m_store.annotations(leftArticle())->size(), 1);
    m_workspace->undoStack()->undo();
    EXPECT_TRUE(m_store.annotation(bank));
}

TEST_F(AnnotationWorkspaceTest, aNoteAnotherCoderChangedWhileItWasEdited_asksWhoseStands)
{
    m_store.setCoder(u"Ada"_s);
    selectInLeftPane(u"Sberbank"_s);
    const qint64 id = m_workspace->annotateSelection({u"Banks"_s}, u"first"_s);
    ASSERT_GT(id, 0);
    Store grace;
    ASSERT_TRUE(grace.open(m_settingsDir.filePath(u"library.sqlite"_s)));
    grace.setCoder(u"Grace"_s);
    auto *view = m_window->findChild<QTableView *>(u"annotationView"_s);
    ASSERT_TRUE(view);
    // Opens the note of the one annotation with Return, types TYPED and saves it while
    // Grace saves GRACES; ANSWER answers the question that follows.
    const auto editWhileGraceEdits = [&](const QString &typed, const QString &graces, std::function<void(QMessageBox *)> answer) {
        // Back in the window after the last question, as a user clicks into it.
        m_window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        QString asked;
        answerDialog<NoteDialog>([&](NoteDialog *dialog) {
            ASSERT_TRUE(grace.setAnnotationNote(id, graces, grace.annotation(id)->rowVersion));
            dialog->editor()->selectAll();
            QTest::keyClicks(dialog->editor(), typed);
            answerDialog<QMessageBox>([&](QMessageBox *question) {
                asked = question->text() + u'\n' + question->informativeText();
                answer(question);
            });
            dialog->accept();
        });
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        return asked;
    };

    // Escape keeps Grace's note; nothing is written over it.
    const QString asked = editWhileGraceEdits(u"Ada's"_s, u"Grace's"_s, [](QMessageBox *question) {
        QDir().mkpath(QStringLiteral(PARALLAX_SCREENSHOT_DIR));
        EXPECT_TRUE(question->grab().save(QStringLiteral(PARALLAX_SCREENSHOT_DIR "/edit-conflict-question.png")));
        QTest::keyClick(question, Qt::Key_Escape);
    });
    EXPECT_TRUE(asked.contains(u"Grace changed this annotation"_s)) << qPrintable(asked);
    EXPECT_TRUE(asked.contains(u"Grace's"_s) && asked.contains(u"Ada's"_s)) << "both notes are shown: " << qPrintable(asked);
    EXPECT_EQ(m_store.annotation(id)->note, u"Grace's"_s);
    EXPECT_EQ(view->model()->index(0, AnnotationListModel::NoteColumn).data().toString(), u"Grace's"_s) << "the list shows the note that stands";
    // Alt+U chooses Ada's own, written over Grace's now that Ada has seen it; undo
    // takes Ada's edit back to Grace's note.
    const QString askedAgain = editWhileGraceEdits(u"Ada's again"_s, u"Grace's second"_s, [](QMessageBox *question) {
        // Tabbed to from the default answer (theirs), and pressed with the space bar.
        question->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(question));
        EXPECT_TRUE(QTest::qWaitFor([question] {
            return QApplication::focusWidget() && QApplication::focusWidget()->window() == question;
        }));
        const auto onMine = [] {
            auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
            return button && button->text().remove(u'&') == u"Use Mine"_s;
        };
        for (int tabs = 0; tabs < 6 && !onMine(); ++tabs)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (!onMine()) {
            ADD_FAILURE() << "Use Mine cannot be reached with Tab; focus is on "
                          << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing");
            question->reject();
            return;
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    });
    EXPECT_TRUE(askedAgain.contains(u"Grace's second"_s)) << qPrintable(askedAgain);
    EXPECT_EQ(m_store.annotation(id)->note, u"Ada's again"_s);
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_store.annotation(id)->note, u"Grace's second"_s);

    // Delete on an annotation Grace changed since the list showed it keeps it, and says why.
    ASSERT_TRUE(grace.setAnnotationNote(id, u"Grace's third"_s, grace.annotation(id)->rowVersion));
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    ASSERT_TRUE(m_store.annotation(id));
    EXPECT_TRUE(m_window->messageBar()->text().contains(u"Grace changed this annotation"_s)) << qPrintable(m_window->messageBar()->text());
}

TEST_F(AnnotationWorkspaceTest, severalCodersAnnotations_areFilteredByCoder_andMarkedInTheirColours)
{
    // The user names themselves once, in Configure Parallax (Ctrl+Shift+,); their work
    // is recorded under that name.
    answerDialog<QDialog>([](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"coderName"_s);
        ASSERT_TRUE(name) << "no field for the coder's name";
        name->setFocus();
        QTest::keyClicks(name, u"Ana"_s);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_store.coder(), u"Ana"_s);
    EXPECT_EQ(Settings().coderName(), u"Ana"_s);
    selectInLeftPane(u"Sberbank"_s);
    ASSERT_GT(m_workspace->annotateSelection({u"Banks"_s}, u"Ana's"_s), 0);

    auto *coders = m_window->findChild<QComboBox *>(u"annotationCoder"_s);
    auto *view = m_window->findChild<QTableView *>(u"annotationView"_s);
    ASSERT_TRUE(coders && view);
    EXPECT_FALSE(coders->isVisibleTo(m_window.get())) << "one coder: nothing to choose";
    // A colleague's annotation on the same article (a team library shares them).
    m_store.setCoder(u"Ben"_s);
    selectInLeftPane(u"Vladimir Putin"_s);
    ASSERT_GT(m_workspace->annotateSelection({u"People"_s}, u"Ben's"_s), 0);
    EXPECT_TRUE(coders->isVisibleTo(m_window.get()));
    ASSERT_EQ(coders->count(), 3); // All coders, Ana, Ben
    EXPECT_FALSE(view->isColumnHidden(AnnotationListModel::CoderColumn));
    ASSERT_EQ(view->model()->rowCount(), 2);

    coders->setFocus();
    QTest::keyClick(coders, Qt::Key_Down);
    QTest::keyClick(coders, Qt::Key_Down);
    EXPECT_EQ(coders->currentText(), u"Ben"_s);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, AnnotationListModel::NoteColumn).data().toString(), u"Ben's"_s);
    QTest::keyClick(coders, Qt::Key_Home);
    EXPECT_EQ(view->model()->rowCount(), 2);

    // In the margin, each coder's passages in a colour of their own.
    const QList<TextHighlight> highlights = m_window->leftPane()->annotationHighlights();
    ASSERT_EQ(highlights.size(), 2);
    EXPECT_TRUE(highlights.at(0).mark.isValid() && highlights.at(1).mark.isValid());
    EXPECT_NE(highlights.at(0).mark, highlights.at(1).mark);
    EXPECT_TRUE(highlights.at(0).toolTip.contains(u"Coder: "_s)) << qPrintable(highlights.at(0).toolTip);
    m_window->resize(1280, 800);
    QDir().mkpath(QStringLiteral(PARALLAX_SCREENSHOT_DIR));
    EXPECT_TRUE(m_window->grab().save(QStringLiteral(PARALLAX_SCREENSHOT_DIR "/annotations-of-two-coders.png")));
}

TEST_F(AnnotationWorkspaceTest, draggingATagOntoAnother_movesItUnderIt)
{
    const qint64 gdp = *m_store.ensureTagPath(u"GDP"_s);
    const qint64 economy = *m_store.ensureTagPath(u"Economy"_s);
    m_window->setStore(&m_store);
    TagTreeModel *model = m_workspace->tagModel();
    // What the tree view does on a drop: the dragged tag's data, dropped on the target.
    const std::unique_ptr<QMimeData> dragged(model->mimeData({model->indexOfTag(gdp)}));
    model->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, model->indexOfTag(economy));
    EXPECT_EQ(m_store.tag(gdp)->path, u"Economy/GDP"_s);
    EXPECT_EQ(model->indexOfTag(gdp).parent(), model->indexOfTag(economy));
    // Not under itself.
    const std::unique_ptr<QMimeData> parent(model->mimeData({model->indexOfTag(economy)}));
    model->dropMimeData(parent.get(), Qt::MoveAction, -1, -1, model->indexOfTag(gdp));
    EXPECT_EQ(m_store.tag(economy)->path, u"Economy"_s);
    EXPECT_TRUE(m_window->messageBar()->isVisible());
}

TEST_F(AnnotationWorkspaceTest, wholeArticles_canBeTagged)
{
    m_window->leftPane()->textView()->setFocus();
    ASSERT_TRUE(m_workspace->tagArticle(u"Sources/Trade press"_s));
    EXPECT_EQ(m_store.articleTags(leftArticle()), QList<qint64> {*m_store.tagIdForPath(u"Sources/Trade press"_s)});
    EXPECT_EQ(m_workspace->tagModel()->indexOfTag(*m_store.tagIdForPath(u"Sources/Trade press"_s)).siblingAtColumn(TagTreeModel::CountColumn).data().toString(),
        u"1"_s);
    m_workspace->undoStack()->undo();
    EXPECT_TRUE(m_store.articleTags(leftArticle())->isEmpty());
    EXPECT_TRUE(m_store.tags()->isEmpty()) << "the tags the action made go with it";
    m_workspace->undoStack()->redo();
    EXPECT_EQ(m_store.articleTags(leftArticle()), QList<qint64> {*m_store.tagIdForPath(u"Sources/Trade press"_s)});
}

TEST_F(AnnotationWorkspaceTest, undoingATagging_takesAwayTheTagsItMade_andOnlyThose)
{
    const qint64 economy = m_workspace->createTag(u"Economy"_s);
    const qint64 banks = *m_store.ensureTagPath(u"Economy/Banks"_s); // made by someone else, say an import
    selectInLeftPane(u"31st out of 83"_s);
    const qint64 annotation = m_workspace->annotateSelection({u"Economy/Rankings/ AI index"_s, u"People/Putin"_s, u"Economy/Banks"_s}, u"note"_s);
    ASSERT_GT(annotation, 0);
    const Tag index = *m_store.tag(*m_store.tagIdForPath(u"Economy/Rankings/AI index"_s));
    const Tag putin = *m_store.tag(*m_store.tagIdForPath(u"People/Putin"_s));
    EXPECT_EQ(m_store.tags()->size(), 6);

    m_workspace->undoStack()->undo();
    EXPECT_FALSE(m_store.annotation(annotation));
    QStringList left;
    for (const Tag &tag : *m_store.tags())
        left.append(tag.path);
    EXPECT_EQ(left, (QStringList {u"Economy"_s, u"Economy/Banks"_s})) << "Rankings, AI index, People and Putin were made by the tagging";
    EXPECT_EQ(m_store.tag(economy)->path, u"Economy"_s);
    EXPECT_TRUE(m_store.tag(banks));

    // Redo brings back the same tags, with their ids and colors, on the annotation.
    m_workspace->undoStack()->redo();
    ASSERT_TRUE(m_store.annotation(annotation));
    EXPECT_EQ(m_store.tag(index.id)->path, u"Economy/Rankings/AI index"_s);
    EXPECT_EQ(m_store.tag(index.id)->color, index.color);
    EXPECT_EQ(m_store.tag(putin.id)->color, putin.color);
    QStringList tags = m_store.annotation(annotation)->tagPaths;
    tags.sort();
    EXPECT_EQ(tags, (QStringList {u"Economy/Banks"_s, u"Economy/Rankings/AI index"_s, u"People/Putin"_s}));
    EXPECT_EQ(m_workspace->tagModel()->rowCount(), 2);
    // The dock counts a tag's own uses, and with its sub-tags' where they add some.
    const auto uses = [this](const QString &path) {
        return m_workspace->tagModel()->indexOfTag(*m_store.tagIdForPath(path)).siblingAtColumn(TagTreeModel::CountColumn).data().toString();
    };
    EXPECT_EQ(uses(u"Economy"_s), u"0 (2)"_s);
    EXPECT_EQ(uses(u"Economy/Rankings"_s), u"0 (1)"_s);
    EXPECT_EQ(uses(u"Economy/Rankings/AI index"_s), u"1"_s);
    EXPECT_EQ(uses(u"Economy/Banks"_s), u"1"_s);
}

TEST_F(AnnotationWorkspaceTest, newTagsAndDescriptions_areUndoable)
{
    const qint64 id = m_workspace->createTag(u"Claims/Disputed"_s);
    ASSERT_GT(id, 0);
    EXPECT_TRUE(m_workspace->tagModel()->indexOfTag(id).isValid());
    ASSERT_TRUE(m_workspace->describeTag(id, u"Figures the sources disagree on"_s));
    EXPECT_EQ(m_store.tag(id)->description, u"Figures the sources disagree on"_s);
    EXPECT_TRUE(m_workspace->tagModel()->indexOfTag(id).data(Qt::ToolTipRole).toString().contains(u"disagree"_s));
    m_workspace->undoStack()->undo();
    EXPECT_TRUE(m_store.tag(id)->description.isEmpty());
    m_workspace->undoStack()->undo();
    EXPECT_FALSE(m_store.tag(id));
    EXPECT_FALSE(m_store.tagIdForPath(u"Claims"_s)) << "the parent was new too";
    m_workspace->undoStack()->redo();
    EXPECT_EQ(m_store.tag(id)->path, u"Claims/Disputed"_s);
}

TEST_F(AnnotationWorkspaceTest, articlesOfTheLibrary_areListed_andReadWhenShown)
{
    Document earlier = makeDocument(u"Imported by a script"_s, u"The council approved 12 new schools on Monday.\n"_s);
    earlier.path = m_settingsDir.filePath(u"script.txt"_s);
    ASSERT_TRUE(m_store.importDocument(earlier));
    m_window.reset();
    m_window = openWindow();
    m_window->setStore(&m_store);
    m_window->setArticles(m_corpus); // as at start: the corpus, then the library
    const int row = m_window->articles()->rowOfPath(earlier.path);
    ASSERT_GE(row, 0) << "the stored article is not in the library list";
    // The corpus articles that were stored when shown are listed once.
    EXPECT_EQ(m_window->articles()->rowCount(), m_corpus.size() + 1);
    m_window->rightPane()->setCurrentRow(row);
    EXPECT_EQ(shownText(m_window->rightPane()), earlier.text);
}

TEST_F(AnnotationWorkspaceTest, anotherLibrary_listsItsOwnArticles_notThoseOfTheOneBefore)
{
    Document earlier = makeDocument(u"Kept in the first library"_s, u"The council approved 12 new schools on Monday.\n"_s);
    earlier.path = m_settingsDir.filePath(u"first.txt"_s);
    ASSERT_TRUE(m_store.importDocument(earlier));
    m_window->setStore(&m_store);
    ASSERT_GE(m_window->articles()->rowOfPath(earlier.path), 0);

    Store second;
    ASSERT_TRUE(second.open(m_settingsDir.filePath(u"second.sqlite"_s)));
    Document other = makeDocument(u"Kept in the second library"_s, u"The river rose 3 metres overnight.\n"_s);
    other.path = m_settingsDir.filePath(u"second.txt"_s);
    ASSERT_TRUE(second.importDocument(other));
    ASSERT_TRUE(second.importDocument(makeDocument(u"Another"_s, u"A third text, to give the second library more ids.\n"_s)));
    m_window->setStore(&second);
    EXPECT_LT(m_window->articles()->rowOfPath(earlier.path), 0) << "the first library's article is not in the second";
    const int row = m_window->articles()->rowOfPath(other.path);
    ASSERT_GE(row, 0);
    m_window->rightPane()->setCurrentRow(row);
    EXPECT_EQ(shownText(m_window->rightPane()), other.text);
    // The files opened are still listed, kept in the library now set.
    EXPECT_GE(m_window->articles()->rowOfPath(m_corpus.at(0).path), 0);
    m_window->setStore(&m_store); // the fixture's library outlives this test's
}

TEST_F(AnnotationWorkspaceTest, exportDialog_remembersTheLastChoice_andKeepsTheSuffixRight)
{
    const QString folder = m_settingsDir.filePath(u"exports"_s);
    {
        ExportDialog dialog({u"Economy"_s, u"Economy/GDP"_s}, u"Seed article"_s, {});
        auto *format = dialog.findChild<QComboBox *>();
        ASSERT_TRUE(format);
        format->setCurrentIndex(format->findData(int(ExportFormat::WebAnnotation)));
        auto *file = dialog.findChild<QLineEdit *>();
        file->setText(folder + u"/notes.md"_s);
        format->setCurrentIndex(format->findData(int(ExportFormat::RefiQda)));
        EXPECT_EQ(QDir::fromNativeSeparators(dialog.filePath()), folder + u"/notes.qdpx"_s) << "the suffix follows the format";
        for (QRadioButton *button : dialog.findChildren<QRadioButton *>())
            if (button->text().contains(u"tag"_s))
                button->setChecked(true);
        auto *tags = dialog.findChildren<QComboBox *>().last();
        tags->setCurrentIndex(1);
        EXPECT_EQ(dialog.scope(7, {}).kind, ExportScope::Kind::Tag);
        EXPECT_EQ(dialog.scope(7, {}).tagPath, u"Economy/GDP"_s);
        dialog.accept();
    }
    ExportDialog again({u"Economy"_s, u"Economy/GDP"_s}, u"Seed article"_s, {});
    EXPECT_EQ(again.format(), ExportFormat::RefiQda);
    EXPECT_EQ(again.scope(7, {}).kind, ExportScope::Kind::Tag);
    EXPECT_EQ(again.scope(7, {}).tagPath, u"Economy/GDP"_s);
    EXPECT_EQ(QFileInfo(again.filePath()).absolutePath(), folder);
    EXPECT_TRUE(again.filePath().endsWith(u".qdpx"_s));
    // Without an article in view, that choice is not offered and the library is taken.
    ExportDialog noArticle({}, {}, {});
    EXPECT_EQ(noArticle.scope(0, {}).kind, ExportScope::Kind::Library);
}

TEST_F(AnnotationWorkspaceTest, exportDialog_givesAReportTheComparisonInView_andNothingElse)
{
    Settings().setLastExport({});
    ExportDialog dialog({u"Economy"_s}, u"Seed article"_s, u"A ↔ B"_s);
    auto *format = dialog.findChild<QComboBox *>();
    QRadioButton *comparison = nullptr;
    QRadioButton *library = nullptr;
    for (QRadioButton *button : dialog.findChildren<QRadioButton *>()) {
        if (button->text().contains(u"comparison"_s))
            comparison = button;
        if (button->text().contains(u"library"_s))
            library = button;
    }
    ASSERT_TRUE(comparison && library);
    EXPECT_TRUE(comparison->text().endsWith(u"A ↔ B"_s));
    format->setCurrentIndex(format->findData(int(ExportFormat::Pdf)));
    EXPECT_TRUE(comparison->isChecked());
    EXPECT_FALSE(library->isEnabled()) << "a report is of two articles, not the library";
    EXPECT_TRUE(dialog.filePath().endsWith(u"/comparison.pdf"_s)) << "the suggested name follows what is exported";
    const ExportScope scope = dialog.scope(3, {4, 5});
    EXPECT_EQ(scope.kind, ExportScope::Kind::Comparison);
    EXPECT_EQ(std::pair(scope.articleId, scope.otherArticleId), std::pair(qint64(4), qint64(5)));
    format->setCurrentIndex(format->findData(int(ExportFormat::Markdown)));
    EXPECT_TRUE(library->isEnabled());
    EXPECT_TRUE(dialog.filePath().endsWith(u"/annotations.md"_s));
    auto *file = dialog.findChild<QLineEdit *>();
    file->setText(u"/tmp/my notes.md"_s);
    format->setCurrentIndex(format->findData(int(ExportFormat::Html)));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.filePath()), u"/tmp/my notes.html"_s) << "a name the user typed stays";

    // Without two articles side by side, a report cannot be exported.
    ExportDialog alone({}, u"Seed article"_s, {});
    auto *aloneFormat = alone.findChild<QComboBox *>();
    aloneFormat->setCurrentIndex(aloneFormat->findData(int(ExportFormat::Html)));
    EXPECT_FALSE(alone.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_F(AnnotationWorkspaceTest, importingAFolder_listsItsArticles_andSaysWhatWasSkipped)
{
    QTemporaryDir folder;
    ASSERT_TRUE(QDir(folder.path()).mkpath(u"inner"_s));
    writeTestFile(folder, u"inner/budget.md"_s, "# Council budget\n\nThe council approved 12 new schools on Monday.\n");
    writeTestFile(folder, u"photo.jpg"_s, QByteArray("\xff\xd8\xff\xe0", 4));
    const qsizetype listed = m_window->articles()->rowCount();

    const FolderImportReport report = m_window->importFolderFrom(folder.path());
    EXPECT_EQ(report.added, 1);
    EXPECT_EQ(m_window->articles()->rowCount(), listed + 1) << "the library dock lists the new article";
    EXPECT_GE(m_window->articles()->rowOfPath(folder.filePath(u"inner/budget.md"_s)), 0);
    EXPECT_TRUE(m_window->messageBar()->isVisible()) << "what was skipped must not scroll away";
    EXPECT_EQ(
        m_window->messageBar()->text(), u"1 article added; 1 file skipped: photo.jpg is not a document Parallax reads (Markdown, plain text, web page, PDF)"_s);
}

TEST_F(AnnotationWorkspaceTest, importingAFolder_keepsTheWindowAlive_whileABigFileIsRead_andCancelStopsIt)
{
    const Testing::SlowPdfReader reader(std::chrono::milliseconds(1500));
    m_window = openWindow(m_corpus, reader.formats());
    m_window->setStore(&m_store);
    m_workspace = m_window->workspace();
    QTemporaryDir folder;
    writeTestFile(folder, u"a-budget.md"_s, "# Council budget\n\nThe council approved 12 new schools on Monday.\n");
    writeTestFile(folder, u"b-book.pdf"_s, "%PDF-1.4 stand-in");
    writeTestFile(folder, u"c-later.md"_s, "# Later\n\nNever reached.\n");

    // While the book is read, the window handles events: a timer fires, the progress
    // dialog shows which file is being read, and its Cancel button works.
    QString shownLabel;
    QTimer::singleShot(700, m_window.get(), [&] {
        auto *dialog = m_window->findChild<QProgressDialog *>();
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog->isVisible());
        shownLabel = dialog->labelText();
        QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
    });
    const FolderImportReport report = m_window->importFolderFrom(folder.path());
    EXPECT_EQ(shownLabel, u"Importing b-book.pdf"_s) << "the timer fired while the book was read";
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.added, 1);
    EXPECT_LT(m_window->articles()->rowOfPath(folder.filePath(u"b-book.pdf"_s)), 0);
    EXPECT_LT(m_window->articles()->rowOfPath(folder.filePath(u"c-later.md"_s)), 0);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().endsWith(u"(cancelled)"_s)) << qPrintable(m_window->statusBar()->currentMessage());
}

TEST_F(AnnotationWorkspaceTest, importingW3cAnnotations_readsTheTextsBesideThemOnlyWhenTheUserTicksTheBox)
{
    QTemporaryDir shared;
    const QString minutes = writeTestFile(shared, u"minutes.txt"_s, "The root of the problem was the budget.\n");
    const QString file = writeTestFile(shared,
        u"notes.jsonld"_s,
        QByteArray(R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
             "body": {"type": "TextualBody", "value": "Budget", "purpose": "tagging"},
             "target": {"type": "SpecificResource", "source": "MINUTES", "selector": {"type": "TextQuoteSelector", "exact": "root"}}},
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:2", "type": "Annotation",
             "body": {"type": "TextualBody", "value": "Budget", "purpose": "tagging"},
             "target": {"type": "SpecificResource", "source": "file:///etc/passwd", "selector": {"type": "TextQuoteSelector", "exact": "root"}}}]}})")
            .replace("MINUTES", QUrl::fromLocalFile(minutes).toEncoded()));
    const qsizetype articlesBefore = m_store.articles()->size();

    // Accepted as it opens, with the box unticked: nothing is read.
    QString listed;
    answerDialog<QMessageBox>([&listed](QMessageBox *question) {
        listed = question->informativeText();
        EXPECT_FALSE(question->checkBox()->isChecked());
        QTest::keyClick(question, Qt::Key_Return);
    });
    m_window->importAnnotationsFrom(file);
    EXPECT_EQ(listed, u"• minutes.txt"_s) << "only the file beside the annotations is offered";
    EXPECT_EQ(m_store.articles()->size(), articlesBefore);
    EXPECT_TRUE(m_window->findChild<MessageBar *>()->text().contains(u"import the text first"_s)) << qPrintable(m_window->findChild<MessageBar *>()->text());

    // Ticked with its shortcut: the text beside comes in, /etc/passwd still does not.
    answerDialog<QMessageBox>([](QMessageBox *question) {
        question->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(question));
        // In a real X server the focus follows the activation a moment later.
        EXPECT_TRUE(QTest::qWaitFor([question] {
            return QApplication::focusWidget() && QApplication::focusWidget()->window() == question;
        }));
        // Tabbed to, as a keyboard user reaches it, and ticked with the space bar.
        for (int tabs = 0; tabs < 10 && QApplication::focusWidget() != question->checkBox(); ++tabs)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() != question->checkBox()) {
            ADD_FAILURE() << "the box cannot be reached with Tab; focus is on "
                          << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing") << " in "
                          << (QApplication::focusWidget() && QApplication::focusWidget()->window() == question ? "the dialog" : "another window");
            question->reject(); // a failed test must not leave the dialog waiting
            return;
        }
        QTest::keyClick(question->checkBox(), Qt::Key_Space);
        EXPECT_TRUE(question->checkBox()->isChecked());
        QTest::keyClick(question, Qt::Key_Return);
    });
    m_window->importAnnotationsFrom(file);
    EXPECT_EQ(m_store.articles()->size(), articlesBefore + 1);
    EXPECT_TRUE(m_window->findChild<MessageBar *>()->text().startsWith(u"1 annotation imported, 1 text added, 1 tag created; 1 left out"_s))
        << qPrintable(m_window->findChild<MessageBar *>()->text());
    EXPECT_GE(m_window->articles()->rowOfPath(QFileInfo(shared.filePath(u"minutes.txt"_s)).canonicalFilePath()), 0);
}

TEST_F(AnnotationWorkspaceTest, importingAProject_showsItsTagsAndArticles_andSaysWhatCameIn)
{
    // A project exported from another library, with one coded passage.
    QTemporaryDir other;
    Store source;
    ASSERT_TRUE(source.open(other.filePath(u"other.sqlite"_s)));
    Document document = makeDocument(u"Council budget"_s, u"The council approved 12 new schools on Monday.\n"_s);
    document.path = other.filePath(u"budget.txt"_s);
    const qint64 article = source.importDocument(document)->articleId;
    ASSERT_TRUE(source.addAnnotation(article, {21, 35}, {*source.ensureTagPath(u"Education/Schools"_s)}, u"Check the number"_s));
    const QString project = other.filePath(u"project.qdpx"_s);
    const Expected<QByteArray> exported = Exporter::exportBytes(source, ExportFormat::RefiQda, ExportScope::library(), u"Ada"_s, {});
    ASSERT_TRUE(exported.has_value()) << qPrintable(exported.error().message);
    ASSERT_TRUE(Exporter::writeFile(project, *exported).has_value());

    m_window->importAnnotationsFrom(project);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().startsWith(u"1 annotation imported, 1 text added, 2 tags created"_s))
        << qPrintable(m_window->statusBar()->currentMessage());
    EXPECT_TRUE(m_store.tagIdForPath(u"Education/Schools"_s));
    EXPECT_TRUE(m_workspace->tagModel()->indexOfTag(*m_store.tagIdForPath(u"Education/Schools"_s)).isValid()) << "the tag dock shows the imported tags";
    EXPECT_GE(m_window->articles()->rowOfPath(project + u"#Council budget"_s), 0) << "the library dock lists the imported text";

    // A file that is not a project changes nothing and says why.
    m_window->importAnnotationsFrom(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/hostile/truncated.qdpx"));
    EXPECT_TRUE(m_window->findChild<MessageBar *>()->text().contains(u"is not a zip archive"_s));
}
