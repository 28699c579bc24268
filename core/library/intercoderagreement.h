// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QList>

#include <optional>

namespace Parallax::IntercoderAgreement
{

/// How far two coders agree beyond chance on categories given to the same items: the
/// share of items they agree on, the share chance alone would give, and Cohen's kappa,
/// (observed − expected) / (1 − expected).
struct Kappa {
    double observed = 0;
    double expected = 0;
    double kappa = 0;
};

/// Cohen's kappa from the confusion matrix of two coders (MATRIX[a][b]: the items coder
/// A put in category a and coder B in category b; square). Null when it is undefined:
/// no items, or chance alone would agree on all of them (one category only).
std::optional<Kappa> cohensKappa(const QList<QList<double>> &matrix);

/// A stretch of a continuum (a text, in characters) that one coder gave a category.
struct Section {
    int coder = 0; ///< 0, 1, …
    double begin = 0;
    double length = 0;
};

/// Krippendorff's alpha for unitizing (uα) of one category: the observed and the
/// expected disagreement of where the coders put the category's sections and where
/// they left gaps, and alpha = 1 − observed / expected.
struct Unitized {
    double observed = 0;
    double expected = 0;
    double alpha = 0;
};

/// uα of one category on the continuum [BEGIN, BEGIN + LENGTH) coded by CODERS coders,
/// whose SECTIONS of the category lie within it; one coder's sections may overlap
/// (they are joined). Krippendorff, "Content Analysis" (2004), §12.4. Null when
/// undefined: fewer than two coders, an empty continuum, or no expected disagreement.
std::optional<Unitized> unitizedAlpha(double begin, double length, int coders, QList<Section> sections);

/// uα over several categories: 1 − Σ observed / Σ expected. Null when nothing is expected.
std::optional<double> unitizedAlpha(const QList<Unitized> &categories);

/// The 2 × 2 matrix (coded / not coded by coder 0, by coder 1) of the characters of the
/// continuum [BEGIN, BEGIN + LENGTH) for one category: what cohensKappa() of the
/// category's characters reads.
QList<QList<double>> characterMatrix(double begin, double length, QList<Section> sections);

} // namespace Parallax::IntercoderAgreement
