// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "searchdock.h"

#include "articlepane.h"
#include "documentlistmodel.h"
#include "itemroles.h"
#include "themedicon.h"

#include <core/document/librarydocument.h>

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

SearchDock::SearchDock(LibraryDocument *library, DocumentListModel *articles, ArticlePane *target, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_library(library)
    , m_articles(articles)
    , m_target(target)
    , m_field(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_delay(new QTimer(this))
    , m_searchAction(new QAction(ThemedIcon::named(u"edit-find"_s), tr("&Search Library…"), this))
{
    setObjectName(u"searchDock"_s);
    m_field->setObjectName(u"searchField"_s);
    m_field->setPlaceholderText(tr("Search all articles and notes…"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Words to find in every article and note of the library; end a word with * for its prefix"));
    m_results->setObjectName(u"searchResults"_s);
    m_results->setToolTip(tr("Click a result to open the article there"));
    m_delay->setSingleShot(true);
    m_delay->setInterval(200); // search once the user pauses typing
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] {
        search(m_field->text());
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        search(m_field->text());
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openHit(m_results->row(item));
    });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        openHit(m_results->row(item));
    });
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_results);
    setWidget(content);

    m_searchAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_searchAction->setToolTip(tr("Search every article and note of the library (Ctrl+Shift+F)"));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        show();
        raise();
        m_field->setFocus();
        m_field->selectAll();
    });
}

void SearchDock::search(const QString &words)
{
    m_results->clear();
    Store *store = m_library->store();
    if (words.trimmed().isEmpty())
        return;
    const StoreResult<QList<SearchHit>> hits = store->search(words);
    if (!hits) {
        Q_EMIT m_library->failed(hits.error().message);
        return;
    }
    for (const SearchHit &hit : *hits) {
        const QString where = hit.kind == SearchHit::Kind::Note ? tr("note on %1").arg(hit.title) : hit.title;
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(where, hit.context), m_results);
        item->setData(SearchArticleRole, hit.articleId);
        item->setData(SearchWordsRole, words);
        if (hit.kind == SearchHit::Kind::Note)
            item->setData(SearchAnnotationRole, hit.annotationId);
        item->setToolTip(tr("Open %1").arg(hit.title));
    }
    if (m_results->count() == 0)
        new QListWidgetItem(tr("Nothing found for “%1”").arg(words), m_results);
}

void SearchDock::openHit(int row)
{
    const QListWidgetItem *item = m_results->item(row);
    Store *store = m_library->store();
    if (!item || !item->data(SearchArticleRole).isValid())
        return;
    const auto article = store->article(item->data(SearchArticleRole).toLongLong());
    if (!article) {
        Q_EMIT m_library->failed(article.error().message);
        return;
    }
    m_target->setCurrentRow(m_articles->addArticle(article->id, article->document));
    // A note opens at its passage; an article at the first word searched for.
    if (const auto annotation = store->annotation(item->data(SearchAnnotationRole).toLongLong()); annotation && !annotation->orphaned) {
        m_target->reveal(annotation->anchor.range);
        return;
    }
    const QString word = item->data(SearchWordsRole).toString().split(u' ', Qt::SkipEmptyParts).value(0).remove(u'*');
    const qsizetype at = article->document.text.indexOf(word, 0, Qt::CaseInsensitive);
    if (at >= 0)
        m_target->reveal({at, at + word.size()});
}

} // namespace Parallax
