// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "librarycommands.h"

#include "commandoutput.h"
#include "commandparser.h"

#include <core/compare/revisionsummary.h>
#include <core/exchange/agreementreport.h>
#include <core/exchange/exchangeimport.h>
#include <core/exchange/exporter.h>
#include <core/exchange/folderimport.h>
#include <core/import/documentimporter.h>
#include <core/library/store.h>
#include <core/text/codepoints.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <map>
#include <variant>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonValue &value)
{
    print(QString::fromUtf8(
        value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented) : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)));
}

std::optional<QString> formatOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString format = parser.value(option);
    return format == "text"_L1 || format == "json"_L1 ? std::optional(format) : std::nullopt;
}

// An article named by id, or by a file that is imported (once) if need be.
std::variant<qint64, CommandFailure> resolveArticle(Store &store, const QString &name, const ImportFormats &formats)
{
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    if (isNumber && !QFileInfo::exists(name)) {
        if (!store.article(id))
            return CommandFailure {1, LibraryCommands::tr("there is no article %1 in the library").arg(id)};
        return id;
    }
    const ImportResult imported = formats.importFile(name);
    if (!imported.has_value())
        return CommandFailure {1, imported.error().message};
    const StoreResult<ImportOutcome> outcome = store.importDocument(imported->document);
    if (!outcome)
        return CommandFailure {1, outcome.error().message};
    return outcome->articleId;
}

int finish(const QString &command, const CommandFailure &failure)
{
    std::fprintf(stderr, "parallax %s: %s\n", qPrintable(command), qPrintable(failure.message));
    return failure.status;
}

int runImport(const QStringList &arguments, const ImportFormats &formats)
{
    CommandParser command(LibraryCommands::tr("Import documents into the library; prints each one's article id."));
    command.parser().addPositionalArgument(u"import"_s, LibraryCommands::tr("The command."));
    command.parser().addPositionalArgument(u"FILE…"_s,
        LibraryCommands::tr(
            "Documents (Markdown, plain text, saved web pages, PDF) or folders of them, or work made elsewhere: W3C Web Annotation (.jsonld, .json), "
            "REFI-QDA projects (.qdpx)."));
    const QCommandLineOption withTexts(u"with-texts"_s,
        LibraryCommands::tr("Also read the texts a W3C annotation file names when they are files in its own folder (never files elsewhere). Without it, "
                            "annotations of texts not in the library are left out."));
    command.parser().addOption(withTexts);
    command.addCoderOption();
    if (const auto exit = command.parse(arguments, u"import"_s))
        return *exit;
    const auto textReading
        = command.parser().isSet(withTexts) ? ExchangeImport::TextReading::FilesBesideTheAnnotations : ExchangeImport::TextReading::LibraryOnly;
    if (command.positional().isEmpty())
        return finish(u"import"_s, {2, LibraryCommands::tr("needs at least one file (see parallax import --help)")});
    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"import"_s, *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    int status = 0;
    for (const QString &file : command.positional()) {
        if (QFileInfo(file).isDir()) {
            const FolderImportReport report = FolderImport::run(store, file, formats);
            for (const FolderImportReport::Skipped &skipped : report.skipped)
                finish(u"import"_s, {1, LibraryCommands::tr("skipped %1").arg(skipped.reason)});
            if (!report.storeError.isEmpty()) {
                finish(u"import"_s, {1, report.storeError});
                status = 1;
            }
            print(report.summary() + u'\n');
            continue;
        }
        if (ExchangeImport::handles(file)) {
            const auto report = ExchangeImport::importFile(store, file, formats, textReading);
            if (!report) {
                finish(u"import"_s, {1, report.error().message});
                status = 1;
            } else {
                print(ExchangeImport::summary(*report));
            }
            continue;
        }
        const ImportResult imported = formats.importFile(file);
        if (!imported) {
            // The other files still go in.
            finish(u"import"_s, {1, imported.error().message});
            status = 1;
            continue;
        }
        const StoreResult<ImportOutcome> outcome = store.importDocument(imported->document);
        if (!outcome) {
            finish(u"import"_s, {1, outcome.error().message});
            status = 1;
            continue;
        }
        print(u"%1\n"_s.arg(outcome->articleId));
    }
    return status;
}

int runTags(const QStringList &arguments)
{
    CommandParser command(LibraryCommands::tr("List the tags of the library, with how often each is used."));
    const QCommandLineOption format(u"format"_s, LibraryCommands::tr("Output format: text (default) or json."), u"format"_s, u"text"_s);
    command.parser().addOption(format);
    command.parser().addPositionalArgument(u"tags"_s, LibraryCommands::tr("The command."));
    if (const auto exit = command.parse(arguments, u"tags"_s))
        return *exit;
    const auto formatName = formatOption(command.parser(), format);
    if (!formatName)
        return finish(u"tags"_s, {2, LibraryCommands::tr("unknown format '%1' (use text or json)").arg(command.parser().value(format))});
    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"tags"_s, *failure);
    const StoreResult<QList<Tag>> tags = std::get<std::unique_ptr<Store>>(opened)->tags();
    if (!tags)
        return finish(u"tags"_s, {1, tags.error().message});
    if (*formatName == "json"_L1) {
        QJsonArray list;
        for (const Tag &tag : *tags) {
            list.append(QJsonObject {{u"id"_s, tag.id},
                {u"path"_s, tag.path},
                {u"name"_s, tag.name},
                {u"parent"_s, tag.parentId ? QJsonValue(*tag.parentId) : QJsonValue()},
                {u"color"_s, tag.color},
                {u"description"_s, tag.description},
                {u"count"_s, tag.annotationCount}});
        }
        printJson(list);
        return 0;
    }
    QString text;
    for (const Tag &tag : *tags)
        text += QString(tag.path.count(u'/') * 2, u' ') + u"%1 (%2)\n"_s.arg(tag.name).arg(tag.annotationCount);
    print(text);
    return 0;
}

int runAnnotate(const QStringList &arguments, const ImportFormats &formats)
{
    CommandParser command(LibraryCommands::tr("Annotate a passage of an article: tag it, add a note, or both. Prints the annotation's id once it is saved."));
    const QCommandLineOption quote(u"quote"_s, LibraryCommands::tr("The passage, exactly as in the article."), u"text"_s);
    const QCommandLineOption occurrence(u"occurrence"_s, LibraryCommands::tr("Which occurrence of the quote, from 1 (default: 1)."), u"n"_s, u"1"_s);
    const QCommandLineOption tag(u"tag"_s, LibraryCommands::tr("A tag path such as Economy/GDP, created if missing; may repeat."), u"path"_s);
    const QCommandLineOption note(u"note"_s, LibraryCommands::tr("A note, in Markdown."), u"text"_s);
    command.parser().addOptions({quote, occurrence, tag, note});
    command.addCoderOption();
    command.parser().addPositionalArgument(u"annotate"_s, LibraryCommands::tr("The command."));
    command.parser().addPositionalArgument(u"ARTICLE"_s, LibraryCommands::tr("An article id, or a file (imported if need be)."));
    if (const auto exit = command.parse(arguments, u"annotate"_s))
        return *exit;
    if (command.positional().size() != 1)
        return finish(u"annotate"_s, {2, LibraryCommands::tr("needs exactly one article (see parallax annotate --help)")});
    const QString quoted = command.parser().value(quote);
    if (quoted.isEmpty())
        return finish(u"annotate"_s, {2, LibraryCommands::tr("needs --quote with the passage to annotate")});
    bool isNumber = false;
    const int wanted = command.parser().value(occurrence).toInt(&isNumber);
    if (!isNumber || wanted < 1)
        return finish(u"annotate"_s, {2, LibraryCommands::tr("--occurrence needs a number from 1")});

    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"annotate"_s, *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    const auto article = resolveArticle(store, command.positional().first(), formats);
    if (auto *failure = std::get_if<CommandFailure>(&article))
        return finish(u"annotate"_s, *failure);
    const qint64 articleId = std::get<qint64>(article);
    const QString text = store.article(articleId)->document.text;
    qsizetype start = -1;
    for (int found = 0; found < wanted; ++found) {
        start = text.indexOf(quoted, start + 1);
        if (start < 0)
            return finish(u"annotate"_s,
                {1,
                    found == 0 ? LibraryCommands::tr("the quote is not in article %1").arg(articleId)
                               : LibraryCommands::tr("the quote occurs only %n time(s) in article %1", nullptr, found).arg(articleId)});
    }
    QList<qint64> tagIds;
    for (const QString &path : command.parser().values(tag)) {
        const StoreResult<qint64> id = store.ensureTagPath(path);
        if (!id)
            return finish(u"annotate"_s, {1, id.error().message});
        tagIds.append(*id);
    }
    const StoreResult<qint64> id = store.addAnnotation(articleId, {start, start + quoted.size()}, tagIds, command.parser().value(note));
    if (!id)
        return finish(u"annotate"_s, {1, id.error().message});
    print(u"%1\n"_s.arg(*id));
    return 0;
}

QJsonObject annotationJson(const Annotation &annotation, const CodePointMap &codePoints)
{
    QJsonArray tags;
    for (const QString &path : annotation.tagPaths)
        tags.append(path);
    return {{u"id"_s, annotation.id},
        {u"article"_s, annotation.articleId},
        // Offsets outside the program are code points (design.md, "Text and offsets").
        {u"start"_s, codePoints.toCodePoint(annotation.anchor.range.start)},
        {u"end"_s, codePoints.toCodePoint(annotation.anchor.range.end)},
        {u"quote"_s, annotation.anchor.exact},
        {u"prefix"_s, annotation.anchor.prefix},
        {u"suffix"_s, annotation.anchor.suffix},
        {u"orphaned"_s, annotation.orphaned},
        {u"tags"_s, tags},
        {u"note"_s, annotation.note},
        {u"created"_s, annotation.created.toUTC().toString(Qt::ISODateWithMs)},
        {u"modified"_s, annotation.modified.toUTC().toString(Qt::ISODateWithMs)},
        {u"coder"_s, annotation.coder}};
}

int runAnnotations(const QStringList &arguments, const ImportFormats &formats)
{
    CommandParser command(LibraryCommands::tr("List annotations: of one article, or of the whole library."));
    const QCommandLineOption format(u"format"_s, LibraryCommands::tr("Output format: text (default) or json."), u"format"_s, u"text"_s);
    command.parser().addOption(format);
    command.parser().addPositionalArgument(u"annotations"_s, LibraryCommands::tr("The command."));
    command.parser().addPositionalArgument(u"ARTICLE"_s, LibraryCommands::tr("An article id or file; all articles without one."), u"[ARTICLE]"_s);
    if (const auto exit = command.parse(arguments, u"annotations"_s))
        return *exit;
    const auto formatName = formatOption(command.parser(), format);
    if (!formatName)
        return finish(u"annotations"_s, {2, LibraryCommands::tr("unknown format '%1' (use text or json)").arg(command.parser().value(format))});
    if (command.positional().size() > 1)
        return finish(u"annotations"_s, {2, LibraryCommands::tr("takes at most one article")});
    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"annotations"_s, *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    std::optional<qint64> articleId;
    if (!command.positional().isEmpty()) {
        const auto article = resolveArticle(store, command.positional().first(), formats);
        if (auto *failure = std::get_if<CommandFailure>(&article))
            return finish(u"annotations"_s, *failure);
        articleId = std::get<qint64>(article);
    }
    const StoreResult<QList<Annotation>> annotations = store.annotations(articleId);
    if (!annotations)
        return finish(u"annotations"_s, {1, annotations.error().message});
    std::map<qint64, CodePointMap> codePoints; // one per article, built once
    QJsonArray list;
    QString text;
    for (const Annotation &annotation : *annotations) {
        auto map = codePoints.find(annotation.articleId);
        if (map == codePoints.end())
            map = codePoints.emplace(annotation.articleId, CodePointMap(store.article(annotation.articleId)->document.text)).first;
        const QJsonObject json = annotationJson(annotation, map->second);
        list.append(json);
        text += u"#%1 article %2 [%3–%4]%5 \"%6\"%7%8\n"_s.arg(annotation.id)
                    .arg(annotation.articleId)
                    .arg(json.value(u"start"_s).toInteger())
                    .arg(json.value(u"end"_s).toInteger())
                    .arg(annotation.orphaned ? LibraryCommands::tr(" (orphaned)") : QString(),
                        annotation.anchor.exact,
                        annotation.tagPaths.isEmpty() ? QString() : u" #"_s + annotation.tagPaths.join(u" #"_s),
                        annotation.note.isEmpty() ? QString() : u"\n    "_s + QString(annotation.note).replace(u'\n', u"\n    "_s));
    }
    if (*formatName == "json"_L1)
        printJson(list);
    else
        print(text);
    return 0;
}

int runExport(const QStringList &arguments, const LibraryCommands::Formats &formats)
{
    CommandParser command(LibraryCommands::tr("Export annotated notes of the library, one article, or one tag: Markdown (md), CSV (csv), "
                                              "W3C Web Annotation JSON-LD (w3c) or a REFI-QDA project (qdpx); or the report of a comparison "
                                              "of two articles, as a web page (html) or PDF (pdf)."));
    const QCommandLineOption format(u"format"_s, LibraryCommands::tr("md, html, pdf, csv, w3c or qdpx."), u"format"_s);
    const QCommandLineOption creator(u"creator"_s, LibraryCommands::tr("Who made the annotations, for w3c and qdpx (default: the login name)."), u"name"_s);
    const QCommandLineOption article(u"article"_s, LibraryCommands::tr("Only this article (an id or a file)."), u"article"_s);
    const QCommandLineOption with(u"with"_s,
        LibraryCommands::tr("With --article: the article it is compared with. html and pdf need both; the other formats then take the annotations of the two."),
        u"article"_s);
    const QCommandLineOption tag(u"tag"_s, LibraryCommands::tr("Only annotations with this tag or its sub-tags, e.g. Economy."), u"path"_s);
    const QCommandLineOption out(u"out"_s, LibraryCommands::tr("The file to write."), u"path"_s);
    command.parser().addOptions({format, article, with, tag, out, creator});
    command.parser().addPositionalArgument(u"export"_s, LibraryCommands::tr("The command."));
    if (const auto exit = command.parse(arguments, u"export"_s))
        return *exit;
    const auto formatChosen = Exporter::formatNamed(command.parser().value(format));
    if (!formatChosen)
        return finish(u"export"_s, {2, LibraryCommands::tr("--format must be md, html, pdf, csv, w3c or qdpx")});
    if (!command.parser().isSet(out))
        return finish(u"export"_s, {2, LibraryCommands::tr("needs --out with the file to write")});
    if (command.parser().isSet(article) && command.parser().isSet(tag))
        return finish(u"export"_s, {2, LibraryCommands::tr("takes --article or --tag, not both")});
    if (command.parser().isSet(with) && !command.parser().isSet(article))
        return finish(u"export"_s, {2, LibraryCommands::tr("--with compares with the article of --article, which is missing")});
    if (Exporter::isComparisonReport(*formatChosen) && !command.parser().isSet(with))
        return finish(u"export"_s,
            {2,
                LibraryCommands::tr("%1 is the report of a comparison: name its two articles with --article A --with B")
                    .arg(Exporter::formatName(*formatChosen))});
    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"export"_s, *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    ExportScope scope = ExportScope::library();
    if (command.parser().isSet(article)) {
        const auto resolved = resolveArticle(store, command.parser().value(article), formats.imports);
        if (auto *failure = std::get_if<CommandFailure>(&resolved))
            return finish(u"export"_s, *failure);
        scope = ExportScope::article(std::get<qint64>(resolved));
        if (command.parser().isSet(with)) {
            const auto other = resolveArticle(store, command.parser().value(with), formats.imports);
            if (auto *failure = std::get_if<CommandFailure>(&other))
                return finish(u"export"_s, *failure);
            scope = ExportScope::comparison(scope.articleId, std::get<qint64>(other));
        }
    } else if (command.parser().isSet(tag)) {
        if (!store.tagIdForPath(command.parser().value(tag)))
            return finish(u"export"_s, {1, LibraryCommands::tr("there is no tag %1").arg(command.parser().value(tag))});
        scope = ExportScope::tag(command.parser().value(tag));
    }
    const QString creatorName = command.parser().isSet(creator) ? command.parser().value(creator) : Exporter::defaultCreator();
    const Expected<QByteArray> exported = Exporter::exportBytes(store, *formatChosen, scope, creatorName, formats.pdfPrinter);
    if (!exported)
        return finish(u"export"_s, {1, exported.error().message});
    if (const Expected<void> written = Exporter::writeFile(command.parser().value(out), *exported); !written)
        return finish(u"export"_s, {1, written.error().message});
    return 0;
}

int runAgreement(const QStringList &arguments)
{
    CommandParser command(LibraryCommands::tr(
        "Measure how far coders agree on the articles each of them coded: per tag and overall, the share of characters coded alike, Cohen's kappa "
        "(two coders) and Krippendorff's alpha for unitizing; then the passages where they differ."));
    const QCommandLineOption coder(u"coder"_s, LibraryCommands::tr("A coder to compare; name two or more."), u"name"_s);
    const QCommandLineOption tag(u"tag"_s, LibraryCommands::tr("Only this tag and its sub-tags."), u"path"_s);
    const QCommandLineOption format(u"format"_s, LibraryCommands::tr("Output format: text (default) or json."), u"format"_s, u"text"_s);
    command.parser().addOptions({coder, tag, format});
    command.parser().addPositionalArgument(u"agreement"_s, LibraryCommands::tr("The command."));
    if (const auto exit = command.parse(arguments, u"agreement"_s))
        return *exit;
    const auto formatName = formatOption(command.parser(), format);
    if (!formatName)
        return finish(u"agreement"_s, {2, LibraryCommands::tr("unknown format '%1' (use text or json)").arg(command.parser().value(format))});
    if (command.parser().values(coder).size() < 2)
        return finish(u"agreement"_s, {2, LibraryCommands::tr("needs two coders or more: --coder A --coder B")});
    auto opened = command.openStore(Store::Access::ReadOnly);
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"agreement"_s, *failure);
    const Store &store = *std::get<std::unique_ptr<Store>>(opened);
    const Expected<AgreementReport> report = AgreementReport::compute(store, command.parser().values(coder), command.parser().value(tag));
    if (!report)
        return finish(u"agreement"_s, {1, report.error().message});
    if (*formatName == "json"_L1)
        printJson(report->toJson());
    else
        print(report->toText());
    return 0;
}

int runRevisions(const QStringList &arguments, const ImportFormats &formats)
{
    CommandParser command(
        LibraryCommands::tr("List the revisions of an article's source, oldest first, each with when it came and what changed from the one before."));
    const QCommandLineOption format(u"format"_s, LibraryCommands::tr("Output format: text (default) or json."), u"format"_s, u"text"_s);
    command.parser().addOption(format);
    command.parser().addPositionalArgument(u"revisions"_s, LibraryCommands::tr("The command."));
    command.parser().addPositionalArgument(u"ARTICLE"_s, LibraryCommands::tr("An article id, or a file (imported if need be)."));
    if (const auto exit = command.parse(arguments, u"revisions"_s))
        return *exit;
    const auto formatName = formatOption(command.parser(), format);
    if (!formatName)
        return finish(u"revisions"_s, {2, LibraryCommands::tr("unknown format '%1' (use text or json)").arg(command.parser().value(format))});
    if (command.positional().size() != 1)
        return finish(u"revisions"_s, {2, LibraryCommands::tr("needs one article (see parallax revisions --help)")});
    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"revisions"_s, *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    const auto article = resolveArticle(store, command.positional().constFirst(), formats);
    if (auto *failure = std::get_if<CommandFailure>(&article))
        return finish(u"revisions"_s, *failure);

    QJsonArray json;
    QString text;
    std::optional<StoredArticle> previous;
    const StoreResult<QList<qint64>> revisions = store.revisions(std::get<qint64>(article));
    if (!revisions)
        return finish(u"revisions"_s, {1, revisions.error().message});
    for (const qint64 id : *revisions) {
        const StoreResult<StoredArticle> revision = store.article(id);
        if (!revision)
            return finish(u"revisions"_s, {1, revision.error().message});
        const StoreResult<WebSnapshot> snapshot = store.snapshot(id);
        const QDateTime came = snapshot ? snapshot->fetched : revision->imported;
        const QString summary = previous ? RevisionSummary::between(previous->document, revision->document) : LibraryCommands::tr("first version");
        json.append(QJsonObject {
            {u"revision"_s, revision->revision},
            {u"article"_s, revision->id},
            {u"title"_s, revision->document.metadata.title},
            {u"came"_s, came.toUTC().toString(Qt::ISODate)},
            {u"url"_s, snapshot ? snapshot->finalUrl : QString()},
            {u"httpStatus"_s, snapshot ? snapshot->httpStatus : 0},
            {u"summary"_s, summary},
        });
        text += u"%1\t%2\t%3\t%4\n"_s.arg(revision->revision).arg(revision->id).arg(came.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), summary);
        previous = *revision;
    }
    if (*formatName == "json"_L1)
        printJson(json);
    else
        print(text);
    return 0;
}

int runSnapshot(const QStringList &arguments)
{
    CommandParser command(LibraryCommands::tr("Write a page read from the web exactly as it was received, the bytes of the revision named."));
    const QCommandLineOption out(u"out"_s, LibraryCommands::tr("The file to write (default: standard output)."), u"path"_s);
    command.parser().addOption(out);
    command.parser().addPositionalArgument(u"snapshot"_s, LibraryCommands::tr("The command."));
    command.parser().addPositionalArgument(u"ARTICLE"_s, LibraryCommands::tr("An article id: one revision of a page read from the web."));
    if (const auto exit = command.parse(arguments, u"snapshot"_s))
        return *exit;
    bool isNumber = false;
    const qint64 id = command.positional().value(0).toLongLong(&isNumber);
    if (command.positional().size() != 1 || !isNumber)
        return finish(u"snapshot"_s, {2, LibraryCommands::tr("needs one article id (see parallax snapshot --help)")});
    auto opened = command.openStore(Store::Access::ReadOnly);
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return finish(u"snapshot"_s, *failure);
    const StoreResult<WebSnapshot> snapshot = std::get<std::unique_ptr<Store>>(opened)->snapshot(id);
    if (!snapshot)
        return finish(u"snapshot"_s, {1, snapshot.error().message});
    if (!command.parser().isSet(out)) {
        std::fwrite(snapshot->bytes.constData(), 1, size_t(snapshot->bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    QSaveFile file(command.parser().value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(snapshot->bytes) != snapshot->bytes.size() || !file.commit())
        return finish(u"snapshot"_s, {1, LibraryCommands::tr("%1 could not be written: %2").arg(command.parser().value(out), file.errorString())});
    return 0;
}

// parallax library copy SRC DEST: a whole library from one engine to the other.
int runLibrary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        LibraryCommands::tr("Copy a whole library into a new one, from an SQLite file to a PostgreSQL database or back: every revision, tag, annotation, "
                            "review, pin and web page, with its coder."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"library"_s, LibraryCommands::tr("The command."));
    parser.addPositionalArgument(u"copy"_s, LibraryCommands::tr("What to do: copy."));
    parser.addPositionalArgument(u"SOURCE"_s, LibraryCommands::tr("The library to copy: a file, or postgresql://user@host:port/dbname."));
    parser.addPositionalArgument(u"DESTINATION"_s, LibraryCommands::tr("The new library: a file that does not exist yet, or an empty database."));
    if (const auto exit = CommandOutput::parse(parser, arguments, "library"))
        return *exit;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 3 || positional.first() != "copy"_L1)
        return finish(u"library"_s, {2, LibraryCommands::tr("use: parallax library copy SOURCE DESTINATION")});
    Store source;
    if (const StoreResult<void> opened = source.open(positional.at(1), Store::Access::ReadOnly); !opened)
        return finish(u"library"_s, {1, opened.error().message});
    Store destination;
    if (const StoreResult<void> opened = destination.open(positional.at(2)); !opened)
        return finish(u"library"_s, {1, opened.error().message});
    if (const StoreResult<void> copied = source.copyTo(destination); !copied)
        return finish(u"library"_s, {1, copied.error().message});
    print(LibraryCommands::tr("Copied everything to %1: articles %2, tags %3, annotations %4.\n")
            .arg(positional.at(2))
            .arg(destination.articles().value_or({}).size())
            .arg(destination.tags().value_or({}).size())
            .arg(destination.annotations().value_or({}).size()));
    return 0;
}

} // namespace

bool LibraryCommands::isLibraryCommand(const QString &name)
{
    return name == "import"_L1 || name == "tags"_L1 || name == "annotate"_L1 || name == "annotations"_L1 || name == "export"_L1 || name == "agreement"_L1
        || name == "revisions"_L1 || name == "snapshot"_L1 || name == "library"_L1;
}

int LibraryCommands::run(const QStringList &arguments, const Formats &formats)
{
    const QString name = arguments.value(1);
    if (name == "import"_L1)
        return runImport(arguments, formats.imports);
    if (name == "tags"_L1)
        return runTags(arguments);
    if (name == "annotate"_L1)
        return runAnnotate(arguments, formats.imports);
    if (name == "export"_L1)
        return runExport(arguments, formats);
    if (name == "agreement"_L1)
        return runAgreement(arguments);
    if (name == "revisions"_L1)
        return runRevisions(arguments, formats.imports);
    if (name == "snapshot"_L1)
        return runSnapshot(arguments);
    if (name == "library"_L1)
        return runLibrary(arguments);
    return runAnnotations(arguments, formats.imports);
}

} // namespace Parallax
