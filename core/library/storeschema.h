// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QStringList>

namespace Parallax::StoreSchema
{

/// The statements that take a database from version N to N + 1, for N = 0, 1, …: the
/// schema's whole history, applied in order. Never edit a step that has shipped; add one.
const QList<QStringList> &migrations();

/// The same for PostgreSQL, whose libraries begin at version 6: steps 0 to 4 are empty,
/// step 5 makes the schema of version 6 at once. Later versions add a step to both.
const QList<QStringList> &postgresMigrations();

} // namespace Parallax::StoreSchema
