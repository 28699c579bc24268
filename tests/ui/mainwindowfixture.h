// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/corpus.h>
#include <core/text/document.h>
#include <ui/articlepane.h>
#include <ui/claimtablemodel.h>
#include <ui/documentlistmodel.h>
#include <ui/mainwindow.h>

#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <memory>

namespace Parallax::Testing
{

// A main window on the bundled corpus, with its settings in a scratch folder: each test
// starts with no remembered state and never touches the user's settings.
class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        ASSERT_EQ(m_corpus.size(), 4);
    }

    std::unique_ptr<MainWindow> openWindow(const QList<Document> &articles, const ImportFormats &formats = {})
    {
        auto window = std::make_unique<MainWindow>(formats);
        window->setArticles(articles);
        window->show();
        // Active, as the window a person works in is: window-wide shortcuts need it
        // in a real X server.
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        return window;
    }
    std::unique_ptr<MainWindow> openWindow() { return openWindow(m_corpus); }

    QTemporaryDir m_settingsDir;
    QList<Document> m_corpus;
};

// The text a pane shows, exactly: toPlainText() would turn no-break spaces into spaces.
inline QString shownText(const ArticlePane *pane)
{
    return pane->textView()->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
}

// Selects the first PASSAGE a pane shows, with the focus in its text, as a person
// selecting it with the mouse leaves it; false when the pane does not show it.
inline bool selectPassage(ArticlePane *pane, const QString &passage)
{
    const qsizetype start = shownText(pane).indexOf(passage);
    if (start < 0)
        return false;
    QPlainTextEdit *view = pane->textView();
    view->setFocus();
    QTextCursor cursor(view->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + passage.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    return true;
}

// The lines a person sees in a pane: those of hidden blocks (page furniture) left out.
inline QString visibleText(const ArticlePane *pane)
{
    QStringList lines;
    for (QTextBlock block = pane->textView()->document()->begin(); block.isValid(); block = block.next()) {
        if (block.isVisible())
            lines.append(block.text());
    }
    return lines.join(u'\n');
}

// The comparison runs niced: on a busy machine (a parallel build, CI) it may take a while.
/// Waits up to TIMEOUT milliseconds for the window's comparison to be shown.
inline bool waitForComparison(MainWindow &window, int timeout = 60'000)
{
    return QTest::qWaitFor(
        [&] {
            return !window.isComparing() && window.claims()->rowCount() > 0;
        },
        timeout);
}

/// Opens PATHS as a user would (File > Open, a drop) and waits until they are read
/// on their worker thread and shown, or named as unreadable.
inline bool openAndWait(MainWindow &window, const QStringList &paths, ArticlePane *target = nullptr, int timeout = 60'000)
{
    QSignalSpy opened(&window, &MainWindow::filesOpened);
    window.openFiles(paths, target);
    return QTest::qWaitFor(
        [&] {
            return !opened.isEmpty();
        },
        timeout);
}

inline Document makeDocument(const QString &title, const QString &text)
{
    Document document;
    document.path = QStringLiteral("/virtual/") + title + QStringLiteral(".txt");
    document.metadata.title = title;
    document.text = text;
    return document;
}

} // namespace Parallax::Testing
