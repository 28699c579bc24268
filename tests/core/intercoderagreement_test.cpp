// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/library/intercoderagreement.h>

#include <gtest/gtest.h>

using namespace Parallax;
using namespace Parallax::IntercoderAgreement;

namespace
{

// Krippendorff (1995), "On the reliability of unitizing contiguous data", Sociological
// Methodology 25, p. 57: four pairs of coders (A–D) on a continuum of 24, each section
// given as (begin, length) and scaled by STRETCH.
QList<Section> krippendorff1995(char pair, double stretch)
{
    struct Row {
        char pair;
        int coder;
        double begin;
        double length;
    };
    static const QList<Row> rows = {
        {'A', 0, 2, 8},
        {'A', 0, 14, 6},
        {'A', 1, 4, 4},
        {'A', 1, 15, 2},
        {'B', 0, 0, 18},
        {'B', 1, 0, 2},
        {'B', 1, 2, 1},
        {'B', 1, 3, 1},
        {'B', 1, 4, 1},
        {'B', 1, 5, 1},
        {'B', 1, 6, 3},
        {'B', 1, 9, 1},
        {'C', 0, 2, 6},
        {'C', 0, 10, 2},
        {'C', 0, 14, 4},
        {'C', 0, 20, 2},
        {'C', 1, 0, 2},
        {'C', 1, 4, 4},
        {'C', 1, 10, 4},
        {'C', 1, 16, 2},
        {'C', 1, 20, 2},
        {'D', 0, 0, 2},
        {'D', 0, 2, 8},
        {'D', 0, 10, 4},
        {'D', 0, 14, 6},
        {'D', 0, 20, 4},
        {'D', 1, 0, 4},
        {'D', 1, 4, 4},
        {'D', 1, 8, 7},
        {'D', 1, 15, 2},
        {'D', 1, 17, 7},
    };
    QList<Section> sections;
    for (const Row &row : rows) {
        if (row.pair == pair)
            sections.append({row.coder, row.begin * stretch, row.length * stretch});
    }
    return sections;
}

} // namespace

TEST(IntercoderAgreement, cohensKappa_ofCohensOwnExample)
{
    // Cohen (1960), "A coefficient of agreement for nominal scales", p. 45: 200 items in
    // three categories.
    const auto kappa = cohensKappa({{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
    ASSERT_TRUE(kappa);
    EXPECT_NEAR(kappa->observed, 0.70, 1e-9);
    EXPECT_NEAR(kappa->expected, 0.41, 1e-9);
    EXPECT_NEAR(kappa->kappa, 0.492, 0.0005);
    // Undefined without items, or when chance alone agrees on everything.
    EXPECT_FALSE(cohensKappa({{0, 0}, {0, 0}}));
    EXPECT_FALSE(cohensKappa({{24}}));
    EXPECT_FALSE(cohensKappa({{1, 2}, {3}}));
}

TEST(IntercoderAgreement, unitizedAlpha_ofKrippendorffsWorkedExample)
{
    // Krippendorff (2004), "Content Analysis", 2nd ed., p. 254: two observers on the
    // continuum 150–450, categories c and k.
    const QList<Section> c = {{0, 225, 70}, {0, 370, 30}, {1, 220, 80}, {1, 355, 20}, {1, 400, 20}};
    const QList<Section> k = {{0, 180, 60}, {0, 300, 50}, {1, 180, 60}, {1, 300, 50}};
    const auto alphaC = unitizedAlpha(150, 300, 2, c);
    const auto alphaK = unitizedAlpha(150, 300, 2, k);
    ASSERT_TRUE(alphaC && alphaK);
    EXPECT_NEAR(alphaC->observed, 0.0144, 0.00005);
    EXPECT_NEAR(alphaC->expected, 0.0532, 0.00005);
    EXPECT_NEAR(alphaC->alpha, 0.7286, 0.00005);
    EXPECT_NEAR(alphaK->observed, 0.0, 1e-12);
    EXPECT_NEAR(alphaK->expected, 0.0490, 0.00005);
    EXPECT_NEAR(alphaK->alpha, 1.0, 1e-12);
    const auto overall = unitizedAlpha(QList<Unitized> {*alphaC, *alphaK});
    ASSERT_TRUE(overall);
    EXPECT_NEAR(*overall, 0.8591, 0.0005);
}

TEST(IntercoderAgreement, unitizedAlpha_ofKrippendorffs1995Pairs)
{
    // Observed disagreement on the continuum of 24, and alpha as the continuum grows
    // finer (Krippendorff's values are for a continuous scale).
    const QList<std::pair<char, double>> observed = {{'A', 0.03125}, {'B', 2.26736}, {'C', 0.02777}, {'D', 0.38715}};
    for (const auto &[pair, value] : observed) {
        const auto alpha = unitizedAlpha(0, 24, 2, krippendorff1995(pair, 1));
        ASSERT_TRUE(alpha) << pair;
        EXPECT_NEAR(alpha->observed, value, 0.00001) << pair;
    }
    const QList<std::pair<char, double>> alphas = {{'A', 0.553}, {'B', -0.926}, {'C', 0.679}, {'D', 0.066}};
    for (const auto &[pair, value] : alphas) {
        const auto alpha = unitizedAlpha(0, 24 * 50000.0, 2, krippendorff1995(pair, 50000));
        ASSERT_TRUE(alpha) << pair;
        EXPECT_NEAR(alpha->alpha, value, 0.02) << pair;
    }
}

TEST(IntercoderAgreement, charactersCodedAlike_giveKrippendorffsDigitizedKappa)
{
    // The same pair A, read character by character: Cohen's kappa 0.385.
    const QList<QList<double>> matrix = characterMatrix(0, 24, krippendorff1995('A', 1));
    EXPECT_EQ(matrix, (QList<QList<double>> {{6, 8}, {0, 10}}));
    const auto kappa = cohensKappa(matrix);
    ASSERT_TRUE(kappa);
    EXPECT_NEAR(kappa->kappa, 0.385, 0.001);
    EXPECT_NEAR(kappa->observed, 16.0 / 24, 1e-12);
}

TEST(IntercoderAgreement, identicalCoding_agreesFully_andNothingToCompare_isUndefined)
{
    const QList<Section> same = {{0, 10, 5}, {1, 10, 5}, {0, 40, 20}, {1, 40, 20}};
    const auto alpha = unitizedAlpha(0, 100, 2, same);
    ASSERT_TRUE(alpha);
    EXPECT_DOUBLE_EQ(alpha->alpha, 1.0);
    EXPECT_FALSE(unitizedAlpha(0, 100, 1, same)) << "one coder agrees with no one";
    EXPECT_FALSE(unitizedAlpha(0, 0, 2, same)) << "an empty continuum";
    EXPECT_FALSE(unitizedAlpha(0, 100, 2, {})) << "no section of the category at all";
    // A section of one coder that overlaps another of the same coder is one stretch.
    const auto joined = unitizedAlpha(0, 100, 2, {{0, 10, 10}, {0, 15, 10}, {1, 10, 15}});
    ASSERT_TRUE(joined);
    EXPECT_DOUBLE_EQ(joined->alpha, 1.0);
}
