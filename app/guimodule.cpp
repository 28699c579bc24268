// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// The module parallax_gui: the window, and the PDF report printer for `export`. It is
// loaded only by what needs Qt Widgets or Qt GUI (see modules.h).
#include "commandline.h"

#include <core/exchange/exporter.h>
#include <core/import/corpus.h>
#include <core/import/importformats.h>
#include <ui/libraryopener.h>
#include <ui/mainwindow.h>
#include <ui/reportprinter.h>
#include <ui/settings.h>
#include <ui/theme.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

void setApplicationInfo()
{
    CommandLine::setApplicationInfo();
    QGuiApplication::setDesktopFileName(u"org.parallax.Parallax"_s);
}

// Waits for the comparison and the first layout and paint, then saves what a person
// would see.
int saveScreenshot(MainWindow &window, const QString &path)
{
    window.show();
    QElapsedTimer waited;
    waited.start();
    while ((window.isOpeningFiles() || window.isComparing()) && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    const QImage image = window.grab().toImage();
    if (!image.save(path, "PNG")) {
        std::fprintf(stderr, "parallax: cannot save the screenshot to %s\n", qPrintable(QDir::toNativeSeparators(path)));
        return 1;
    }
    std::printf("parallax: saved a %dx%d screenshot to %s\n", image.width(), image.height(), qPrintable(QDir::toNativeSeparators(path)));
    return 0;
}

} // namespace

extern "C" Q_DECL_EXPORT int parallaxRunWithPdfPrinter(int argc, char **argv, int (*command)(const QStringList &, const Exporter::PdfPrinter &))
{
    // A PDF report is laid out with Qt GUI's fonts; nothing is shown.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setApplicationInfo();
    return command(QCoreApplication::arguments(), &ReportPrinter::toPdf);
}

extern "C" Q_DECL_EXPORT int parallaxGuiMain(int argc, char **argv, const ImportFormats *formats)
{
    if (CommandLine::wantsScreenshot(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setApplicationInfo();
    CommandLine commandLine;
    if (const std::optional<int> exitCode = commandLine.parse(QCoreApplication::arguments()))
        return *exitCode;

    Theme::apply(Theme::fromName(commandLine.theme()).value_or(Settings().view().theme));

    QString corpusDirectory = commandLine.corpusDirectory();
    if (corpusDirectory.isEmpty())
        corpusDirectory = Corpus::locateBundled(QCoreApplication::applicationDirPath());
    const Corpus corpus = corpusDirectory.isEmpty() ? Corpus() : Corpus::load(corpusDirectory);
    for (const QString &problem : corpus.errors())
        std::fprintf(stderr, "parallax: %s\n", qPrintable(problem));
    if (!commandLine.corpusDirectory().isEmpty() && corpus.documents().isEmpty()) {
        std::fprintf(stderr, "parallax: no article could be read from %s\n", qPrintable(QDir::toNativeSeparators(corpusDirectory)));
        return 1;
    }

    // The library outlives the window, which keeps a pointer to it.
    const QString databasePath = commandLine.databasePath().isEmpty() ? Store::defaultPath() : commandLine.databasePath();
    const bool interactive = commandLine.screenshotPath().isEmpty();
    const LibraryOpener::Asker nobodyToAsk = [](const StoreError &error) {
        std::fprintf(stderr, "parallax: %s; going on without a library\n", qPrintable(error.message));
        return LibraryOpener::Choice::ContinueWithout;
    };
    const std::unique_ptr<Store> store = LibraryOpener::open(
        databasePath, interactive ? LibraryOpener::dialogAsker(nullptr) : nobodyToAsk, LibraryOpener::dialogFileChooser(nullptr, databasePath));

    MainWindow window(*formats);
    window.setStore(store.get());
    window.setArticles(corpus.documents());
    window.showProblems(corpus.errors());
    if (!commandLine.files().isEmpty())
        window.openFiles(commandLine.files());

    if (!commandLine.screenshotPath().isEmpty()) {
        std::printf("parallax: library: %d articles from %s\n", int(corpus.documents().size()), qPrintable(QDir::toNativeSeparators(corpusDirectory)));
        return saveScreenshot(window, commandLine.screenshotPath());
    }

    window.show();
    return QApplication::exec();
}
