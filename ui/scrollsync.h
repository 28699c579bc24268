// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

#include <QList>
#include <QObject>

class QPlainTextEdit;

namespace Parallax
{

/**
 * Scrolls one article along with the other by the alignment: when the user scrolls a
 * pane, the passage near the top third of it is found among the aligned passages, and
 * the other pane is scrolled so that its match stands at the same height. News
 * reorders, so this follows the matches, not the line numbers.
 */
class ScrollSynchronizer final : public QObject
{
    Q_OBJECT

public:
    /// Two passages that say the same.
    struct Match {
        TextRange left;
        TextRange right;
    };

    ScrollSynchronizer(QPlainTextEdit *left, QPlainTextEdit *right, QObject *parent = nullptr);

    void setMatches(QList<Match> matches);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// Scrolls FOLLOWER to match LEADER now (one of the two views).
    void follow(QPlainTextEdit *leader);

private:
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
    QList<Match> m_matches;
    bool m_enabled = true;
    bool m_following = false; ///< set while we scroll, so that the follower does not lead back
};

} // namespace Parallax
