// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "mainwindow.h"

#include "articlepane.h"
#include "claimcolors.h"
#include "claimtablemodel.h"
#include "documentlistmodel.h"
#include "itemroles.h"
#include "messagebar.h"

#include <core/documentimporter.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{
// QSettings keys, in one place.
const auto SettingsGroup = u"MainWindow"_s;
const auto GeometryKey = u"geometry"_s;
const auto StateKey = u"state"_s;
const auto SplitterKey = u"splitter"_s;
const auto LeftArticleKey = u"leftArticle"_s;
const auto RightArticleKey = u"rightArticle"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new DocumentListModel(this))
    , m_libraryFilter(new QSortFilterProxyModel(this))
    , m_messageBar(new MessageBar(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_leftPane(new ArticlePane(m_articles, tr("left"), m_splitter))
    , m_rightPane(new ArticlePane(m_articles, tr("right"), m_splitter))
    , m_claims(new ClaimTableModel(this))
    , m_claimOrder(new QSortFilterProxyModel(this))
    , m_busy(new QProgressBar(this))
{
    setWindowTitle(tr("Parallax"));
    setWindowIcon(QIcon::fromTheme(u"org.parallax.Parallax"_s, QIcon(u":/org/parallax/icons/parallax.svg"_s)));

    m_leftPane->setObjectName(u"leftPane"_s);
    m_rightPane->setObjectName(u"rightPane"_s);
    m_splitter->setObjectName(u"comparisonSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(12);
    m_splitter->setContentsMargins(8, 8, 8, 0);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setAcceptDrops(true);

    // A busy indicator while a comparison runs in the background.
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setToolTip(tr("Comparing the two articles…"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    createLibraryDock();
    createDiscrepancyDock();
    createActions();
    readSettings();

    for (ArticlePane *pane : {m_leftPane, m_rightPane})
        connect(pane, &ArticlePane::currentRowChanged, this, &MainWindow::startComparison);
    for (ArticlePane *pane : {m_leftPane, m_rightPane})
        connect(pane, &ArticlePane::currentRowChanged, this, [this] {
            setWindowTitle(m_leftPane->currentRow() < 0 ? tr("Parallax")
                                                        : tr("%1 ↔ %2 — Parallax")
                                                              .arg(m_leftPane->document().metadata.title.left(40),
                                                                  m_rightPane->currentRow() < 0 ? QString() : m_rightPane->document().metadata.title.left(40)));
        });
}

MainWindow::~MainWindow() = default;

void MainWindow::setArticles(QList<Document> articles)
{
    m_articles->setDocuments(std::move(articles));
    restoreShownArticles();
    statusBar()->showMessage(tr("Articles in the library: %1").arg(m_articles->rowCount()));
}

void MainWindow::showProblems(const QStringList &problems)
{
    if (!problems.isEmpty())
        m_messageBar->showError(tr("Some files could not be read: %1").arg(problems.join(u"; "_s)));
}

void MainWindow::createLibraryDock()
{
    auto *dock = new QDockWidget(tr("Library"), this);
    dock->setObjectName(u"libraryDock"_s);
    auto *content = new QWidget(dock);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *filter = new QLineEdit(content);
    filter->setObjectName(u"libraryFilter"_s);
    filter->setPlaceholderText(tr("Filter articles…"));
    filter->setClearButtonEnabled(true);
    filter->setToolTip(tr("Show only articles whose title, outlet or date contains this text"));

    m_libraryFilter->setSourceModel(m_articles);
    m_libraryFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_libraryFilter->setFilterKeyColumn(-1);
    m_libraryFilter->setSortRole(SortRole);
    connect(filter, &QLineEdit::textChanged, m_libraryFilter, &QSortFilterProxyModel::setFilterFixedString);

    m_library = new QTreeView(content);
    m_library->setObjectName(u"libraryView"_s);
    m_library->setModel(m_libraryFilter);
    m_library->setRootIsDecorated(false);
    m_library->setUniformRowHeights(true);
    m_library->setSortingEnabled(true);
    m_library->sortByColumn(-1, Qt::AscendingOrder);
    m_library->setSelectionMode(QAbstractItemView::SingleSelection);
    m_library->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_library->header()->setStretchLastSection(false);
    m_library->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_library->setToolTip(tr("Double-click an article to show it in the left pane"));
    connect(m_library, &QTreeView::activated, this, [this] {
        showSelectedArticleIn(m_leftPane);
    });

    layout->addWidget(filter);
    layout->addWidget(m_library);
    dock->setWidget(content);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    // The panes are what the window is for; the library starts as a short strip below them.
    resizeDocks({dock}, {170}, Qt::Vertical);
}

void MainWindow::createDiscrepancyDock()
{
    auto *dock = new QDockWidget(tr("Discrepancies"), this);
    dock->setObjectName(u"discrepancyDock"_s);
    m_claimOrder->setSourceModel(m_claims);
    m_claimOrder->setSortRole(SortRole);
    m_claimView = new QTableView(dock);
    m_claimView->setObjectName(u"claimView"_s);
    m_claimView->setModel(m_claimOrder);
    m_claimView->setSortingEnabled(true);
    // Conflicts first, then one-sided claims, then agreements; reading order within each.
    m_claimView->sortByColumn(ClaimTableModel::StatusColumn, Qt::DescendingOrder);
    m_claimView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimView->setWordWrap(false);
    m_claimView->verticalHeader()->hide();
    m_claimView->verticalHeader()->setDefaultSectionSize(m_claimView->fontMetrics().height() + 6);
    m_claimView->horizontalHeader()->setStretchLastSection(true);
    m_claimView->setToolTip(tr("Select a claim to see it in both articles"));
    connect(m_claimView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            revealClaim(current.data(ClaimIndexRole).toInt());
    });
    dock->setWidget(m_claimView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    tabifyDockWidget(findChild<QDockWidget *>(u"libraryDock"_s), dock);
    dock->raise();
}

void MainWindow::startComparison()
{
    const int generation = ++m_comparisonGeneration;
    m_claims->setClaims({});
    if (m_leftPane->currentRow() < 0 || m_rightPane->currentRow() < 0)
        return;
    auto *watcher = new QFutureWatcher<ComparisonResult>(this);
    connect(watcher, &QFutureWatcher<ComparisonResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (--m_runningComparisons == 0)
            m_busy->hide();
        // The user may have picked another pair meanwhile; then this result is stale.
        if (generation == m_comparisonGeneration)
            showComparison(watcher->result());
    });
    ++m_runningComparisons;
    m_busy->show();
    watcher->setFuture(QtConcurrent::run(&Comparator::compare, m_leftPane->document().text, m_rightPane->document().text));
}

void MainWindow::showComparison(const ComparisonResult &result)
{
    const QPalette palette = this->palette();
    QList<TextHighlight> left, right;
    for (const TextRange &junk : result.a.boilerplate)
        left.append({junk, {}, ClaimColors::boilerplate(palette), tr("Boilerplate: page junk, not part of the article")});
    for (const TextRange &junk : result.b.boilerplate)
        right.append({junk, {}, ClaimColors::boilerplate(palette), tr("Boilerplate: page junk, not part of the article")});
    for (const Claim &claim : result.claims) {
        const QColor color = ClaimColors::forStatus(claim.status, palette);
        if (claim.a)
            left.append({claim.a->range, color, {}, claim.explanation});
        if (claim.b)
            right.append({claim.b->range, color, {}, claim.explanation});
    }
    m_leftPane->setHighlights(left);
    m_rightPane->setHighlights(right);
    m_claims->setClaims(result.claims);
    const qsizetype conflicts = std::count_if(result.claims.cbegin(), result.claims.cend(), [](const Claim &claim) {
        return claim.status == ClaimStatus::Conflict;
    });
    statusBar()->showMessage(tr("%1 claims, %2 conflicts, %3 aligned passages").arg(result.claims.size()).arg(conflicts).arg(result.alignments.size()));
    Q_EMIT comparisonFinished();
}

void MainWindow::revealClaim(int claimIndex)
{
    if (claimIndex < 0 || claimIndex >= m_claims->rowCount())
        return;
    const Claim &claim = m_claims->claim(claimIndex);
    if (claim.a)
        m_leftPane->reveal(claim.a->range);
    if (claim.b)
        m_rightPane->reveal(claim.b->range);
}

void MainWindow::goToDiscrepancy(int step)
{
    // Conflicts first, then what only one side says, each in reading order.
    QList<int> order;
    for (int i = 0; i < m_claims->rowCount(); ++i) {
        if (m_claims->claim(i).status != ClaimStatus::Agree)
            order.append(i);
    }
    if (order.isEmpty()) {
        statusBar()->showMessage(tr("No discrepancies: the two articles agree on every claim found"), 5000);
        return;
    }
    std::stable_sort(order.begin(), order.end(), [this](int x, int y) {
        return ClaimColors::severity(m_claims->claim(x).status) > ClaimColors::severity(m_claims->claim(y).status);
    });
    const int current = m_claimView->currentIndex().isValid() ? m_claimView->currentIndex().data(ClaimIndexRole).toInt() : -1;
    const qsizetype position = order.indexOf(current);
    const qsizetype next = position < 0 ? (step > 0 ? 0 : order.size() - 1) : (position + step + order.size()) % order.size();
    const QModelIndex row = m_claimOrder->mapFromSource(m_claims->index(order.at(next), 0));
    m_claimView->setCurrentIndex(row);
    m_claimView->scrollTo(row);
}

void MainWindow::openFiles(const QStringList &paths, ArticlePane *target)
{
    QStringList problems;
    ArticlePane *pane = target ? target : m_leftPane;
    for (const QString &path : paths) {
        const ImportResult imported = DocumentImporter::importFile(path);
        if (!imported.isOk()) {
            problems << imported.errorMessage();
            continue;
        }
        pane->setCurrentRow(m_articles->addDocument(imported.document()));
        pane = pane == m_leftPane ? m_rightPane : m_leftPane;
    }
    if (!problems.isEmpty())
        m_messageBar->showError(tr("Could not open: %1").arg(problems.join(u"; "_s)));
}

void MainWindow::swapSides()
{
    const int left = m_leftPane->currentRow();
    m_leftPane->setCurrentRow(m_rightPane->currentRow());
    m_rightPane->setCurrentRow(left);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    // Dropped on a pane, the file goes there; elsewhere, to the left pane first.
    QWidget *under = childAt(event->position().toPoint());
    ArticlePane *target = nullptr;
    for (ArticlePane *pane : {m_leftPane, m_rightPane}) {
        if (under && (under == pane || pane->isAncestorOf(under)))
            target = pane;
    }
    openFiles(paths, target);
    event->acceptProposedAction();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this, [this] {
        const QStringList paths
            = QFileDialog::getOpenFileNames(this, tr("Open Articles"), {}, tr("Articles (*.md *.markdown *.txt *.html *.htm *.xhtml);;All files (*)"));
        openFiles(paths);
    });
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open articles from files: Markdown, plain text or saved web pages"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setToolTip(tr("Close Parallax"));

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *next = goMenu->addAction(QIcon::fromTheme(u"go-down"_s), tr("&Next Discrepancy"), this, [this] {
        goToDiscrepancy(1);
    });
    next->setShortcut(Qt::Key_F8);
    next->setToolTip(tr("Go to the next conflict or one-sided claim (F8)"));
    QAction *previous = goMenu->addAction(QIcon::fromTheme(u"go-up"_s), tr("&Previous Discrepancy"), this, [this] {
        goToDiscrepancy(-1);
    });
    previous->setShortcut(Qt::SHIFT | Qt::Key_F8);
    previous->setToolTip(tr("Go to the previous conflict or one-sided claim (Shift+F8)"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *swap = viewMenu->addAction(QIcon::fromTheme(u"object-flip-horizontal"_s), tr("&Swap Sides"), this, &MainWindow::swapSides);
    swap->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    swap->setToolTip(tr("Show the left article on the right and the right one on the left"));
    QAction *zoomIn = viewMenu->addAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this, [this] {
        m_leftPane->textView()->zoomIn(1);
        m_rightPane->textView()->zoomIn(1);
    });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Equal});
    zoomIn->setToolTip(tr("Larger text in both panes"));
    QAction *zoomOut = viewMenu->addAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this, [this] {
        m_leftPane->textView()->zoomOut(1);
        m_rightPane->textView()->zoomOut(1);
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Smaller text in both panes"));
    viewMenu->addSeparator();
    QAction *showLeft = viewMenu->addAction(tr("Show in &Left Pane"), this, [this] {
        showSelectedArticleIn(m_leftPane);
    });
    showLeft->setShortcut(Qt::CTRL | Qt::Key_1);
    showLeft->setToolTip(tr("Show the article selected in the library in the left pane"));
    QAction *showRight = viewMenu->addAction(tr("Show in &Right Pane"), this, [this] {
        showSelectedArticleIn(m_rightPane);
    });
    showRight->setShortcut(Qt::CTRL | Qt::Key_2);
    showRight->setToolTip(tr("Show the article selected in the library in the right pane"));
    m_library->addActions({showLeft, showRight});
    viewMenu->addSeparator();
    QDockWidget *libraryDock = findChild<QDockWidget *>(u"libraryDock"_s);
    QAction *toggleLibrary = libraryDock->toggleViewAction();
    toggleLibrary->setShortcut(Qt::CTRL | Qt::Key_L);
    toggleLibrary->setToolTip(tr("Show or hide the list of articles"));
    viewMenu->addAction(toggleLibrary);
    QAction *toggleDiscrepancies = findChild<QDockWidget *>(u"discrepancyDock"_s)->toggleViewAction();
    toggleDiscrepancies->setShortcut(Qt::CTRL | Qt::Key_D);
    toggleDiscrepancies->setToolTip(tr("Show or hide the table of claims"));
    viewMenu->addAction(toggleDiscrepancies);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Parallax"), this, [this] {
        QMessageBox::about(this,
            tr("About Parallax"),
            tr("<h3>Parallax %1</h3><p>Read reports side by side and see where the sources agree, "
               "conflict or leave things out.</p>")
                .arg(QApplication::applicationVersion()));
    });
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showSelectedArticleIn(ArticlePane *pane)
{
    const QModelIndex selected = m_library->currentIndex();
    if (selected.isValid())
        pane->setCurrentRow(m_libraryFilter->mapToSource(selected).row());
}

void MainWindow::restoreShownArticles()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const int left = m_articles->rowOfPath(settings.value(LeftArticleKey).toString());
    const int right = m_articles->rowOfPath(settings.value(RightArticleKey).toString());
    const int count = m_articles->rowCount();
    m_leftPane->setCurrentRow(left >= 0 ? left : (count > 0 ? 0 : -1));
    m_rightPane->setCurrentRow(right >= 0 ? right : (count > 1 ? 1 : m_leftPane->currentRow()));
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_splitter->setSizes({1, 1});
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    if (m_leftPane->currentRow() >= 0)
        settings.setValue(LeftArticleKey, m_leftPane->document().path);
    if (m_rightPane->currentRow() >= 0)
        settings.setValue(RightArticleKey, m_rightPane->document().path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

} // namespace Parallax
