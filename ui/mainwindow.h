// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "discrepancydock.h"
#include "settingsdialog.h"

#include <core/compare/comparison.h>
#include <core/document/comparisondocument.h>
#include <core/document/librarydocument.h>
#include <core/exchange/folderimport.h>
#include <core/import/importformats.h>
#include <core/text/document.h>

#include <QList>
#include <QMainWindow>

#include <optional>

class QProgressBar;

namespace Parallax
{

class AnnotationWorkspace;
class ArticlePane;
class Store;
class ClaimReviewer;
class ClaimTableModel;
class ComparisonSplitter;
class DocumentListModel;
class FindBar;
class LibraryDock;
class LibraryExchange;
class LinkMap;
class MessageBar;
class PassagePinner;
class TeamLibraryConnector;
class WebOpener;
class RecentFiles;
class ArticleOpener;
class ScrollSynchronizer;
class SourceHistory;

/**
 * The main window: two article panes side by side in a splitter, a library dock listing
 * the articles to choose from, and a discrepancy dock with the claims of the comparison
 * of the two shown articles, which runs off the GUI thread whenever the pair changes.
 * Window geometry, dock layout, splitter sizes and the articles shown are remembered
 * between sessions (Settings).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// FORMATS: what Open, Import Folder and a drop read (PdfImport adds PDF).
    explicit MainWindow(const ImportFormats &formats, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows these articles in the library. The panes show the pair shown last time,
    /// or the first two articles.
    void setArticles(const QList<Document> &articles);
    /// The library where annotations are kept (not owned; null: none).
    void setStore(Store *store);
    AnnotationWorkspace *workspace() const { return m_workspace; }
    /// Pages from the web: opened, checked, and checked on a schedule.
    WebOpener *webOpener() const { return m_web; }

    /// Imports the annotations of a W3C Web Annotation or REFI-QDA file into the library
    /// and says what came in and what was left out.
    void importAnnotationsFrom(const QString &path);
    /// Imports the articles under FOLDER into the library, with a progress dialog that
    /// can cancel; the summary and what was skipped go to the status and message bars.
    FolderImportReport importFolderFrom(const QString &folder);

    /// Names in the message bar the files that could not be read, e.g. from the corpus.
    void showProblems(const QStringList &problems);

    ArticlePane *leftPane() const { return m_leftPane; }
    ArticlePane *rightPane() const { return m_rightPane; }
    DocumentListModel *articles() const { return m_articles; }
    ClaimTableModel *claims() const { return m_claims; }
    /// Whether a comparison is running in the background.
    bool isComparing() const { return m_comparison->isComparing(); }

    /// Reads files through core on a worker thread and shows them: the first in the left
    /// pane (or in TARGET), the second in the other. A slow read shows progress and
    /// can be cancelled. Files that cannot be read are named in the message bar; the
    /// rest still open. filesOpened() follows.
    void openFiles(const QStringList &paths, ArticlePane *target = nullptr);
    /// Whether files are being read for openFiles().
    bool isOpeningFiles() const;
    /// Shows the right article on the left and the left one on the right.
    void swapSides();
    MessageBar *messageBar() const { return m_messageBar; }

    ClaimReviewer *reviewer() const { return m_reviewer; }

    LinkMap *linkMap() const;
    FindBar *findBar() const { return m_findBar; }
    TeamLibraryConnector *teamLibrary() const { return m_teamLibrary; }
    ScrollSynchronizer *scrollSynchronizer() const { return m_scrollSync; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    /// The comparison shown, if any.
    const std::optional<ComparisonResult> &comparison() const { return m_comparison->result(); }

    /// Passages pinned as matching: Edit > Pin Selected Passages and the like.
    PassagePinner *pinner() const { return m_pinner; }
    const QList<PinnedPassage> &pins() const { return m_comparison->pins(); }
    /// The table of claims, with its filter.
    DiscrepancyDock *discrepancies() const { return m_discrepancies; }

    /// Applies the font, colors and scrolling the user chose, and remembers them.
    void applyViewSettings(const ViewSettings &settings);

Q_SIGNALS:
    /// The comparison of the shown pair is done and its claims are in claims().
    void comparisonFinished();
    /// The files of one openFiles() call are shown, or named as unreadable.
    void filesOpened();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void startComparison();
    void showComparison();
    void revealClaim(int claimIndex);
    void restoreShownArticles();
    /// Lists the library's articles again (their texts are read when shown), after
    /// changes made to it outside the document, such as an import.
    void listStoredArticles();
    ArticlePane *focusedPane() const;
    void readSettings();
    void writeSettings() const;

    const ImportFormats m_formats;
    LibraryDocument *m_libraryDocument; ///< the library edited, with its undo history
    DocumentListModel *m_articles;
    LibraryDock *m_libraryDock = nullptr;
    MessageBar *m_messageBar;
    ComparisonSplitter *m_splitter;
    ArticlePane *m_leftPane;
    ArticlePane *m_rightPane;
    ClaimTableModel *m_claims;
    DiscrepancyDock *m_discrepancies;
    QProgressBar *m_busy;
    FindBar *m_findBar;
    ScrollSynchronizer *m_scrollSync;
    RecentFiles *m_recentFiles = nullptr;
    ArticleOpener *m_opener;
    AnnotationWorkspace *m_workspace = nullptr;
    ClaimReviewer *m_reviewer = nullptr;
    TeamLibraryConnector *m_teamLibrary = nullptr;
    LibraryExchange *m_exchange = nullptr;
    SourceHistory *m_history = nullptr; ///< the sources' revisions, and which changed unseen
    WebOpener *m_web = nullptr; ///< pages fetched from the web, and checked for changes
    PassagePinner *m_pinner = nullptr;
    ViewSettings m_viewSettings;
    ArticlePane *m_lastFocusedPane;
    ComparisonDocument *m_comparison; ///< the pair shown and what its comparison found
};

} // namespace Parallax
