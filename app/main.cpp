// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "commandline.h"
#include "comparecommand.h"
#include "extractcommand.h"
#include "librarycommands.h"
#include "modules.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// Runs SYMBOL of MODULE with the arguments, or says why it cannot.
template<typename Function, typename... Arguments>
int runFromModule(const char *module, const char *symbol, Arguments... arguments)
{
    QString error;
    const auto function = reinterpret_cast<Function>(Modules::resolve(QString::fromLatin1(module), symbol, &error));
    if (!function) {
        std::fprintf(stderr, "parallax: %s cannot be loaded: %s\n", module, qPrintable(error));
        return 1;
    }
    return function(arguments...);
}

template<typename Function, typename... Arguments>
int runFromGuiModule(const char *symbol, Arguments... arguments)
{
    return runFromModule<Function>(Modules::Gui, symbol, arguments...);
}

// Whether the arguments ask for a PDF ("--format pdf", "--format=pdf").
bool asksForPdf(int argc, char **argv)
{
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--format=pdf") == 0 || (qstrcmp(argv[i], "--format") == 0 && i + 1 < argc && qstrcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}

int runLibraryCommandWithPdfPrinter(const QStringList &arguments, const Exporter::PdfPrinter &pdfPrinter)
{
    return LibraryCommands::run(arguments, {Modules::importFormats(), pdfPrinter});
}

} // namespace

int main(int argc, char **argv)
{
    // Subcommands for scripting run without a display, and without loading a GUI.
    if (argc >= 2 && qstrcmp(argv[1], "compare") == 0) {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        return CompareCommand::run(QCoreApplication::arguments(), Modules::importFormats());
    }
    if (argc >= 2 && qstrcmp(argv[1], "extract") == 0) {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        return ExtractCommand::run(QCoreApplication::arguments(), Modules::importFormats());
    }
    if (argc >= 2 && (qstrcmp(argv[1], "fetch") == 0 || qstrcmp(argv[1], "check") == 0 || qstrcmp(argv[1], "schedule") == 0)) {
        using Run = int (*)(int, char **, const ImportFormats *);
        const ImportFormats formats = Modules::importFormats();
        return runFromModule<Run>(Modules::WebCommands, Modules::WebCommand, argc, argv, &formats);
    }
    if (argc >= 2 && qstrcmp(argv[1], "export") == 0 && asksForPdf(argc, argv)) {
        // A PDF report needs Qt GUI's fonts and layout: the window's module has them.
        using Run = int (*)(int, char **, int (*)(const QStringList &, const Exporter::PdfPrinter &));
        return runFromGuiModule<Run>(Modules::RunWithPdfPrinter, argc, argv, &runLibraryCommandWithPdfPrinter);
    }
    if (argc >= 2 && LibraryCommands::isLibraryCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        // Without Qt GUI there is no PDF printer; a PDF export took the branch above.
        return LibraryCommands::run(QCoreApplication::arguments(), {Modules::importFormats(), {}});
    }
    // --help and --version must answer on a machine without a display.
    if (!CommandLine::wantsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        CommandLine::setApplicationInfo();
        CommandLine commandLine;
        return commandLine.parse(QCoreApplication::arguments()).value_or(0);
    }
    using GuiMain = int (*)(int, char **, const ImportFormats *);
    const ImportFormats formats = Modules::importFormats();
    return runFromGuiModule<GuiMain>(Modules::GuiMain, argc, argv, &formats);
}
