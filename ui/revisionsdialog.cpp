// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "revisionsdialog.h"

#include <core/compare/revisionsummary.h>

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

RevisionsDialog::RevisionsDialog(const QList<StoredArticle> &revisions, const QList<std::optional<WebSnapshot>> &snapshots, QWidget *parent)
    : QDialog(parent)
    , m_revisions(revisions)
    , m_list(new QTreeWidget(this))
    , m_compare(new QPushButton(tr("&Compare with Previous"), this))
{
    setWindowTitle(tr("Revisions of %1").arg(revisions.isEmpty() ? QString() : revisions.constLast().document.metadata.title));
    auto *layout = new QVBoxLayout(this);
    const QString address = !snapshots.isEmpty() && snapshots.constLast() ? snapshots.constLast()->finalUrl : QString();
    auto *source = new QLabel(address.isEmpty() ? tr("Each time the source was read, oldest first.")
                                                : tr("Each time %1 was read and its article had changed, oldest first.").arg(address),
        this);
    source->setWordWrap(true);
    source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(source);

    m_list->setObjectName(u"revisionList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Revision"), tr("Came"), tr("What changed")});
    m_list->header()->setStretchLastSection(true);
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        const StoredArticle &revision = revisions.at(i);
        const std::optional<WebSnapshot> &snapshot = snapshots.value(i);
        const QDateTime came = snapshot ? snapshot->fetched : revision.imported;
        const QString summary = i == 0 ? tr("first version") : RevisionSummary::between(revisions.at(i - 1).document, revision.document);
        auto *item = new QTreeWidgetItem(m_list, {QString::number(revision.revision), QLocale().toString(came.toLocalTime(), QLocale::ShortFormat), summary});
        item->setToolTip(2, summary);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    layout->addWidget(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_compare, QDialogButtonBox::AcceptRole);
    m_compare->setToolTip(tr("Open this revision beside the one before it: the engine's claims become the report of the edit"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 1)
            return;
        m_chosen = std::pair {m_revisions.at(row - 1), m_revisions.at(row)};
        accept();
    });
    const auto updateCompare = [this] {
        m_compare->setEnabled(m_list->indexOfTopLevelItem(m_list->currentItem()) >= 1);
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, updateCompare);
    connect(m_list, &QTreeWidget::itemActivated, m_compare, &QPushButton::click);
    // The latest edit is the one to look at first.
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    updateCompare();
    m_list->setFocus();
    resize(720, 360);
}

} // namespace Parallax
