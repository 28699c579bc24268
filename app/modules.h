// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>

#include <QFunctionPointer>
#include <QString>

namespace Parallax
{

/**
 * The parts of the program that need libraries a scripted command does not: the window
 * and the PDF report printer (Qt Widgets, Qt GUI, KF6 SyntaxHighlighting) in the module
 * parallax_gui, PDF reading (Poppler) in parallax_pdfreader, fetching web pages (Qt
 * Network) in parallax_webcommands. `parallax compare` and the
 * library commands start with Qt Core and the core library alone; a module is loaded
 * when a command first needs it.
 *
 * The modules lie in the program's private library folder, found relative to the
 * executable, as in the build tree so in an installed tree.
 */
namespace Modules
{
/// SYMBOL of MODULE ("parallax_gui"), loaded if need be; null with ERROR set when the
/// module is missing or broken.
QFunctionPointer resolve(const QString &module, const char *symbol, QString *error);

/// What the program reads: core's formats, and PDF with parallax_pdfreader, loaded
/// when the first PDF comes (without it, a PDF is refused with the reason).
ImportFormats importFormats();

/// The names of the modules and of what they export.
inline constexpr auto Gui = "parallax_gui";
inline constexpr auto PdfReader = "parallax_pdfreader";
inline constexpr auto WebCommands = "parallax_webcommands";
/// int parallaxGuiMain(int argc, char **argv, const ImportFormats *formats): the window.
inline constexpr auto GuiMain = "parallaxGuiMain";
/// int parallaxRunWithPdfPrinter(int argc, char **argv,
///                               int (*command)(const QStringList &, const Exporter::PdfPrinter &)):
/// COMMAND with an offscreen Qt GUI application, given the PDF report printer.
inline constexpr auto RunWithPdfPrinter = "parallaxRunWithPdfPrinter";
/// int parallaxWebCommand(int argc, char **argv, const ImportFormats *formats):
/// `parallax fetch` and `parallax check`, with Qt Network.
inline constexpr auto WebCommand = "parallaxWebCommand";
/// QFunctionPointer parallaxPdfReader(): PdfImport::importPdf.
inline constexpr auto PdfReaderFunction = "parallaxPdfReader";
} // namespace Modules

} // namespace Parallax
