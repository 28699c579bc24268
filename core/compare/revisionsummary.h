// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QString>

namespace Parallax
{

/**
 * What changed from one revision of a source to the next, in one line a person reads at
 * a glance: "deaths At least 5 → At least 24; 1 paragraph reworded; 1 paragraph added". The changed figures are the
 * conflicts the comparison engine finds between the two revisions; the paragraphs are
 * those of the article (page furniture left out) that the other revision does not have
 * word for word.
 */
namespace RevisionSummary
{
QString between(const Document &before, const Document &after);
}

} // namespace Parallax
