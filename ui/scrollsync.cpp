// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "scrollsync.h"

#include "textgeometry.h"

#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace Parallax
{

ScrollSynchronizer::ScrollSynchronizer(QPlainTextEdit *left, QPlainTextEdit *right, QObject *parent)
    : QObject(parent)
    , m_left(left)
    , m_right(right)
{
    for (QPlainTextEdit *view : {left, right}) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, view] {
            follow(view);
        });
    }
}

void ScrollSynchronizer::setMatches(QList<Match> matches)
{
    m_matches = std::move(matches);
}

void ScrollSynchronizer::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void ScrollSynchronizer::follow(QPlainTextEdit *leader)
{
    if (!m_enabled || m_following || m_matches.isEmpty())
        return;
    const bool leftLeads = leader == m_left;
    QPlainTextEdit *follower = leftLeads ? m_right : m_left;
    const int top = leader->verticalScrollBar()->value();
    // The passage a reader is at: the one nearest to the top third of the view.
    const int readingLine = top + leader->verticalScrollBar()->pageStep() / 3;
    const Match *nearest = nullptr;
    int nearestDistance = std::numeric_limits<int>::max();
    for (const Match &match : std::as_const(m_matches)) {
        const TextRange &passage = leftLeads ? match.left : match.right;
        const int first = TextGeometry::lineOf(leader, passage.start);
        const int last = TextGeometry::lineOf(leader, passage.end);
        const int distance = readingLine < first ? first - readingLine : (readingLine > last ? readingLine - last : 0);
        if (distance < nearestDistance) {
            nearestDistance = distance;
            nearest = &match;
        }
    }
    if (!nearest)
        return;
    const TextRange &leading = leftLeads ? nearest->left : nearest->right;
    const TextRange &following = leftLeads ? nearest->right : nearest->left;
    const QScopedValueRollback guard(m_following, true);
    TextGeometry::scrollTo(follower, following.start, TextGeometry::lineOf(leader, leading.start) - top);
}

} // namespace Parallax
