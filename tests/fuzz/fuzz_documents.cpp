// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// libFuzzer targets for the document importers; PARALLAX_FUZZ_TARGET picks which one
// this build is. Every input must give a document or a clear error, never a crash,
// a hang or a sanitizer report.
#include <core/import/documentimporter.h>
#include <core/text/sourcetext.h>
#ifdef PARALLAX_FUZZ_PDF
#include <core/import/pdf/pdfimport.h>
#endif

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

void expectDocumentOrReason(const ImportResult &result)
{
    if (!result.has_value() && result.error().message.isEmpty())
        __builtin_trap(); // a failure must say why
}

// The text importers see text only after it is decoded, as a file's bytes would be.
[[maybe_unused]] void importText(const QByteArray &bytes, ImportResult (*importer)(const QString &, const QString &))
{
    const SourceText source = SourceText::decode(bytes);
    if (source.isValid())
        expectDocumentOrReason(importer(u"fuzz"_s, source.text()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(PARALLAX_FUZZ_HTML)
    importText(bytes, &DocumentImporter::importHtml);
#elif defined(PARALLAX_FUZZ_MARKDOWN)
    importText(bytes, &DocumentImporter::importMarkdown);
#elif defined(PARALLAX_FUZZ_PLAIN_TEXT)
    importText(bytes, &DocumentImporter::importPlainText);
#elif defined(PARALLAX_FUZZ_PDF)
    expectDocumentOrReason(PdfImport::importPdf(u"fuzz.pdf"_s, bytes));
#else
#error "define the importer to fuzz"
#endif
    return 0;
}
