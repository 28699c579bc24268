// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/pinnedpassage.h>

#include <QObject>

class QAction;

namespace Parallax
{

class ArticlePane;
class ComparisonDocument;
class LibraryDocument;
class MessageBar;

/**
 * Passages the user pins as matching between the two articles compared: kept in the
 * library for that pair, undoably; the comparison follows the library's pins.
 */
class PassagePinner final : public QObject
{
    Q_OBJECT

public:
    PassagePinner(LibraryDocument *library, ComparisonDocument *comparison, ArticlePane *left, ArticlePane *right, MessageBar *messages, QObject *parent);

    /// Pins the passages selected in the two panes. False (with a message) without a
    /// selection on both sides or without a library.
    bool pinSelectedPassages();
    /// Forgets the pins of the pair shown.
    bool clearPins();
    /// Pin Selections as Matching and Clear Pins of This Pair, for the Edit menu.
    QList<QAction *> actions() const { return m_actions; }

private:
    bool changePins(const QString &actionText, const QList<PinnedPassage> &pins);

    LibraryDocument *m_library;
    ComparisonDocument *m_comparison;
    ArticlePane *m_left;
    ArticlePane *m_right;
    MessageBar *m_messages;
    QList<QAction *> m_actions;
};

} // namespace Parallax
