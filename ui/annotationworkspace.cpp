// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "annotationworkspace.h"

#include "annotationfiltermodel.h"
#include "annotationlistmodel.h"
#include "articlepane.h"
#include "documentlistmodel.h"
#include "editconflict.h"
#include "itemroles.h"
#include "messagebar.h"
#include "notedialog.h"
#include "searchdock.h"
#include "tagdock.h"
#include "tagpicker.h"
#include "tagtreemodel.h"
#include "themedicon.h"

#include <core/document/librarydocument.h>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

QWidget *withLayout(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *content = new QWidget(parent);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return content;
}

// The colour of the coder at INDEX (in the sorted list of an article's coders): the
// Okabe–Ito palette, told apart by people with any common colour blindness.
QColor coderColor(int index)
{
    static const QRgb palette[] = {0xe69f00, 0x56b4e9, 0x009e73, 0xf0e442, 0x0072b2, 0xd55e00, 0xcc79a7, 0x999999};
    return QColor::fromRgb(palette[index % std::size(palette)]);
}

} // namespace

AnnotationWorkspace::AnnotationWorkspace(
    QMainWindow *window, LibraryDocument *library, ArticlePane *left, ArticlePane *right, DocumentListModel *articles, MessageBar *messages)
    : QObject(window)
    , m_window(window)
    , m_library(library)
    , m_left(left)
    , m_right(right)
    , m_lastPane(left)
    , m_articles(articles)
    , m_messages(messages)
    , m_tagDock(new TagDock(library, window))
    , m_annotations(new AnnotationListModel(this))
    , m_annotationFilter(new AnnotationFilterModel(this))
    , m_searchDock(new SearchDock(library, articles, left, window))
{
    connect(m_tagDock, &TagDock::tagActivated, this, [this](const QString &path) {
        annotateSelection({path}, {});
    });
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_tagDock);
    createAnnotationDock();
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_window->tabifyDockWidget(m_window->findChild<QDockWidget *>(u"annotationDock"_s), m_searchDock);
    m_window->findChild<QDockWidget *>(u"annotationDock"_s)->raise();
    createActions();
    for (ArticlePane *pane : {left, right}) {
        pane->textView()->installEventFilter(this);
        connect(pane, &ArticlePane::currentRowChanged, this, [this, pane] {
            trackArticle(pane);
        });
    }
    // Each view follows what changed, and only that.
    connect(m_library, &LibraryDocument::storeChanged, this, &AnnotationWorkspace::followStore);
    // A tag's colour shows in the highlights of the passages it tags.
    connect(m_library, &LibraryDocument::tagsChanged, this, [this] {
        if (updateTagColors()) {
            showHighlights(m_left);
            showHighlights(m_right);
        }
    });
    connect(m_library, &LibraryDocument::annotationsChanged, this, &AnnotationWorkspace::showAnnotationsOf);
    connect(m_library, &LibraryDocument::failed, m_messages, &MessageBar::showError);
    updateEnabled();
}

AnnotationWorkspace::~AnnotationWorkspace()
{
    for (ArticlePane *pane : {m_left, m_right})
        pane->textView()->removeEventFilter(this);
}

Store *AnnotationWorkspace::store() const
{
    return m_library->store();
}

QUndoStack *AnnotationWorkspace::undoStack() const
{
    return m_library->undoStack();
}

void AnnotationWorkspace::search(const QString &words)
{
    m_searchDock->search(words);
}

QListWidget *AnnotationWorkspace::searchResults() const
{
    return m_searchDock->results();
}

TagTreeModel *AnnotationWorkspace::tagModel() const
{
    return m_tagDock->model();
}

void AnnotationWorkspace::followStore()
{
    updateTagColors();
    trackArticle(m_left);
    trackArticle(m_right);
    if (store()->isReadOnly())
        m_messages->showError(tr("The library %1 is read-only: you can read and search it, but changes cannot be saved.").arg(store()->path()));
    updateEnabled();
    refresh();
}

void AnnotationWorkspace::updateEnabled()
{
    for (QAction *action : std::as_const(m_editingActions))
        action->setEnabled(m_library->isWritable());
}

qint64 AnnotationWorkspace::articleIdOf(const ArticlePane *pane) const
{
    return m_articles->articleId(pane->currentRow());
}

void AnnotationWorkspace::trackArticle(ArticlePane *pane)
{
    showHighlights(pane);
    if (pane == m_lastPane)
        showAnnotationList();
    Q_EMIT shownArticlesChanged();
}

bool AnnotationWorkspace::reportNoArticle()
{
    m_messages->showError(tr("Show an article in the pane first."));
    return false;
}

bool AnnotationWorkspace::updateTagColors()
{
    QHash<QString, QColor> colors;
    for (const Tag &tag : store()->tags().value_or({}))
        colors.insert(tag.path, QColor::fromString(tag.color));
    if (colors == m_tagColors)
        return false;
    m_tagColors = std::move(colors);
    return true;
}

void AnnotationWorkspace::showHighlights(ArticlePane *pane)
{
    const qint64 articleId = articleIdOf(pane);
    if (articleId == 0) {
        pane->setAnnotationHighlights({});
        return;
    }
    const QList<Annotation> annotations = store()->annotations(articleId).value_or({});
    // Where several coders annotated the article, the margin tells whose each passage is.
    QStringList coders;
    for (const Annotation &annotation : annotations)
        if (!coders.contains(annotation.coder))
            coders.append(annotation.coder);
    coders.sort();
    QList<TextHighlight> highlights;
    for (const Annotation &annotation : annotations) {
        if (annotation.orphaned)
            continue;
        QColor color = annotation.tagPaths.isEmpty() ? QColor(0xff, 0xe0, 0x66) : m_tagColors.value(annotation.tagPaths.first(), QColor(0xff, 0xe0, 0x66));
        color.setAlphaF(0.55f);
        QStringList tip;
        if (!annotation.tagPaths.isEmpty())
            tip << tr("Tags: %1").arg(annotation.tagPaths.join(u", "_s));
        if (!annotation.note.isEmpty())
            tip << tr("Note: %1").arg(annotation.note);
        if (!annotation.coder.isEmpty())
            tip << tr("Coder: %1").arg(annotation.coder);
        const QColor mark = coders.size() > 1 ? coderColor(int(coders.indexOf(annotation.coder))) : QColor();
        highlights.append({annotation.anchor.range, color, {}, tip.join(u'\n'), false, mark});
    }
    pane->setAnnotationHighlights(highlights);
}

void AnnotationWorkspace::showAnnotationList()
{
    const qint64 articleId = articleIdOf(m_lastPane);
    m_annotations->setAnnotations(articleId ? store()->annotations(articleId).value_or({}) : QList<Annotation>());
}

void AnnotationWorkspace::showAnnotationsOf(qint64 articleId)
{
    if (articleId == 0 || articleId == articleIdOf(m_lastPane))
        showAnnotationList();
    for (ArticlePane *pane : {m_left, m_right}) {
        if (articleId == 0 || articleId == articleIdOf(pane))
            showHighlights(pane);
    }
}

void AnnotationWorkspace::refresh()
{
    m_tagDock->showTags();
    updateTagColors();
    showHighlights(m_left);
    showHighlights(m_right);
    showAnnotationList();
}

qint64 AnnotationWorkspace::annotateSelection(const QStringList &tagPaths, const QString &note)
{
    const TextRange range = m_lastPane->selectedRange();
    const qint64 articleId = articleIdOf(m_lastPane);
    if (articleId == 0)
        return reportNoArticle();
    if (range.isEmpty()) {
        m_messages->showError(tr("Select a passage in an article first, then tag it or add a note."));
        return 0;
    }
    return m_library->annotate(articleId, range, tagPaths, note).value_or(0);
}

bool AnnotationWorkspace::deleteAnnotation(qint64 id, int seenVersion)
{
    return m_library->deleteAnnotation(id, seenVersion).has_value(); // a refusal is shown through failed()
}

bool AnnotationWorkspace::setNote(qint64 id, const QString &note, int seenVersion)
{
    return EditConflict::saveNote(m_window, *m_library, id, note, seenVersion);
}

bool AnnotationWorkspace::tagArticle(const QString &tagPath)
{
    const qint64 articleId = articleIdOf(m_lastPane);
    return articleId ? m_library->tagArticle(articleId, tagPath).has_value() : reportNoArticle();
}

bool AnnotationWorkspace::renameTag(qint64 id, const QString &name)
{
    if (m_library->renameTag(id, name))
        return true;
    m_tagDock->showTags(); // the tree shows the old name again
    return false;
}

bool AnnotationWorkspace::moveTag(qint64 id, qint64 newParentId)
{
    if (m_library->moveTag(id, newParentId))
        return true;
    m_tagDock->showTags(); // the tree shows the tag where it was
    return false;
}

bool AnnotationWorkspace::recolorTag(qint64 id, const QString &color)
{
    return m_library->recolorTag(id, color).has_value();
}

qint64 AnnotationWorkspace::createTag(const QString &path)
{
    return m_library->createTag(path).value_or(0);
}

bool AnnotationWorkspace::describeTag(qint64 id, const QString &description)
{
    return m_library->describeTag(id, description).has_value();
}

bool AnnotationWorkspace::deleteTag(qint64 id)
{
    return m_library->deleteTag(id).has_value();
}

bool AnnotationWorkspace::mergeTag(qint64 fromId, qint64 intoId)
{
    return m_library->mergeTag(fromId, intoId).has_value();
}

bool AnnotationWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (ArticlePane *pane : {m_left, m_right}) {
            if (watched == pane->textView() && m_lastPane != pane) {
                m_lastPane = pane;
                showAnnotationList();
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void AnnotationWorkspace::createAnnotationDock()
{
    auto *dock = new QDockWidget(tr("Annotations"), m_window);
    dock->setObjectName(u"annotationDock"_s);
    auto *filter = new QLineEdit(dock);
    filter->setObjectName(u"annotationFilter"_s);
    filter->setPlaceholderText(tr("Filter by passage, tag or note…"));
    filter->setClearButtonEnabled(true);
    filter->setToolTip(tr("Show only the annotations whose passage, tags or note contain this text"));
    m_annotationFilter->setSourceModel(m_annotations);
    connect(filter, &QLineEdit::textChanged, m_annotationFilter, &QSortFilterProxyModel::setFilterFixedString);
    m_coderChoice = new QComboBox(dock);
    m_coderChoice->setObjectName(u"annotationCoder"_s);
    m_coderChoice->setToolTip(tr("Show the annotations of one coder, or of everyone"));
    connect(m_coderChoice, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant coder = m_coderChoice->currentData();
        m_annotationFilter->setCoder(coder.isValid() ? std::optional(coder.toString()) : std::nullopt);
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_annotations, signal, this, &AnnotationWorkspace::updateCoderChoice);
    connect(m_annotations, &QAbstractItemModel::dataChanged, this, &AnnotationWorkspace::updateCoderChoice);
    m_annotationView = new QTableView(dock);
    m_annotationView->setObjectName(u"annotationView"_s);
    m_annotationView->setModel(m_annotationFilter);
    m_annotationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_annotationView->verticalHeader()->hide();
    // The dock is narrow: the columns share its width rather than hide behind a
    // horizontal scroll bar; the rows wrap, and each row's tooltip has the whole note.
    m_annotationView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_annotationView->setToolTip(tr("The annotations of the article last used: select one to see it; Delete removes it; Enter edits its note"));
    connect(m_annotationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_lastPane->reveal(m_annotations->annotation(m_annotationFilter->mapToSource(current).row()).anchor.range);
    });
    dock->setWidget(withLayout(dock, {filter, m_coderChoice, m_annotationView}));
    updateCoderChoice();
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
}

void AnnotationWorkspace::updateCoderChoice()
{
    const QStringList coders = m_annotations->coders();
    m_annotationView->setColumnHidden(AnnotationListModel::CoderColumn, coders.isEmpty() || coders == QStringList {QString()});
    m_coderChoice->setVisible(coders.size() > 1);
    const QVariant chosen = m_coderChoice->currentData();
    const QSignalBlocker quiet(m_coderChoice); // the filter changes below, once
    m_coderChoice->clear();
    m_coderChoice->addItem(tr("All coders"));
    for (const QString &coder : coders)
        m_coderChoice->addItem(coder.isEmpty() ? tr("(no coder recorded)") : coder, coder);
    const int kept = chosen.isValid() ? m_coderChoice->findData(chosen) : 0;
    m_coderChoice->setCurrentIndex(std::max(kept, 0));
    const QVariant coder = m_coderChoice->currentData();
    m_annotationFilter->setCoder(coder.isValid() ? std::optional(coder.toString()) : std::nullopt);
}

void AnnotationWorkspace::createActions()
{
    m_tagSelection = new QAction(ThemedIcon::named(u"tag"_s), tr("&Tag Selection…"), this);
    m_tagSelection->setShortcut(Qt::CTRL | Qt::Key_T);
    m_tagSelection->setToolTip(tr("Tag the selected passage, with completion from your tags (Ctrl+T)"));
    connect(m_tagSelection, &QAction::triggered, this, [this] {
        if (m_lastPane->selectedRange().isEmpty()) {
            annotateSelection({}, {}); // says what to do
            return;
        }
        QStringList paths;
        for (const Tag &tag : store()->tags().value_or({}))
            paths << tag.path;
        TagPicker picker(paths, m_window);
        if (picker.exec() == QDialog::Accepted && !picker.path().isEmpty())
            annotateSelection({picker.path()}, {});
    });

    m_addNote = new QAction(ThemedIcon::named(u"document-edit"_s), tr("Add &Note…"), this);
    m_addNote->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_addNote->setToolTip(tr("Write a note in Markdown on the selected passage (Ctrl+Shift+N)"));
    connect(m_addNote, &QAction::triggered, this, [this] {
        if (m_lastPane->selectedRange().isEmpty()) {
            annotateSelection({}, {}); // says what to do
            return;
        }
        NoteDialog dialog(m_lastPane->textView()->textCursor().selectedText(), {}, m_window);
        if (dialog.exec() == QDialog::Accepted && !dialog.note().isEmpty())
            annotateSelection({}, dialog.note());
    });

    m_tagArticle = new QAction(tr("Tag &Article…"), this);
    m_tagArticle->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_T);
    m_tagArticle->setToolTip(tr("Tag the whole article of the pane last used"));
    connect(m_tagArticle, &QAction::triggered, this, [this] {
        TagPicker picker({}, m_window);
        picker.setWindowTitle(tr("Tag Article"));
        if (picker.exec() == QDialog::Accepted && !picker.path().isEmpty())
            tagArticle(picker.path());
    });

    auto *editNote = new QAction(tr("&Edit Note…"), this);
    editNote->setShortcuts({Qt::Key_Return, Qt::Key_Enter});
    editNote->setShortcutContext(Qt::WidgetShortcut);
    editNote->setToolTip(tr("Edit the note of the selected annotation"));
    connect(editNote, &QAction::triggered, this, [this] {
        const QModelIndex current = m_annotationFilter->mapToSource(m_annotationView->currentIndex());
        if (!current.isValid())
            return;
        // A copy: another coder's edit may refresh the list while the dialog is open.
        const Annotation annotation = m_annotations->annotation(current.row());
        NoteDialog dialog(annotation.anchor.exact, annotation.note, m_window);
        if (dialog.exec() == QDialog::Accepted && dialog.note() != annotation.note)
            setNote(annotation.id, dialog.note(), annotation.rowVersion);
    });
    auto *deleteOne = new QAction(ThemedIcon::named(u"edit-delete"_s), tr("&Delete Annotation"), this);
    deleteOne->setShortcut(QKeySequence::Delete);
    deleteOne->setShortcutContext(Qt::WidgetShortcut);
    deleteOne->setToolTip(tr("Delete the selected annotation (undoable)"));
    connect(deleteOne, &QAction::triggered, this, [this] {
        const QModelIndex current = m_annotationFilter->mapToSource(m_annotationView->currentIndex());
        if (current.isValid())
            deleteAnnotation(m_annotations->annotation(current.row()).id, m_annotations->annotation(current.row()).rowVersion);
    });
    m_annotationView->addActions({editNote, deleteOne});
    m_annotationView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_editingActions = QList<QAction *> {m_tagSelection, m_addNote, m_tagArticle, editNote, deleteOne} + m_tagDock->editingActions();
}

void AnnotationWorkspace::addActionsTo(QMenu *editMenu, QMenu *viewMenu)
{
    QAction *undo = undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setIcon(ThemedIcon::named(u"edit-undo"_s));
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Undo the last change to your tags and annotations (Ctrl+Z)"));
    QAction *redo = undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setIcon(ThemedIcon::named(u"edit-redo"_s));
    // The platform's redo keys, and both that users of other desktops expect. A key
    // listed twice makes Qt call the shortcut ambiguous and do nothing on that key.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &expected : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(expected))
            redoKeys.append(expected);
    }
    redo->setShortcuts(redoKeys);
    redo->setToolTip(tr("Redo the change just undone (Ctrl+Shift+Z or Ctrl+Y)"));
    QAction *first = editMenu->actions().value(0);
    editMenu->insertActions(first, {undo, redo});
    editMenu->insertSeparator(first);
    editMenu->addSeparator();
    editMenu->addActions({m_tagSelection, m_addNote, m_tagArticle, m_searchDock->searchAction()});
    for (const char *name : {"tagDock", "annotationDock", "searchDock"}) {
        QAction *toggle = m_window->findChild<QDockWidget *>(QLatin1String(name))->toggleViewAction();
        toggle->setToolTip(tr("Show or hide the %1 panel").arg(toggle->text()));
        viewMenu->addAction(toggle);
    }
}

} // namespace Parallax
