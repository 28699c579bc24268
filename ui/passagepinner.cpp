// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "passagepinner.h"

#include "articlepane.h"
#include "messagebar.h"
#include "themedicon.h"

#include <core/document/comparisondocument.h>
#include <core/document/librarydocument.h>

#include <QAction>

using namespace Qt::StringLiterals;

namespace Parallax
{

PassagePinner::PassagePinner(
    LibraryDocument *library, ComparisonDocument *comparison, ArticlePane *left, ArticlePane *right, MessageBar *messages, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_comparison(comparison)
    , m_left(left)
    , m_right(right)
    , m_messages(messages)
{
    auto *pin = new QAction(ThemedIcon::named(u"pin"_s), tr("&Pin Selections as Matching"), this);
    pin->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
    pin->setToolTip(tr("Tell Parallax that the passages selected in the two panes say the same thing; "
                       "it compares them as a match and keeps this for the pair in the library (Ctrl+Shift+M)"));
    connect(pin, &QAction::triggered, this, &PassagePinner::pinSelectedPassages);
    auto *unpin = new QAction(tr("&Clear Pins of This Pair"), this);
    unpin->setToolTip(tr("Forget the passages pinned as matching for the two articles shown"));
    connect(unpin, &QAction::triggered, this, &PassagePinner::clearPins);
    m_actions = {pin, unpin};
}

bool PassagePinner::changePins(const QString &actionText, const QList<PinnedPassage> &pins)
{
    const qint64 a = m_comparison->articleA();
    const qint64 b = m_comparison->articleB();
    if (!a || !b) {
        m_messages->showError(tr("To pin passages, show an article in each pane first."));
        return false;
    }
    // The library's pinsChanged() brings the comparison up to date.
    return m_library->setPins(a, b, pins, actionText).has_value(); // says why if not
}

bool PassagePinner::pinSelectedPassages()
{
    const TextRange left = m_left->selectedRange();
    const TextRange right = m_right->selectedRange();
    if (m_left->currentRow() < 0 || m_right->currentRow() < 0 || left.isEmpty() || right.isEmpty()) {
        m_messages->showError(tr("To pin two passages as matching, select a passage in each pane first."));
        return false;
    }
    const QList<PinnedPassage> &pins = m_comparison->pins();
    const PinnedPassage pin {left, right};
    if (pins.contains(pin))
        return true;
    return changePins(tr("Pin Passages as Matching"), pins + QList<PinnedPassage> {pin});
}

bool PassagePinner::clearPins()
{
    if (m_comparison->pins().isEmpty())
        return true;
    return changePins(tr("Clear Pins"), {});
}

} // namespace Parallax
