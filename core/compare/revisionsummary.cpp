// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "revisionsummary.h"

#include "comparison.h"

#include <core/text/readerview.h>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// At most this many changed figures are named; the rest are counted.
constexpr int NamedFigures = 3;

QSet<QString> paragraphsOf(const Document &document)
{
    const QStringList blocks = ReaderView(document).body().split(u"\n\n"_s, Qt::SkipEmptyParts);
    return QSet<QString>(blocks.cbegin(), blocks.cend());
}

} // namespace

QString RevisionSummary::between(const Document &before, const Document &after)
{
    QStringList parts;
    const ComparisonResult result = Comparator::compare(before, after);
    int figures = 0;
    for (const Claim &claim : result.claims) {
        if (claim.status != ClaimStatus::Conflict || !claim.a || !claim.b)
            continue;
        if (++figures <= NamedFigures) {
            const QString subject = claim.b->subjectWord.isEmpty() ? claim.a->subjectWord : claim.b->subjectWord;
            parts << (subject.isEmpty() ? QString() : subject + u' ') + claim.a->text + u" → "_s + claim.b->text;
        }
    }
    if (figures > NamedFigures)
        parts << QCoreApplication::translate("RevisionSummary", "%n more figure(s) changed", nullptr, figures - NamedFigures);
    const QSet<QString> old = paragraphsOf(before);
    const QSet<QString> current = paragraphsOf(after);
    // A paragraph gone and one come in its place read, to a person, as one reworded.
    const int gone = int((old - current).size());
    const int come = int((current - old).size());
    const int reworded = std::min(gone, come);
    if (reworded > 0)
        parts << QCoreApplication::translate("RevisionSummary", "%n paragraph(s) reworded", nullptr, reworded);
    if (come > reworded)
        parts << QCoreApplication::translate("RevisionSummary", "%n paragraph(s) added", nullptr, come - reworded);
    if (gone > reworded)
        parts << QCoreApplication::translate("RevisionSummary", "%n paragraph(s) removed", nullptr, gone - reworded);
    if (parts.isEmpty())
        return QCoreApplication::translate("RevisionSummary", "no change to the article's text");
    return parts.join(u"; "_s);
}

} // namespace Parallax
