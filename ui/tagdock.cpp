// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "tagdock.h"

#include "editconflict.h"
#include "itemroles.h"
#include "tagtreemodel.h"
#include "themedicon.h"

#include <core/document/librarydocument.h>

#include <QAction>
#include <QColorDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Parallax
{

TagDock::TagDock(LibraryDocument *library, QWidget *parent)
    : QDockWidget(tr("Tags"), parent)
    , m_library(library)
    , m_model(new TagTreeModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"tagDock"_s);
    m_view->setObjectName(u"tagView"_s);
    m_view->setModel(m_model);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::CountColumn, QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click a tag to apply it to the selected passage; drag to move it; F2 to rename"));
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT tagActivated(index.siblingAtColumn(TagTreeModel::NameColumn).data(TagPathRole).toString());
    });
    // A rename or move the library refuses puts the tree back as it was.
    connect(m_model, &TagTreeModel::renameRequested, this, [this](qint64 id, const QString &name) {
        if (!m_library->renameTag(id, name))
            showTags();
    });
    connect(m_model, &TagTreeModel::moveRequested, this, [this](qint64 id, qint64 newParentId) {
        if (!m_library->moveTag(id, newParentId))
            showTags();
    });
    connect(m_library, &LibraryDocument::tagsChanged, this, &TagDock::showTags);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    setWidget(m_view);
    createActions();
}

void TagDock::showTags()
{
    Store *store = m_library->store();
    const StoreResult<QList<Tag>> tags = store->tags();
    if (!tags)
        Q_EMIT m_library->failed(tags.error().message);
    m_model->setTags(tags.value_or({}));
    m_view->expandAll(); // new tags too
}

qint64 TagDock::currentTag() const
{
    return TagTreeModel::tagId(m_view->currentIndex());
}

bool TagDock::saveTagProperty(qint64 id, int seenVersion, const QString &value, TagEdit edit, QString Tag::*property)
{
    return EditConflict::save(
        window(),
        seenVersion,
        value,
        [&](int seen) {
            return (m_library->*edit)(id, value, seen);
        },
        [&]() -> std::optional<EditConflict::Current> {
            const auto now = m_library->store()->tag(id);
            return now ? std::optional(EditConflict::Current {(*now).*property, now->rowVersion}) : std::nullopt;
        });
}

void TagDock::createActions()
{
    auto *newTag = new QAction(ThemedIcon::named(u"list-add"_s), tr("&New Tag…"), this);
    newTag->setToolTip(tr("Add a tag; \"/\" makes it a sub-tag, as in Economy/GDP"));
    connect(newTag, &QAction::triggered, this, [this] {
        bool entered = false;
        const QString selected = m_view->currentIndex().siblingAtColumn(TagTreeModel::NameColumn).data(TagPathRole).toString();
        const QString path
            = QInputDialog::getText(window(), tr("New Tag"), tr("Tag:"), QLineEdit::Normal, selected.isEmpty() ? QString() : selected + u'/', &entered);
        if (entered && !path.trimmed().isEmpty())
            static_cast<void>(m_library->createTag(path)); // a refusal is shown through failed()
    });
    auto *describe = new QAction(tr("De&scribe…"), this);
    describe->setToolTip(tr("Write what the selected tag means, for you and your team"));
    connect(describe, &QAction::triggered, this, [this] {
        const qint64 id = currentTag();
        const std::optional<Tag> tag = id ? toOptional(m_library->store()->tag(id)) : std::nullopt;
        if (!tag)
            return;
        bool entered = false;
        const QString text = QInputDialog::getMultiLineText(window(), tr("Describe Tag"), tr("What “%1” means:").arg(tag->path), tag->description, &entered);
        if (entered && text != tag->description)
            saveTagProperty(id, tag->rowVersion, text, &LibraryDocument::describeTag, &Tag::description);
    });
    auto *recolor = new QAction(tr("&Color…"), this);
    recolor->setToolTip(tr("Choose the color of the selected tag"));
    connect(recolor, &QAction::triggered, this, [this] {
        const qint64 id = currentTag();
        const std::optional<Tag> tag = id ? toOptional(m_library->store()->tag(id)) : std::nullopt;
        if (!tag)
            return;
        const QColor chosen = QColorDialog::getColor(QColor::fromString(tag->color), window(), tr("Color of %1").arg(tag->path));
        if (chosen.isValid())
            saveTagProperty(id, tag->rowVersion, chosen.name(), &LibraryDocument::recolorTag, &Tag::color);
    });
    auto *removeTag = new QAction(ThemedIcon::named(u"edit-delete"_s), tr("&Delete Tag…"), this);
    removeTag->setToolTip(tr("Delete the selected tag and its sub-tags; the passages stay"));
    connect(removeTag, &QAction::triggered, this, [this] {
        const qint64 id = currentTag();
        const std::optional<Tag> tag = id ? toOptional(m_library->store()->tag(id)) : std::nullopt;
        if (!tag)
            return;
        const auto answer = QMessageBox::question(window(),
            tr("Delete Tag"),
            tr("Delete the tag “%1”, its sub-tags, and their %n use(s)? The passages and notes stay. You can undo this.", nullptr, tag->annotationCount)
                .arg(tag->path));
        if (answer == QMessageBox::Yes)
            static_cast<void>(m_library->deleteTag(id)); // a refusal is shown through failed()
    });
    auto *merge = new QAction(tr("&Merge Into…"), this);
    merge->setToolTip(tr("Give the selected tag's uses and sub-tags to another tag, and remove it"));
    connect(merge, &QAction::triggered, this, [this] {
        const qint64 id = currentTag();
        Store *store = m_library->store();
        if (!id)
            return;
        QStringList others;
        for (const Tag &tag : store->tags().value_or({})) {
            if (tag.id != id)
                others << tag.path;
        }
        bool chosen = false;
        const QString into = QInputDialog::getItem(window(), tr("Merge Tag"), tr("Merge into:"), others, 0, false, &chosen);
        const std::optional<qint64> intoId = chosen ? toOptional(store->tagIdForPath(into)) : std::nullopt;
        if (intoId)
            static_cast<void>(m_library->mergeTag(id, *intoId)); // a refusal is shown through failed()
    });
    m_view->addActions({newTag, describe, recolor, merge, removeTag});
    m_editingActions = {newTag, describe, recolor, merge, removeTag};
}

} // namespace Parallax
