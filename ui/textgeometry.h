// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

class QPlainTextEdit;

namespace Parallax
{

/// Where text positions lie in a QPlainTextEdit, in the visual lines its scroll bar counts.
namespace TextGeometry
{

/// The visual line (wrapped lines counted) that holds character POSITION.
int lineOf(const QPlainTextEdit *view, qsizetype position);
/// How many visual lines the whole text takes.
int lineCount(const QPlainTextEdit *view);
/// Scrolls VIEW so that character POSITION stands LINES_FROM_TOP lines below its top.
void scrollTo(QPlainTextEdit *view, qsizetype position, int linesFromTop);

} // namespace TextGeometry

} // namespace Parallax
