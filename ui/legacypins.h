// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/pinnedpassage.h>

#include <QList>
#include <QString>

namespace Parallax
{

/**
 * Pins made before they lived in the library: Parallax kept them in its settings file,
 * per pair of texts (known by their content, in either order). The window moves them
 * into the library the first time it shows their pair, then forgets them here.
 */
namespace LegacyPins
{

/// The pins kept for the two texts, with the sides as asked.
QList<PinnedPassage> load(const QString &textA, const QString &textB);
void forget(const QString &textA, const QString &textB);

} // namespace LegacyPins

} // namespace Parallax
