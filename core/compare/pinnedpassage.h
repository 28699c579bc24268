// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

namespace Parallax
{

/// A person's ruling that two passages say the same thing, whatever the aligner thinks:
/// A in the first document of a comparison, B in the second.
struct PinnedPassage {
    TextRange a;
    TextRange b;

    bool operator==(const PinnedPassage &) const = default;
};

} // namespace Parallax
