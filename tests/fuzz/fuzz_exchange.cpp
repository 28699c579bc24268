// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// libFuzzer targets for the readers of work made elsewhere: W3C Web Annotation JSON-LD,
// REFI-QDA project XML, and .qdpx archives. Each input is read or refused with a
// message; none may crash, hang or trip a sanitizer, and none may read a file it names.
#include <core/exchange/exchangeimport.h>
#include <core/exchange/refiqda.h>
#include <core/exchange/webannotation.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <variant>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

template<typename Result>
void expectResultOrReason(const Result &result)
{
    if (!result && result.error().message.isEmpty())
        __builtin_trap(); // a refusal must say why
}

} // namespace

// The library (Qt Sql) needs an application object, made once for the whole run.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(PARALLAX_FUZZ_WEB_ANNOTATION)
    expectResultOrReason(WebAnnotation::read(bytes));
    // Imported as the user imports it, the file may name any text on this machine: none
    // may be read, so the library, empty, never gains an article.
    static QTemporaryDir folder;
    // Never destroyed: Qt Sql's own globals go first at exit, and a Store after them crashes.
    static Store &store = *new Store;
    static const bool opened = store.open(folder.filePath(u"library.sqlite"_s)).has_value();
    const QString path = folder.filePath(u"fuzz.jsonld"_s);
    QFile file(path);
    if (!opened || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return 0;
    file.close();
    expectResultOrReason(ExchangeImport::importFile(store, path, ImportFormats()));
    // An import of annotations reads no article into a library it is given empty.
    if (const auto articles = store.articles(); !articles || !articles->isEmpty())
        __builtin_trap();
#elif defined(PARALLAX_FUZZ_REFIQDA_PROJECT)
    // Every source the project names exists, so that the selections are read too.
    expectResultOrReason(RefiQda::readProject(bytes, u"fuzz.qdpx"_s, [](const QString &) {
        return std::optional<QByteArray>("The council approved 12 new schools on Monday, the mayor said.");
    }));
#elif defined(PARALLAX_FUZZ_REFIQDA_ARCHIVE)
    // KArchive reads archives from files; one temporary folder serves the whole run.
    static QTemporaryDir folder;
    const QString path = folder.filePath(u"fuzz.qdpx"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return 0;
    file.close();
    expectResultOrReason(RefiQda::readArchive(path));
#else
#error "define the reader to fuzz"
#endif
    return 0;
}
