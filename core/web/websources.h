// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "pagefetcher.h"
#include "robotspolicy.h"

#include <core/import/importformats.h>
#include <core/library/store.h>

#include <QList>
#include <QObject>

#include <functional>

namespace Parallax
{

/// What fetching a page, or checking it again, did to the library.
struct WebUpdate {
    enum class Kind {
        Added, ///< a page not in the library before
        Unchanged, ///< the server said so (304), or its article reads as before
        NewRevision, ///< its article changed: a new revision, the annotations moved to it
    };
    qint64 articleId = 0; ///< the latest revision after the fetch
    Kind kind = Kind::Added;
    int reanchored = 0; ///< annotations moved to the new revision
    int orphaned = 0; ///< of those, the ones whose passage was not found
};

/**
 * Sources read from the web: a page fetched is kept as it was received (a WebSnapshot
 * for each revision) and read with the reader view, as a saved page is; checking it
 * again asks the server whether it changed, and a changed article becomes the source's
 * next revision, the annotations moved to it (Store::importDocument).
 */
class WebSources final : public QObject
{
    Q_OBJECT

public:
    /// At most this many pages are fetched at once when sources are checked.
    static constexpr int MaximumParallelFetches = 8;

    WebSources(Store &store, const ImportFormats &formats, QObject *parent = nullptr);

    PageFetcher &fetcher() { return m_fetcher; }

    using Done = std::function<void(const Expected<WebUpdate> &)>;

    /// Fetches URL into the library. Returns the fetch, for PageFetcher::cancel().
    QNetworkReply *add(const QUrl &url, Done done, PageFetcher::Progress progress = {});
    /// Who a check is for. A check the user asks for fetches what they asked for; a
    /// check on a schedule is a robot's, and fetches only what the site's robots.txt
    /// allows (a page it disallows fails the check, saying so).
    enum class CheckMode { AskedByUser, OnSchedule };

    /// Asks for each of ARTICLES' pages whether it changed (a conditional request with
    /// the validators kept), at most MaximumParallelFetches at once; EACH is called for
    /// every article, then FINISHED once.
    void check(const QList<qint64> &articles,
        std::function<void(qint64 article, const Expected<WebUpdate> &)> each,
        std::function<void()> finished,
        CheckMode mode = CheckMode::AskedByUser);

    /// The document a snapshot's bytes read as: the same every time they are read.
    static ImportResult read(const ImportFormats &formats, const WebSnapshot &snapshot);

private:
    Expected<WebUpdate> keep(const Expected<FetchedPage> &fetched, std::optional<qint64> checkedArticle);
    struct CheckRun;
    void startNextCheck(const std::shared_ptr<CheckRun> &run);
    void finishCheck(const std::shared_ptr<CheckRun> &run, qint64 article, const Expected<WebUpdate> &update);

    Store &m_store;
    const ImportFormats &m_formats;
    PageFetcher m_fetcher;
    RobotsPolicy m_robots {m_fetcher}; ///< each site's robots.txt read once
    std::shared_ptr<CheckRun> m_checks;
};

} // namespace Parallax
