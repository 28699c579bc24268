// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "modules.h"

#include <core/import/importformats.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace Parallax::Modules
{

namespace
{

// The folder of the executable, before an application object exists: the window's
// module creates its own, and there can be only one.
QString executableDirectory()
{
    const QFileInfo self(u"/proc/self/exe"_s);
    if (self.exists())
        return self.canonicalPath();
    return QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
}

} // namespace

QFunctionPointer resolve(const QString &module, const char *symbol, QString *error)
{
    // Loaded once, never unloaded: what a module hands out lives as long as the program.
    QLibrary library(QDir(executableDirectory()).filePath(QStringLiteral(PARALLAX_MODULES_FROM_BINDIR) + u'/' + module));
    if (!library.load()) {
        *error = u"%1 is missing or damaged: %2"_s.arg(module, library.errorString());
        return nullptr;
    }
    const QFunctionPointer function = library.resolve(symbol);
    if (!function)
        *error = u"%1 is not the module of this version of Parallax: %2"_s.arg(module, library.errorString());
    return function;
}

ImportFormats importFormats()
{
    ImportFormats formats;
    formats.setReader(ImportFormats::Pdf, [](const QString &path, const QByteArray &bytes) {
        using Reader = ImportResult (*)(const QString &, const QByteArray &);
        static QString error;
        static const Reader reader = [] {
            using Getter = QFunctionPointer (*)();
            const auto getter = reinterpret_cast<Getter>(resolve(QString::fromLatin1(PdfReader), PdfReaderFunction, &error));
            return getter ? reinterpret_cast<Reader>(getter()) : nullptr;
        }();
        if (!reader)
            return ImportResult::failure(path, u"PDF support is not installed (%1)"_s.arg(error));
        return reader(path, bytes);
    });
    return formats;
}

} // namespace Parallax::Modules
