// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>
#include <core/text/expected.h>
#include <core/text/textrange.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parallax
{

/**
 * How far coders agree on the articles of a library that each of them coded: per tag
 * and overall, the share of characters they coded alike, Cohen's kappa of the
 * characters (for two coders) and Krippendorff's alpha for unitizing (uα, for any
 * number); and the passages where they differ, for a reviewer to go through.
 *
 * A tag's sections are the passages each coder annotated with it or one of its
 * sub-tags; the continuum is the articles' texts one after the other.
 */
struct AgreementReport {
    Q_DECLARE_TR_FUNCTIONS(AgreementReport)

public:
    struct Row {
        QString tag; ///< empty for the overall row
        int sections = 0; ///< passages the coders gave it, all together
        std::optional<double> percent; ///< characters coded alike, 0–1 (two coders)
        std::optional<double> kappa; ///< Cohen's kappa of the characters (two coders)
        std::optional<double> alpha; ///< Krippendorff's uα
    };
    /// A stretch of an article that some of the coders gave a tag and the others did not.
    struct Disagreement {
        qint64 articleId = 0;
        QString title;
        QString tag;
        TextRange range; ///< in the article's text (UTF-16), as the window has it
        TextRange codePoints; ///< the same in code points, as the reports give it
        QString quote;
        QStringList codedBy;
    };

    QStringList coders;
    QList<qint64> articles; ///< coded by every one of the coders
    QList<Row> tags;
    Row overall;
    QList<Disagreement> disagreements;

    /// The agreement of CODERS (two or more names) in STORE, on every tag or on TAG_PATH
    /// and its sub-tags. Fails when fewer than two coders are named, when no article was
    /// coded by all of them, or when the library cannot be read.
    static Expected<AgreementReport> compute(const Store &store, const QStringList &coders, const QString &tagPath = {});

    /// A table for the terminal, then the disagreements.
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace Parallax
