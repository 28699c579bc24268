// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "storeengine.h"

#include "postgresstoreengine.h"
#include "sqlitestoreengine.h"

using namespace Qt::StringLiterals;

namespace Parallax
{

bool StoreEngine::isServerUri(const QString &location)
{
    return location.startsWith("postgresql://"_L1, Qt::CaseInsensitive) || location.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

std::unique_ptr<StoreEngine> StoreEngine::forLocation(const QString &location)
{
    if (isServerUri(location))
        return std::make_unique<PostgresStoreEngine>();
    return std::make_unique<SqliteStoreEngine>();
}

} // namespace Parallax
