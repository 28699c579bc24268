// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Every shortcut the README promises, pressed as a person presses it: on the focused
// widget, with the focus in each pane and each dock.
#include <core/library/store.h>
#include <ui/mainwindow.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QKeySequence>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/ui/mainwindowfixture.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Parallax;
using namespace Parallax::Testing;

namespace
{

// The keys README.md names, as written there: "Ctrl+Shift+Z", "F8", "Ctrl++".
QStringList shortcutsInTheReadme()
{
    QFile readme(QStringLiteral(PARALLAX_SOURCE_DIR "/README.md"));
    if (!readme.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression key(uR"((?<![\w+])((?:(?:Ctrl|Shift|Alt)\+)+(?:F\d{1,2}|[A-Z0-9]\b|\+|-|,)|F\d{1,2}\b))"_s);
    QStringList keys;
    for (const QRegularExpressionMatch &match : key.globalMatch(QString::fromUtf8(readme.readAll()))) {
        if (!keys.contains(match.captured(1)))
            keys.append(match.captured(1));
    }
    return keys;
}

// The window's actions that KEY triggers from anywhere in the window.
QList<QAction *> actionsFor(const MainWindow &window, const QKeySequence &key)
{
    QList<QAction *> found;
    for (QAction *action : window.findChildren<QAction *>()) {
        if ((action->shortcutContext() == Qt::WindowShortcut || action->shortcutContext() == Qt::ApplicationShortcut) && action->shortcuts().contains(key))
            found.append(action);
    }
    return found;
}

} // namespace

TEST_F(MainWindowTest, everyShortcutInTheReadme_worksWithTheFocusInEachPaneAndDock)
{
    const QStringList keys = shortcutsInTheReadme();
    ASSERT_GE(keys.size(), 25) << qPrintable(keys.join(u' '));

    Store store;
    ASSERT_TRUE(store.open(m_settingsDir.filePath(u"library.sqlite"_s)));
    ASSERT_TRUE(store.ensureTagPath(u"Economy/Rankings"_s));
    const auto window = openWindow();
    window->setStore(&store);
    ASSERT_TRUE(waitForComparison(*window));
    auto *claimView = window->findChild<QTableView *>(u"claimView"_s);
    auto *annotationView = window->findChild<QTableView *>(u"annotationView"_s);
    auto *tagView = window->findChild<QTreeView *>(u"tagView"_s);
    ASSERT_TRUE(claimView && annotationView && tagView);
    claimView->setCurrentIndex(claimView->model()->index(0, 0));

    // The dialogs that some keys open are dismissed as soon as they show.
    QTimer dismisser;
    QObject::connect(&dismisser, &QTimer::timeout, &dismisser, [] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
    });
    dismisser.start(20);

    QStringList disabled;
    const QList<QWidget *> places {window->leftPane()->textView(), window->rightPane()->textView(), claimView, annotationView, tagView};
    for (const QString &written : keys) {
        const QKeySequence key = QKeySequence::fromString(written, QKeySequence::PortableText);
        ASSERT_EQ(key.count(), 1) << qPrintable(written);
        if (written == u"F2"_s) {
            // A key of one view: F2 renames the tag in hand.
            window->activateWindow();
            tagView->setFocus();
            ASSERT_TRUE(QTest::qWaitFor([&] {
                return QApplication::focusWidget() == tagView;
            }));
            ASSERT_EQ(tagView->model()->index(0, 0).data().toString(), u"Economy"_s);
            tagView->setCurrentIndex(tagView->model()->index(0, 0));
            QTest::keyClick(tagView, Qt::Key_F2);
            auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            ASSERT_TRUE(editor && tagView->isAncestorOf(editor)) << "F2 in the tag dock opens no editor";
            EXPECT_EQ(editor->text(), u"Economy"_s);
            QTest::keyClick(editor, Qt::Key_Escape);
            continue;
        }
        const QList<QAction *> actions = actionsFor(*window, key);
        ASSERT_FALSE(actions.isEmpty()) << qPrintable(written) << " is in the README, but no action has it";
        for (QWidget *place : places) {
            window->activateWindow();
            place->setFocus();
            ASSERT_TRUE(QTest::qWaitFor([&] {
                return QApplication::focusWidget() == place;
            })) << qPrintable(written);
            // A key whose action cannot act now (Undo with nothing done) is disabled.
            const bool enabled = std::any_of(actions.cbegin(), actions.cend(), [](const QAction *action) {
                return action->isEnabled();
            });
            QList<std::shared_ptr<QSignalSpy>> spies;
            for (QAction *action : actions)
                spies.append(std::make_shared<QSignalSpy>(action, &QAction::triggered));
            QTest::keyClick(place, key[0].key(), key[0].keyboardModifiers());
            const bool triggered = std::any_of(spies.cbegin(), spies.cend(), [](const std::shared_ptr<QSignalSpy> &spy) {
                return !spy->isEmpty();
            });
            EXPECT_EQ(triggered, enabled) << qPrintable(written) << " pressed in " << place->metaObject()->className() << " "
                                          << qPrintable(place->objectName());
            if (!enabled && !disabled.contains(written))
                disabled.append(written);
        }
    }
    // Only undo and redo have nothing to act on in a fresh window; they are pressed with
    // the focus everywhere in AnnotationWorkspaceTest.undoAndRedoKeys_workWhereverTheFocusIs.
    EXPECT_EQ(disabled, (QStringList {u"Ctrl+Z"_s, u"Ctrl+Shift+Z"_s, u"Ctrl+Y"_s})) << qPrintable(disabled.join(u' '));
}
