// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "comparison.h"

#include <QLatin1StringView>
#include <QString>

/// The colours of the claim statuses, in one table: a conflict is the same red in the
/// window, in the HTML and PDF reports and in the claim matrix. Only A and only B share
/// one colour.
namespace Parallax::ClaimPalette
{

/// One colour as "#rrggbb", for a light and for a dark background.
struct Shades {
    QLatin1StringView light;
    QLatin1StringView dark;
};

/// The background of a passage that makes a claim of STATUS.
Shades background(ClaimStatus status);
/// The stronger colour of its marks: the overview strip, the link map.
Shades marker(ClaimStatus status);

/// CSS rules that give the classes agree, compatible, conflict and only their
/// background colours, for a dark page or a light one.
QString cssRules(bool dark);
/// A style sheet TEMPLATE with its markers DARK-CLAIM-COLOURS and CLAIM-COLOURS replaced
/// by cssRules(). Filled in before the page's text: no article can hold a marker then.
QString withCssRules(QString styleSheetTemplate);

} // namespace Parallax::ClaimPalette
