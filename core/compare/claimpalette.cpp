// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimpalette.h"

using namespace Qt::StringLiterals;

namespace Parallax::ClaimPalette
{

Shades background(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Agree:
        return {"#d4f4dd"_L1, "#1f4a2c"_L1};
    case ClaimStatus::Compatible: // a muted teal: not wrong, but not the same either
        return {"#d6ecf0"_L1, "#1d4048"_L1};
    case ClaimStatus::Conflict:
        return {"#f9c9cc"_L1, "#6b1f26"_L1};
    case ClaimStatus::OnlyA:
    case ClaimStatus::OnlyB:
        break;
    }
    return {"#fde8b8"_L1, "#5a4512"_L1};
}

Shades marker(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Agree:
        return {"#3ca05a"_L1, "#3fa35f"_L1};
    case ClaimStatus::Compatible:
        return {"#4a8c99"_L1, "#4f9dac"_L1};
    case ClaimStatus::Conflict:
        return {"#d6293a"_L1, "#e04f5c"_L1};
    case ClaimStatus::OnlyA:
    case ClaimStatus::OnlyB:
        break;
    }
    return {"#e09a10"_L1, "#d9a42b"_L1};
}

QString cssRules(bool dark)
{
    QString rules;
    for (const auto &[cssClass, status] : {std::pair {"agree"_L1, ClaimStatus::Agree},
             std::pair {"compatible"_L1, ClaimStatus::Compatible},
             std::pair {"conflict"_L1, ClaimStatus::Conflict},
             std::pair {"only"_L1, ClaimStatus::OnlyA}}) {
        const Shades shades = background(status);
        rules += u".%1 { background-color: %2; } "_s.arg(cssClass, dark ? shades.dark : shades.light);
    }
    return rules.trimmed();
}

QString withCssRules(QString styleSheetTemplate)
{
    // The dark marker first: it holds the other.
    return styleSheetTemplate.replace(u"DARK-CLAIM-COLOURS"_s, cssRules(true)).replace(u"CLAIM-COLOURS"_s, cssRules(false));
}

} // namespace Parallax::ClaimPalette
