// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QStringView>

namespace Parallax
{

/// The edit distance of A and B: the fewest insertions, deletions and substitutions of
/// UTF-16 units that make one the other. Quadratic in time, linear in memory: for
/// quotes and names, not for whole texts.
qsizetype editDistance(QStringView a, QStringView b);

} // namespace Parallax
