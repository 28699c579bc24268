// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>
#include <QStringView>

namespace Parallax
{

/// TEXT in lower case, exactly as QString::toLower() gives it. Most news is ASCII, which
/// this lowers by itself: toLower() looks each character up in Unicode's tables, which
/// made it a twentieth of a comparison.
QString lowerCased(QStringView text);

} // namespace Parallax
