// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "storeengine.h"

#include "postgresstoreengine.h"
#include "sqlitestoreengine.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax
{

std::unique_ptr<StoreEngine> StoreEngine::forLocation(const QString &location)
{
    if (location.startsWith("postgresql://"_L1, Qt::CaseInsensitive) || location.startsWith("postgres://"_L1, Qt::CaseInsensitive))
        return std::make_unique<PostgresStoreEngine>();
    return std::make_unique<SqliteStoreEngine>();
}

QList<StoreEngine::SearchTerm> StoreEngine::searchTerms(const QString &words)
{
    QList<SearchTerm> terms;
    for (QString word : words.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        const bool prefix = word.endsWith(u'*') && word.size() > 1;
        if (prefix)
            word.chop(1);
        terms.append({word, prefix});
    }
    return terms;
}

} // namespace Parallax
