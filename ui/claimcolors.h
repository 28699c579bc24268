// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/comparison.h>

#include <QColor>
#include <QPalette>

namespace Parallax
{

/// The colors of claim statuses, chosen to read on light and on dark palettes alike.
namespace ClaimColors
{

/// A background for text of this status on PALETTE's base color.
QColor forStatus(ClaimStatus status, const QPalette &palette);
/// A stronger color of the status, for small marks such as the overview strip's.
QColor marker(ClaimStatus status, const QPalette &palette);
/// The color of a link between matching passages that hold no claim.
QColor neutralLink(const QPalette &palette);
/// The text color for boilerplate: dimmed against the palette.
QColor boilerplate(const QPalette &palette);

} // namespace ClaimColors

} // namespace Parallax
