// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Parallax
{

/**
 * The word lists the comparison relies on, kept as data in the text files of core/lexicon/
 * (compiled in) so that each entry can carry a comment on why it is there, and lists can be
 * reviewed without reading code.
 *
 * A list file has one entry a line; `#` starts a comment; blank lines are skipped. A
 * map file has "key: value value …" lines, or "key: a phrase | another" where values
 * have spaces.
 */
namespace Lexicon
{
// Each call looks the list up under a lock: callers on a hot path keep the reference in
// a static of their own ("static const auto &words = Lexicon::set(…)"); it stays valid.

/// The entries of list NAME ("casualty-words"), in file order.
const QStringList &list(const char *name);
/// The entries of list NAME as a set, for look-ups.
const QSet<QString> &set(const char *name);
/// Map NAME: every value of a "key: v1 v2" line maps to key (and key to itself).
const QHash<QString, QString> &map(const char *name);
} // namespace Lexicon

} // namespace Parallax
