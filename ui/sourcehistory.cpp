// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "sourcehistory.h"

#include "annotationworkspace.h"
#include "articlepane.h"
#include "documentlistmodel.h"
#include "messagebar.h"
#include "revisionsdialog.h"
#include "themedicon.h"

#include <core/library/store.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMainWindow>
#include <QSaveFile>
#include <QSet>
#include <QStatusBar>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Parallax
{

SourceHistory::SourceHistory(QMainWindow *window,
    AnnotationWorkspace *workspace,
    ArticlePane *left,
    ArticlePane *right,
    DocumentListModel *articles,
    MessageBar *messages,
    std::function<ArticlePane *()> focusedPane)
    : QObject(window)
    , m_window(window)
    , m_workspace(workspace)
    , m_left(left)
    , m_right(right)
    , m_articles(articles)
    , m_messages(messages)
    , m_focusedPane(std::move(focusedPane))
    , m_revisions(new QAction(ThemedIcon::named(u"view-history"_s), tr("&Revisions…"), this))
    , m_savePage(new QAction(ThemedIcon::named(u"document-save-as"_s), tr("&Save Page as Received…"), this))
{
    m_revisions->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_revisions->setToolTip(tr("The revisions of the focused article's source, with what changed in each; compare any with the one before it"));
    connect(m_revisions, &QAction::triggered, this, &SourceHistory::showRevisions);
    m_savePage->setToolTip(tr("Save the web page the focused article was read from, byte for byte as the server sent it"));
    connect(m_savePage, &QAction::triggered, this, &SourceHistory::savePageAsReceived);
    // A source that changed since the user last looked is looked at now.
    for (ArticlePane *pane : {m_left, m_right}) {
        connect(pane, &ArticlePane::currentRowChanged, this, [this, pane] {
            if (!m_articles->isChanged(pane->currentRow()))
                return;
            if (const qint64 id = m_workspace->articleIdOf(pane); id != 0 && m_workspace->store()->markSeen(id))
                showChangedSources();
        });
    }
}

QList<QAction *> SourceHistory::actions() const
{
    return {m_revisions, m_savePage};
}

void SourceHistory::showNewRevision(const QString &path)
{
    const int row = m_articles->rowOfPath(path);
    for (ArticlePane *pane : {m_left, m_right}) {
        if (row >= 0 && pane->currentRow() == row) {
            pane->setCurrentRow(-1);
            pane->setCurrentRow(row);
        }
    }
}

void SourceHistory::showRevisions()
{
    ArticlePane *pane = m_focusedPane();
    const qint64 articleId = focusedArticleId();
    if (articleId == 0)
        return;
    Store *store = m_workspace->store();
    QList<StoredArticle> revisions;
    QList<std::optional<WebSnapshot>> snapshots;
    for (const qint64 id : store->revisions(articleId).value_or({})) {
        if (const StoreResult<StoredArticle> revision = store->article(id)) {
            revisions << *revision;
            snapshots << toOptional(store->snapshot(id, Store::SnapshotBytes::LeftOut));
        }
    }
    if (revisions.size() < 2) {
        m_messages->showWarning(tr("“%1” has one revision: it has not changed since it was first read.").arg(pane->document().metadata.title));
        return;
    }
    RevisionsDialog dialog(revisions, snapshots, m_window);
    const std::optional<std::pair<StoredArticle, StoredArticle>> chosen = dialog.exec() == QDialog::Accepted ? dialog.chosenPair() : std::nullopt;
    if (!chosen)
        return;
    // Each revision gets a row of its own: the rows of one source share its address.
    const auto rowOf = [this](const StoredArticle &revision) {
        if (const int listed = m_articles->rowOfArticle(revision.id); listed >= 0)
            return listed;
        Document document = revision.document;
        document.path += u"@%1"_s.arg(revision.revision);
        document.metadata.title = tr("%1 (revision %2)").arg(document.metadata.title).arg(revision.revision);
        return m_articles->addArticle(revision.id, document);
    };
    const auto &[older, newer] = *chosen;
    m_left->setCurrentRow(rowOf(older));
    m_right->setCurrentRow(rowOf(newer));
}
void SourceHistory::savePageAsReceived()
{
    ArticlePane *pane = m_focusedPane();
    const qint64 articleId = focusedArticleId();
    const std::optional<WebSnapshot> snapshot = articleId ? toOptional(m_workspace->store()->snapshot(articleId)) : std::nullopt;
    if (!snapshot) {
        m_messages->showWarning(tr("“%1” was not read from the web: there is no page to save.").arg(pane->document().metadata.title));
        return;
    }
    const QString name = QUrl(snapshot->finalUrl).fileName().isEmpty() ? u"page.html"_s : QUrl(snapshot->finalUrl).fileName();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Page as Received"), name);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(snapshot->bytes) != snapshot->bytes.size() || !file.commit())
        m_messages->showError(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    else
        m_window->statusBar()->showMessage(tr("Saved %1 as it was received on %2")
                                               .arg(QDir::toNativeSeparators(path), QLocale().toString(snapshot->fetched.toLocalTime(), QLocale::ShortFormat)),
            5000);
}
void SourceHistory::showChangedSources()
{
    Store *store = m_workspace->store();
    QSet<QString> paths;
    for (const qint64 id : store->unseenRevisions().value_or({})) {
        if (const StoreResult<StoredArticle> article = store->article(id))
            paths.insert(article->document.path);
    }
    m_articles->setChangedPaths(paths);
}
qint64 SourceHistory::focusedArticleId() const
{
    ArticlePane *pane = m_focusedPane();
    return pane->currentRow() < 0 ? 0 : m_workspace->articleIdOf(pane);
}

} // namespace Parallax
