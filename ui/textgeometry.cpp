// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "textgeometry.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

namespace Parallax::TextGeometry
{

int lineOf(const QPlainTextEdit *view, qsizetype position)
{
    const QTextBlock block = view->document()->findBlock(int(position));
    if (!block.isValid())
        return 0;
    // QPlainTextDocumentLayout counts the wrapped lines of each block it has laid out.
    const QTextLayout *layout = block.layout();
    const int lineInBlock = layout && layout->lineCount() > 0 ? layout->lineForTextPosition(int(position) - block.position()).lineNumber() : 0;
    return block.firstLineNumber() + std::max(lineInBlock, 0);
}

int lineCount(const QPlainTextEdit *view)
{
    const QTextBlock last = view->document()->lastBlock();
    return last.firstLineNumber() + std::max(last.lineCount(), 1);
}

void scrollTo(QPlainTextEdit *view, qsizetype position, int linesFromTop)
{
    view->verticalScrollBar()->setValue(lineOf(view, position) - linesFromTop);
}

} // namespace Parallax::TextGeometry
