// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "libraryexchange.h"

#include "annotationworkspace.h"
#include "articlepane.h"
#include "exportdialog.h"
#include "messagebar.h"
#include "reportprinter.h"
#include "themedicon.h"

#include <core/document/librarydocument.h>
#include <core/exchange/exporter.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Parallax
{

LibraryExchange::LibraryExchange(QMainWindow *window,
    const ImportFormats &formats,
    AnnotationWorkspace *workspace,
    ArticlePane *left,
    ArticlePane *right,
    std::function<ArticlePane *()> focusedPane,
    MessageBar *messages)
    : QObject(window)
    , m_window(window)
    , m_formats(formats)
    , m_workspace(workspace)
    , m_left(left)
    , m_right(right)
    , m_focusedPane(std::move(focusedPane))
    , m_messages(messages)
{
    auto *importFolder = new QAction(ThemedIcon::named(u"folder-open"_s), tr("Import &Folder…"), this);
    importFolder->setShortcut(tr("Ctrl+Shift+O"));
    importFolder->setToolTip(tr("Import every article in a folder and its subfolders into the library; says what was skipped and why"));
    connect(importFolder, &QAction::triggered, this, &LibraryExchange::importFolder);
    auto *importAnnotations = new QAction(ThemedIcon::named(u"document-import"_s), tr("&Import Annotations…"), this);
    importAnnotations->setShortcut(tr("Ctrl+Shift+I"));
    importAnnotations->setToolTip(tr("Import annotations made in another tool: W3C Web Annotation (.jsonld) or a REFI-QDA project (.qdpx)"));
    connect(importAnnotations, &QAction::triggered, this, &LibraryExchange::importAnnotations);
    auto *exportAnnotations = new QAction(ThemedIcon::named(u"document-export"_s), tr("&Export Annotations…"), this);
    exportAnnotations->setShortcut(tr("Ctrl+E"));
    exportAnnotations->setToolTip(
        tr("Export annotations as Markdown notes, CSV, W3C Web Annotation or a REFI-QDA project, or the comparison in view as an HTML or PDF report"));
    connect(exportAnnotations, &QAction::triggered, this, &LibraryExchange::exportAnnotations);
    m_actions = {importFolder, importAnnotations, exportAnnotations};
}

void LibraryExchange::exportAnnotations()
{
    Store *store = m_workspace->store();
    QStringList tagPaths;
    for (const Tag &tag : store->tags().value_or({}))
        tagPaths.append(tag.path);
    // What a read-only library does not hold is not in it to export.
    const auto heldIdOf = [this](const ArticlePane *pane) {
        const qint64 id = m_workspace->articleIdOf(pane);
        return LibraryDocument::isUnheld(id) ? 0 : id;
    };
    const qint64 articleId = heldIdOf(m_focusedPane());
    const std::optional<StoredArticle> article = articleId ? toOptional(store->article(articleId)) : std::nullopt;
    // The comparison in view is left against right, whichever pane has the focus.
    const qint64 leftId = heldIdOf(m_left);
    const qint64 rightId = heldIdOf(m_right);
    QString comparisonTitle;
    if (leftId && rightId && leftId != rightId)
        comparisonTitle = u"%1 ↔ %2"_s.arg(m_left->document().metadata.title, m_right->document().metadata.title);
    ExportDialog dialog(tagPaths, article ? article->document.metadata.title : QString(), comparisonTitle, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportScope scope = dialog.scope(articleId, {leftId, rightId});
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Expected<QByteArray> exported = Exporter::exportBytes(*store, dialog.format(), scope, Exporter::defaultCreator(), &ReportPrinter::toPdf);
    QApplication::restoreOverrideCursor();
    const Expected<void> written = exported ? Exporter::writeFile(dialog.filePath(), *exported) : exported.error();
    if (!written) {
        m_messages->showError(tr("Nothing was exported. %1").arg(written.error().message));
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(dialog.filePath())));
}

void LibraryExchange::importAnnotations()
{
    if (m_workspace->store()->isReadOnly()) {
        m_messages->showError(tr("Annotations can only be imported into a library that can be written."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window,
        tr("Import Annotations"),
        QString(),
        tr("Annotations (*.jsonld *.json *.qdpx);;W3C Web Annotation (*.jsonld *.json);;REFI-QDA project (*.qdpx)"));
    if (!path.isEmpty())
        importAnnotationsFrom(path);
}

void LibraryExchange::importAnnotationsFrom(const QString &path)
{
    Store *store = m_workspace->store();
    const auto reading = askToReadTextsBeside(path);
    if (!reading)
        return;
    const auto outcome = ExchangeImport::importFile(*store, path, m_formats, *reading);
    if (!outcome) {
        m_messages->showError(outcome.error().message);
        return;
    }
    const AnnotationImportReport &report = *outcome;
    Q_EMIT imported();
    const QString summary = ExchangeImport::summary(report).trimmed();
    if (report.skipped.isEmpty())
        m_window->statusBar()->showMessage(summary);
    else
        m_messages->showError(summary); // what was left out must not scroll away
}

// A W3C file names its texts without carrying them. Files beside it are read only when
// the user ticks the box that lists them; anything elsewhere is never read.
std::optional<ExchangeImport::TextReading> LibraryExchange::askToReadTextsBeside(const QString &path)
{
    const QStringList texts = ExchangeImport::textsBeside(*m_workspace->store(), path);
    if (texts.isEmpty())
        return ExchangeImport::TextReading::LibraryOnly;
    const QDir folder = QFileInfo(path).absoluteDir();
    QStringList names;
    for (const QString &text : texts)
        names.append(QDir::toNativeSeparators(folder.relativeFilePath(text)));
    QMessageBox question(QMessageBox::Question,
        tr("Import Annotations"),
        tr("%1 annotates texts that are not in the library. These are files in its own folder:").arg(QFileInfo(path).fileName()),
        QMessageBox::Ok | QMessageBox::Cancel,
        m_window);
    constexpr qsizetype MaximumListed = 12;
    QString listed = u"• "_s + names.first(std::min(names.size(), MaximumListed)).join(u"\n• "_s);
    if (names.size() > MaximumListed)
        listed += u'\n' + tr("and %1 more (see Show Details)").arg(names.size() - MaximumListed);
    question.setInformativeText(listed);
    if (names.size() > MaximumListed)
        question.setDetailedText(names.join(u'\n'));
    auto *readThem = new QCheckBox(tr("&Read these texts into the library"), &question);
    readThem->setToolTip(tr("Without it, the annotations of these texts are left out; files outside the annotation file's folder are never read."));
    question.setCheckBox(readThem);
    question.button(QMessageBox::Ok)->setText(tr("&Import"));
    question.setDefaultButton(QMessageBox::Ok);
    if (question.exec() != QMessageBox::Ok)
        return std::nullopt;
    return readThem->isChecked() ? ExchangeImport::TextReading::FilesBesideTheAnnotations : ExchangeImport::TextReading::LibraryOnly;
}

void LibraryExchange::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a Folder of Articles"));
    if (!folder.isEmpty())
        importFolderFrom(folder);
}

FolderImportReport LibraryExchange::importFolderFrom(const QString &folder)
{
    Store *store = m_workspace->store();
    if (store->isReadOnly()) {
        m_messages->showError(tr("Articles can only be imported into a library that can be written."));
        return {};
    }
    QProgressDialog progress(tr("Importing articles…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowTitle(tr("Import Folder"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // a handful of files needs no dialog
    const FolderImportReport report = FolderImport::run(*store, folder, m_formats, [&progress, &folder](int done, int total, const QString &path) {
        progress.setMaximum(total);
        progress.setLabelText(tr("Importing %1").arg(QDir(folder).relativeFilePath(path)));
        progress.setValue(done);
        // Called again while a big file is read on a worker thread; the value stays the
        // same then, and setValue() alone would not let the window repaint or Cancel work.
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();
    Q_EMIT imported();

    QStringList problems;
    if (!report.storeError.isEmpty())
        problems.append(tr("The import stopped: %1").arg(report.storeError));
    constexpr qsizetype ShownSkips = 8; // the rest would bury the message bar
    for (qsizetype i = 0; i < std::min(report.skipped.size(), ShownSkips); ++i)
        problems.append(report.skipped.at(i).reason);
    if (report.skipped.size() > ShownSkips)
        problems.append(tr("and %1 more").arg(report.skipped.size() - ShownSkips));
    if (problems.isEmpty())
        m_window->statusBar()->showMessage(report.summary());
    else
        m_messages->showError(report.summary() + u": "_s + problems.join(u"; "_s));
    return report;
}

} // namespace Parallax
