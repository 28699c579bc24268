// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>

namespace Parallax::Bench
{

/// Two generated news-like texts to compare: B is A with paragraphs moved and every
/// tenth paragraph's figures changed.
struct Pair {
    QString a;
    QString b;
};

/// The pair of about WORDS words per side; made once per size and process, deterministic.
const Pair &pairOfSize(int words);

} // namespace Parallax::Bench
