// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// The module parallax_pdfreader: PDF import with Poppler, loaded when the first PDF
// comes (see modules.h).
#include <core/import/pdf/pdfimport.h>

#include <QFunctionPointer>

extern "C" Q_DECL_EXPORT QFunctionPointer parallaxPdfReader()
{
    Parallax::PdfImport::silenceDiagnostics();
    return reinterpret_cast<QFunctionPointer>(&Parallax::PdfImport::importPdf);
}
