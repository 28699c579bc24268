// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace Parallax
{

/**
 * The revisions of a source, oldest first: when each came (fetched from the web, or
 * imported) and, in a line, what changed from the one before ("deaths At least 5 → At
 * least 24; 1 paragraph added"). Compare opens the chosen revision beside the one
 * before it.
 */
class RevisionsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// REVISIONS: the source's revisions, oldest first, with their texts.
    RevisionsDialog(const QList<StoredArticle> &revisions, const QList<std::optional<WebSnapshot>> &snapshots, QWidget *parent = nullptr);

    /// The revisions chosen for comparison (older, newer), once Compare was pressed.
    std::optional<std::pair<StoredArticle, StoredArticle>> chosenPair() const { return m_chosen; }

private:
    QList<StoredArticle> m_revisions;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    std::optional<std::pair<StoredArticle, StoredArticle>> m_chosen;
};

} // namespace Parallax
