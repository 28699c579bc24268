// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "mainwindow.h"

#include "annotationworkspace.h"
#include "articleopener.h"
#include "articlepane.h"
#include "claimreviewer.h"
#include "claimtablemodel.h"
#include "comparisonpainter.h"
#include "discrepancydock.h"
#include "documentlistmodel.h"
#include "findbar.h"
#include "librarydock.h"
#include "libraryexchange.h"
#include "linkmap.h"
#include "messagebar.h"
#include "passagepinner.h"
#include "recentfiles.h"
#include "scrollsync.h"
#include "sourcehistory.h"
#include "teamlibraryconnector.h"
#include "theme.h"
#include "themedicon.h"
#include "webopener.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Parallax
{

MainWindow::MainWindow(const ImportFormats &formats, QWidget *parent)
    : QMainWindow(parent)
    , m_formats(formats)
    , m_libraryDocument(new LibraryDocument(this))
    , m_articles(new DocumentListModel(m_libraryDocument, this))
    , m_messageBar(new MessageBar(this))
    , m_splitter(new ComparisonSplitter(this))
    , m_leftPane(new ArticlePane(m_articles, tr("left"), m_splitter))
    , m_rightPane(new ArticlePane(m_articles, tr("right"), m_splitter))
    , m_claims(new ClaimTableModel(this))
    , m_discrepancies(new DiscrepancyDock(m_claims, this))
    , m_busy(new QProgressBar(this))
    , m_findBar(new FindBar(this))
    , m_scrollSync(new ScrollSynchronizer(m_leftPane->textView(), m_rightPane->textView(), this))
    , m_opener(new ArticleOpener(this, formats, m_articles, m_leftPane, m_rightPane, m_messageBar))
    , m_viewSettings(Settings().view())
    , m_lastFocusedPane(m_leftPane)
    , m_comparison(new ComparisonDocument(m_libraryDocument, this))
{
    setWindowTitle(tr("Parallax"));
    setWindowIcon(QIcon::fromTheme(u"org.parallax.Parallax"_s, QIcon(u":/org/parallax/icons/parallax.svg"_s)));

    m_leftPane->setObjectName(u"leftPane"_s);
    m_rightPane->setObjectName(u"rightPane"_s);
    m_splitter->setPanes(m_leftPane, m_rightPane);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_findBar);
    setCentralWidget(central);
    setAcceptDrops(true);

    m_busy->setRange(0, 0); // busy, while a comparison runs in the background
    m_busy->setMaximumWidth(120);
    m_busy->setToolTip(tr("Comparing the two articles…"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    connect(m_comparison, &ComparisonDocument::busyChanged, m_busy, &QProgressBar::setVisible);
    connect(m_comparison, &ComparisonDocument::comparisonChanged, this, &MainWindow::showComparison);

    m_libraryDock = new LibraryDock(m_articles, m_leftPane, m_rightPane, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_libraryDock);
    // The panes are what the window is for; the library starts as a short strip below them.
    resizeDocks({m_libraryDock}, {170}, Qt::Vertical);
    connect(m_discrepancies, &DiscrepancyDock::claimSelected, this, &MainWindow::revealClaim);
    addDockWidget(Qt::BottomDockWidgetArea, m_discrepancies);
    tabifyDockWidget(m_libraryDock, m_discrepancies);
    m_discrepancies->raise();
    m_workspace = new AnnotationWorkspace(this, m_libraryDocument, m_leftPane, m_rightPane, m_articles, m_messageBar);
    m_reviewer = new ClaimReviewer(m_claims, m_libraryDocument, m_workspace, m_leftPane, m_rightPane, this);
    m_pinner = new PassagePinner(m_libraryDocument, m_comparison, m_leftPane, m_rightPane, m_messageBar, this);
    // The pair compared is the two articles shown, by their ids in the library.
    connect(m_workspace, &AnnotationWorkspace::shownArticlesChanged, this, &MainWindow::startComparison);
    m_teamLibrary = new TeamLibraryConnector(this, m_messageBar, std::bind_front(&MainWindow::setStore, this));
    m_exchange = new LibraryExchange(this, m_formats, m_workspace, m_leftPane, m_rightPane, std::bind_front(&MainWindow::focusedPane, this), m_messageBar);
    connect(m_exchange, &LibraryExchange::imported, this, [this] {
        m_workspace->refresh();
        listStoredArticles();
    });
    connect(m_opener, &ArticleOpener::filesOpened, this, &MainWindow::filesOpened);
    m_history = new SourceHistory(this, m_workspace, m_leftPane, m_rightPane, m_articles, m_messageBar, std::bind_front(&MainWindow::focusedPane, this));
    m_web = new WebOpener(this,
        m_formats,
        std::bind_front(&AnnotationWorkspace::store, m_workspace),
        std::bind_front(&MainWindow::focusedPane, this),
        std::bind_front(&SourceHistory::focusedArticleId, m_history),
        m_articles,
        m_messageBar);
    m_opener->setWebOpener(std::bind_front(&WebOpener::open, m_web));
    connect(m_web, &WebOpener::libraryChanged, this, [this] {
        m_workspace->refresh();
        listStoredArticles();
    });
    connect(m_web, &WebOpener::revised, m_history, &SourceHistory::showNewRevision);
    createActions();
    readSettings();
    applyViewSettings(m_viewSettings);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (ArticlePane *pane : {m_leftPane, m_rightPane}) {
            if (now && pane->isAncestorOf(now))
                m_lastFocusedPane = pane;
        }
    });

    // The window is named after the pair it shows.
    const auto title = [](const ArticlePane *pane) {
        return pane->currentRow() < 0 ? QString() : pane->document().metadata.title.left(40);
    };
    for (ArticlePane *pane : {m_leftPane, m_rightPane}) {
        connect(pane, &ArticlePane::currentRowChanged, this, [this, title] {
            setWindowTitle(m_leftPane->currentRow() < 0 ? tr("Parallax") : tr("%1 ↔ %2 — Parallax").arg(title(m_leftPane), title(m_rightPane)));
        });
    }
}

MainWindow::~MainWindow()
{
    // ~QWidget still moves the focus, after this object's own part is gone.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void MainWindow::setArticles(const QList<Document> &articles)
{
    m_articles->setDocuments(articles);
    restoreShownArticles();
    statusBar()->showMessage(tr("Articles in the library: %1").arg(m_articles->rowCount()));
}

void MainWindow::setStore(Store *store)
{
    m_web->stopForLibraryChange();
    m_libraryDocument->setStore(store);
    // The user's work is recorded under their name, in whichever library it goes to.
    m_workspace->store()->setCoder(Settings().coderName());
    if (m_libraryDocument->isScratch())
        m_messageBar->showWarning(tr("No library is open: your tags, notes and pins are kept only until Parallax closes."));
    m_history->showChangedSources(); // the list shows this library's articles now
}

void MainWindow::listStoredArticles()
{
    m_articles->listLibrary();
    m_history->showChangedSources();
}

void MainWindow::importAnnotationsFrom(const QString &path)
{
    m_exchange->importAnnotationsFrom(path);
}

FolderImportReport MainWindow::importFolderFrom(const QString &folder)
{
    return m_exchange->importFolderFrom(folder);
}

void MainWindow::showProblems(const QStringList &problems)
{
    if (!problems.isEmpty())
        m_messageBar->showError(tr("Some files could not be read: %1").arg(problems.join(u"; "_s)));
}

void MainWindow::startComparison()
{
    m_comparison->setPair(m_workspace->articleIdOf(m_leftPane), m_workspace->articleIdOf(m_rightPane));
}

void MainWindow::showComparison()
{
    const ComparisonPainter painter(m_leftPane, m_rightPane, linkMap(), m_scrollSync);
    if (!m_comparison->result()) {
        m_claims->setClaims({});
        painter.show(nullptr, {});
        return;
    }
    const ComparisonResult &result = *m_comparison->result();
    painter.show(&result, m_comparison->worstClaims());
    m_claims->setClaims(result.claims);
    m_reviewer->reload();
    const qsizetype conflicts = std::count_if(result.claims.cbegin(), result.claims.cend(), [](const Claim &claim) {
        return claim.status == ClaimStatus::Conflict;
    });
    statusBar()->showMessage(tr("%1 claims, %2 conflicts, %3 aligned passages%4")
            .arg(result.claims.size())
            .arg(conflicts)
            .arg(result.alignments.size())
            .arg(pins().isEmpty() ? QString() : tr(", %n pinned", nullptr, int(pins().size()))));
    Q_EMIT comparisonFinished();
}

LinkMap *MainWindow::linkMap() const
{
    return m_splitter->linkMap();
}

void MainWindow::revealClaim(int claimIndex)
{
    if (claimIndex < 0 || claimIndex >= m_claims->rowCount())
        return;
    const Claim &claim = m_claims->claim(claimIndex);
    // Both sides move to the claim; synchronized scrolling would pull one of them back.
    const bool synchronized = m_scrollSync->isEnabled();
    m_scrollSync->setEnabled(false);
    if (claim.a) {
        m_leftPane->reveal(claim.a->range);
        m_leftPane->flash(claim.a->range);
    }
    if (claim.b) {
        m_rightPane->reveal(claim.b->range);
        m_rightPane->flash(claim.b->range);
    }
    m_scrollSync->setEnabled(synchronized);
}

void MainWindow::openFiles(const QStringList &paths, ArticlePane *target)
{
    m_opener->openFiles(paths, target);
}

bool MainWindow::isOpeningFiles() const
{
    return m_opener->isBusy() || m_web->isBusy();
}

void MainWindow::swapSides()
{
    const int left = m_leftPane->currentRow();
    m_leftPane->setCurrentRow(m_rightPane->currentRow());
    m_rightPane->setCurrentRow(left);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ArticleOpener::canOpen(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QWidget *under = childAt(event->position().toPoint());
    ArticlePane *target = nullptr;
    for (ArticlePane *pane : {m_leftPane, m_rightPane}) {
        if (under && (under == pane || pane->isAncestorOf(under)))
            target = pane;
    }
    if (m_opener->drop(event->mimeData(), target))
        event->acceptProposedAction();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(ThemedIcon::named(u"document-open"_s), tr("&Open…"), this, [this] {
        const QStringList paths
            = QFileDialog::getOpenFileNames(this, tr("Open Articles"), {}, tr("Articles (%1);;All files (*)").arg(m_formats.filePatterns().join(u' ')));
        openFiles(paths);
    });
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open articles from files: Markdown, plain text, saved web pages or PDF"));
    QMenu *recentMenu = fileMenu->addMenu(ThemedIcon::named(u"document-open-recent"_s), tr("Open &Recent"));
    recentMenu->setObjectName(u"recentFilesMenu"_s);
    fileMenu->insertAction(recentMenu->menuAction(), m_web->openUrlAction());
    recentMenu->setToolTipsVisible(true);
    m_recentFiles = new RecentFiles(recentMenu, this);
    connect(m_opener, &ArticleOpener::fileOpened, m_recentFiles, &RecentFiles::add);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) {
        openFiles({path}, focusedPane());
    });
    fileMenu->addSeparator();
    fileMenu->addActions(QList<QAction *> {m_teamLibrary->action()} + m_exchange->actions());
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(ThemedIcon::named(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close Parallax"));

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions(m_findBar->createActions([this] {
        return focusedPane()->textView();
    }));
    editMenu->addSeparator();
    editMenu->addActions(m_pinner->actions());
    editMenu->addSeparator();
    QAction *configure = editMenu->addAction(ThemedIcon::named(u"configure"_s), tr("Configure &Parallax…"), this, [this] {
        SettingsDialog dialog(m_viewSettings, Settings().coderName(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        applyViewSettings(dialog.settings());
        Settings().setCoderName(dialog.coderName());
        m_workspace->store()->setCoder(dialog.coderName());
    });
    configure->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)});
    configure->setToolTip(tr("Choose the article font, the colors, synchronized scrolling and your name as a coder"));

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addActions(m_discrepancies->stepActions());
    connect(m_discrepancies, &DiscrepancyDock::nothingToStepTo, this, [this](const QString &why) {
        statusBar()->showMessage(why, 5000);
    });
    goMenu->addSeparator();
    const QList<QAction *> reviewActions = m_reviewer->actions(
        [this] {
            return m_discrepancies->currentClaim();
        },
        this);
    goMenu->addActions(reviewActions);
    m_discrepancies->view()->addActions(reviewActions);
    m_discrepancies->view()->setContextMenuPolicy(Qt::ActionsContextMenu);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *swap = viewMenu->addAction(ThemedIcon::named(u"object-flip-horizontal"_s), tr("&Swap Sides"), this, &MainWindow::swapSides);
    swap->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    swap->setToolTip(tr("Show the left article on the right and the right one on the left"));
    QAction *zoomIn = viewMenu->addAction(ThemedIcon::named(u"zoom-in"_s), tr("Zoom &In"), this, [this] {
        m_splitter->zoom(1);
    });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Equal});
    zoomIn->setToolTip(tr("Larger text in both panes"));
    QAction *zoomOut = viewMenu->addAction(ThemedIcon::named(u"zoom-out"_s), tr("Zoom &Out"), this, [this] {
        m_splitter->zoom(-1);
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Smaller text in both panes"));
    // A view setting as a checked action, remembered with the others.
    const auto settingToggle = [this, viewMenu](const QString &text, const QString &name, bool ViewSettings::*setting, const QKeySequence &key) {
        QAction *toggle = viewMenu->addAction(text);
        toggle->setObjectName(name);
        toggle->setCheckable(true);
        toggle->setChecked(m_viewSettings.*setting);
        toggle->setShortcut(key);
        connect(toggle, &QAction::toggled, this, [this, setting](bool on) {
            ViewSettings settings = m_viewSettings;
            settings.*setting = on;
            applyViewSettings(settings);
        });
        return toggle;
    };
    QAction *synchronize = settingToggle(
        tr("S&ynchronized Scrolling"), u"synchronizedScrollingAction"_s, &ViewSettings::synchronizedScrolling, Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
    synchronize->setIcon(ThemedIcon::named(u"link"_s));
    synchronize->setToolTip(tr("Scroll the other pane along, following the matching passages (Ctrl+Shift+Y)"));
    QAction *showFurniture
        = settingToggle(tr("Show Page &Furniture"), u"showPageFurnitureAction"_s, &ViewSettings::showPageFurniture, Qt::CTRL | Qt::ALT | Qt::Key_F);
    showFurniture->setToolTip(tr("Show the menus, teasers and comments around a saved page's article, dimmed; they are never compared "
                                 "(Ctrl+Alt+F)"));
    viewMenu->addSeparator();
    viewMenu->addActions(m_libraryDock->actions());
    viewMenu->addSeparator();
    QAction *toggleLibrary = m_libraryDock->toggleViewAction();
    toggleLibrary->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    // Ctrl+L opens a web address, as in browsers.
    toggleLibrary->setToolTip(tr("Show or hide the list of articles"));
    viewMenu->addAction(toggleLibrary);
    QAction *toggleDiscrepancies = findChild<QDockWidget *>(u"discrepancyDock"_s)->toggleViewAction();
    toggleDiscrepancies->setShortcut(Qt::CTRL | Qt::Key_D);
    toggleDiscrepancies->setToolTip(tr("Show or hide the table of claims"));
    viewMenu->addAction(toggleDiscrepancies);

    m_workspace->addActionsTo(editMenu, viewMenu);

    QMenu *sourceMenu = menuBar()->addMenu(tr("&Source"));
    sourceMenu->addAction(m_web->checkAction());
    sourceMenu->addMenu(m_web->scheduleMenu());
    sourceMenu->addActions(m_history->actions());

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(ThemedIcon::named(u"help-about"_s), tr("&About Parallax"), this, [this] {
        QMessageBox::about(this,
            tr("About Parallax"),
            tr("<h3>Parallax %1</h3><p>Read reports side by side and see where the sources agree, "
               "conflict or leave things out.</p>")
                .arg(QApplication::applicationVersion()));
    });
    about->setToolTip(tr("The version of Parallax and what it is for"));
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setToolTip(tr("The version of Qt that Parallax runs on"));

    // Every action says what it does in the status bar too.
    for (QAction *action : findChildren<QAction *>()) {
        if (action->statusTip().isEmpty())
            action->setStatusTip(action->toolTip());
    }
}

void MainWindow::restoreShownArticles()
{
    const WindowSettings settings = Settings().window();
    m_opener->showPair(settings.leftArticle, settings.rightArticle);
}

ArticlePane *MainWindow::focusedPane() const
{
    return m_lastFocusedPane;
}

void MainWindow::applyViewSettings(const ViewSettings &settings)
{
    const bool themeChanged = settings.theme != m_viewSettings.theme;
    m_viewSettings = settings;
    Settings().setView(m_viewSettings);
    for (ArticlePane *pane : {m_leftPane, m_rightPane})
        pane->setArticleFont(settings.articleFont);
    m_scrollSync->setEnabled(settings.synchronizedScrolling);
    if (auto *synchronize = findChild<QAction *>(u"synchronizedScrollingAction"_s))
        synchronize->setChecked(settings.synchronizedScrolling);
    for (ArticlePane *pane : {m_leftPane, m_rightPane})
        pane->setFurnitureShown(settings.showPageFurniture);
    if (auto *showFurniture = findChild<QAction *>(u"showPageFurnitureAction"_s))
        showFurniture->setChecked(settings.showPageFurniture);
    if (themeChanged)
        Theme::apply(settings.theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    // New colors: the claim colors are chosen for the palette, so they are chosen again.
    if (event->type() == QEvent::PaletteChange)
        showComparison();
    QMainWindow::changeEvent(event);
}

void MainWindow::readSettings()
{
    const WindowSettings settings = Settings().window();
    if (!restoreGeometry(settings.geometry))
        resize(1280, 800);
    if (!restoreState(settings.state)) {
        // First start: room for a dozen claims under the articles.
        resizeDocks({findChild<QDockWidget *>(u"discrepancyDock"_s)}, {fontMetrics().height() * 18}, Qt::Vertical);
    }
    if (!m_splitter->restoreState(settings.splitter))
        m_splitter->setSizes({1, 1});
}

void MainWindow::writeSettings() const
{
    WindowSettings settings {saveGeometry(), saveState(), m_splitter->saveState(), {}, {}};
    if (m_leftPane->currentRow() >= 0)
        settings.leftArticle = m_leftPane->document().path;
    if (m_rightPane->currentRow() >= 0)
        settings.rightArticle = m_rightPane->document().path;
    Settings().setWindow(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace Parallax
