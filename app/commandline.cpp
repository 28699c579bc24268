// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{
bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            // Both "--option value" and "--option=value".
            const size_t length = std::strlen(name);
            if (std::strncmp(argv[i], name, length) == 0 && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}
} // namespace

void CommandLine::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Parallax"_s);
    QCoreApplication::setApplicationName(u"parallax"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
    installTranslations();
}

void CommandLine::installTranslations()
{
    // The program's catalogues are compiled into it (app/CMakeLists.txt); Qt's own, for
    // the buttons of standard dialogs, lie where Qt was installed.
    auto *application = QCoreApplication::instance();
    const QLocale locale;
    auto *own = new QTranslator(application);
    // The sources are in English, and the English catalogue holds only the plural forms
    // ("1 time", "3 times"): a language without a catalogue of its own reads it too.
    if (own->load(locale, u"parallax"_s, u"_"_s, u":/i18n"_s) || own->load(u"parallax_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(application);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

CommandLine::CommandLine()
    : m_screenshot(u"screenshot"_s, QCoreApplication::translate("CommandLine", "Render the window offscreen, save it as a PNG to <file> and exit."), u"file"_s)
    , m_corpus(u"corpus"_s, QCoreApplication::translate("CommandLine", "Open the articles in <folder> instead of the bundled corpus."), u"folder"_s)
    , m_compare(u"compare"_s, QCoreApplication::translate("CommandLine", "Compare the two files given as arguments (A B) in the window."))
    , m_theme(u"theme"_s, QCoreApplication::translate("CommandLine", "Color scheme: system (default), light or dark."), u"theme"_s, u"system"_s)
    , m_database(u"db"_s, QCoreApplication::translate("CommandLine", "The library database (default: in the user's data folder)."), u"path"_s)
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Read reports side by side and see where the sources agree, conflict or leave things out."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_screenshot);
    m_parser.addOption(m_corpus);
    m_parser.addOption(m_compare);
    m_parser.addOption(m_theme);
    m_parser.addOption(m_database);
    m_parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("CommandLine", "Articles to open in the left and right panes."), u"[A [B]]"_s);
    // Each command has its own options; "parallax COMMAND --help" lists them.
    m_parser.addPositionalArgument(u"command"_s,
        QCoreApplication::translate("CommandLine",
            "Instead of opening the window, run a command (parallax COMMAND --help lists its options):\n"
            "compare A B: what two documents agree on, where they conflict, what only one says\n"
            "extract FILE…: the article of each file as a reader view shows it, with its metadata\n"
            "import FILE…: documents, folders, W3C Web Annotation or REFI-QDA projects\n"
            "export: Markdown notes, CSV, W3C, REFI-QDA, or the report of a comparison\n"
            "tags: the tags, with how often each is used\n"
            "annotate: tag or note a passage of an article\n"
            "annotations: the annotations of an article or of the library\n"
            "agreement --coder A --coder B: how far coders agree, per tag (kappa, alpha)"),
        u"| command …"_s);
}

bool CommandLine::wantsGui(int argc, char **argv)
{
    return !hasArgument(argc, argv, {"--help", "-h", "-?", "--help-all", "--version", "-v"});
}

bool CommandLine::wantsScreenshot(int argc, char **argv)
{
    return hasArgument(argc, argv, {"--screenshot", "-screenshot"});
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        std::fprintf(stderr, "parallax: %s\n", qPrintable(m_parser.errorText()));
        return 2;
    }
    if (m_parser.isSet(u"help"_s) || m_parser.isSet(u"help-all"_s)) {
        std::fputs(qPrintable(m_parser.helpText()), stdout);
        return 0;
    }
    if (m_parser.isSet(u"version"_s)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 2) {
        std::fprintf(stderr, "parallax: unexpected argument '%s' (see parallax --help)\n", qPrintable(positional.at(2)));
        return 2;
    }
    if (m_parser.isSet(m_compare) && positional.size() != 2) {
        std::fprintf(stderr, "parallax: --compare needs two files, A and B\n");
        return 2;
    }
    const QString theme = m_parser.value(m_theme);
    if (theme != "system"_L1 && theme != "light"_L1 && theme != "dark"_L1) {
        std::fprintf(stderr, "parallax: unknown theme '%s' (use system, light or dark)\n", qPrintable(theme));
        return 2;
    }
    return std::nullopt;
}

QString CommandLine::screenshotPath() const
{
    return m_parser.value(m_screenshot);
}

QStringList CommandLine::files() const
{
    return m_parser.positionalArguments();
}

QString CommandLine::theme() const
{
    return m_parser.value(m_theme);
}

QString CommandLine::corpusDirectory() const
{
    return m_parser.value(m_corpus);
}

QString CommandLine::databasePath() const
{
    return m_parser.value(m_database);
}

} // namespace Parallax
