// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/exportscope.h>

#include <QString>

namespace Parallax
{

/**
 * Annotated notes as Markdown that reads well on its own and in Obsidian: YAML front
 * matter, each article's annotations in text order — the quote as a blockquote, the
 * note, the tags as #tag/subtag, and a citation — then its reviewed discrepancies.
 */
namespace NotesExport
{
/// The notes of SCOPE; std::nullopt (with the store's error) if they cannot be read.
StoreResult<QString> markdown(const Store &store, const ExportScope &scope);
/// TAG_PATH as an Obsidian tag: "#Economy/Gross_product" (no spaces inside a tag).
QString obsidianTag(const QString &tagPath);
/// How a review state is written in exports: "confirmed", "dismissed", …
QString reviewStateName(ClaimReview::State state);
} // namespace NotesExport

/**
 * Annotations as CSV (RFC 4180: comma-separated, fields quoted where needed, quotes
 * doubled, CRLF line ends), UTF-8, with a header row; offsets in code points.
 */
namespace CsvExport
{
StoreResult<QString> annotations(const Store &store, const ExportScope &scope);
/// One RFC 4180 record of FIELDS, with its CRLF.
QString record(const QStringList &fields);
} // namespace CsvExport

} // namespace Parallax
