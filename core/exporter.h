// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exportscope.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace Parallax
{

/// The formats annotated work is exported in, the same from the window and the command line.
enum class ExportFormat { Markdown, Csv, WebAnnotation, RefiQda };

namespace Exporter
{
/// The command-line name of FORMAT: md, csv, w3c, qdpx.
QString formatName(ExportFormat format);
std::optional<ExportFormat> formatNamed(const QString &name);
/// The file name suffix an export of FORMAT gets: md, csv, jsonld, qdpx.
QString suffix(ExportFormat format);
/// SCOPE's annotations in FORMAT; CREATOR names who made them (W3C and REFI-QDA say it).
/// std::nullopt when the library cannot be read (see the store's error).
std::optional<QByteArray> exportBytes(const Store &store, ExportFormat format, const ExportScope &scope, const QString &creator);
/// Who an export names as the annotations' creator when not told: the login name.
QString defaultCreator();
/// Writes BYTES to PATH all or nothing: a failed write leaves no half file, and an
/// earlier file stays. Returns why it failed, or an empty string.
QString writeFile(const QString &path, const QByteArray &bytes);
} // namespace Exporter

} // namespace Parallax
