// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/exchangeimport.h>
#include <core/exchange/folderimport.h>

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;

namespace Parallax
{

class AnnotationWorkspace;
class ArticlePane;
class MessageBar;

/**
 * Work going into and out of the library from the File menu: a folder of articles
 * imported with progress and Cancel, annotations imported from another tool (W3C Web
 * Annotation, REFI-QDA), and annotations or the comparison in view exported. Says in the
 * window's status and message bars what came in, what was left out and why.
 */
class LibraryExchange final : public QObject
{
    Q_OBJECT

public:
    /// FORMATS: what Import Folder reads, and the texts beside annotations.
    LibraryExchange(QMainWindow *window,
        const ImportFormats &formats,
        AnnotationWorkspace *workspace,
        ArticlePane *left,
        ArticlePane *right,
        std::function<ArticlePane *()> focusedPane,
        MessageBar *messages);

    /// Import Folder, Import Annotations and Export Annotations, for the File menu.
    QList<QAction *> actions() const { return m_actions; }

    /// Imports the articles under FOLDER into the library, with a progress dialog that
    /// can cancel; the summary and what was skipped go to the status and message bars.
    FolderImportReport importFolderFrom(const QString &folder);
    /// Imports the annotations of a W3C Web Annotation or REFI-QDA file into the library
    /// and says what came in and what was left out.
    void importAnnotationsFrom(const QString &path);

Q_SIGNALS:
    /// Articles or annotations came into the library.
    void imported();

private:
    void importFolder();
    void importAnnotations();
    void exportAnnotations();
    std::optional<ExchangeImport::TextReading> askToReadTextsBeside(const QString &path);

    QMainWindow *m_window;
    const ImportFormats m_formats;
    AnnotationWorkspace *m_workspace;
    ArticlePane *m_left;
    ArticlePane *m_right;
    std::function<ArticlePane *()> m_focusedPane;
    MessageBar *m_messages;
    QList<QAction *> m_actions;
};

} // namespace Parallax
