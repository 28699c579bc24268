// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "comparison.h"
#include "document.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Parallax
{

/**
 * Writes a comparison in the formats of `parallax compare`: the JSON contract of
 * design.md (offsets in code points), a plain-text report grouped by status, and a
 * self-contained side-by-side HTML page.
 */
class ComparisonReport final
{
public:
    ComparisonReport(const Document &a, const Document &b, const ComparisonResult &result);

    QJsonObject toJson() const;
    QString toText() const;
    QString toHtml() const;

private:
    const Document &m_a;
    const Document &m_b;
    const ComparisonResult &m_result;
};

} // namespace Parallax
