// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/comparison.h>

#include <QList>
#include <QString>

namespace Parallax
{

/**
 * Remembers the passages a user pinned as matching, per pair of documents. A pair is
 * known by the content of its two texts, so the pins follow the articles wherever their
 * files move, and in either order: pins made with the sides swapped are swapped back.
 */
namespace PinStore
{

QList<PinnedPassage> load(const QString &textA, const QString &textB);
void save(const QString &textA, const QString &textB, const QList<PinnedPassage> &pins);

} // namespace PinStore

} // namespace Parallax
