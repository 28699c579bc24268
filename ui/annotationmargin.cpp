// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "annotationmargin.h"

#include "textgeometry.h"

#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace Parallax
{

AnnotationMargin::AnnotationMargin(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setToolTip(tr("Your annotations, in the colors of their tags"));
    connect(view, &QPlainTextEdit::updateRequest, this, qOverload<>(&QWidget::update));
}

void AnnotationMargin::setMarks(QList<OverviewMark> marks)
{
    m_marks = std::move(marks);
    update();
}

QSize AnnotationMargin::sizeHint() const
{
    return {6, 0};
}

void AnnotationMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int firstLine = m_view->verticalScrollBar()->value();
    const int lastLine = firstLine + m_view->verticalScrollBar()->pageStep() + 1;
    const int offset = mapFromGlobal(m_view->viewport()->mapToGlobal(QPoint(0, 0))).y(); // siblings: through the screen
    const int last = m_view->document()->characterCount() - 1;
    // Overlapping passages stack side by side in the margin's width, in columns.
    const int columns = 2;
    int column = 0;
    for (const OverviewMark &mark : std::as_const(m_marks)) {
        // Only the marks in view: the rectangle of a far passage costs a walk through the text.
        if (TextGeometry::lineOf(m_view, mark.range.end) < firstLine || TextGeometry::lineOf(m_view, mark.range.start) > lastLine)
            continue;
        QTextCursor cursor(m_view->document());
        cursor.setPosition(int(std::clamp<qsizetype>(mark.range.start, 0, last)));
        const int top = m_view->cursorRect(cursor).top() + offset;
        cursor.setPosition(int(std::clamp<qsizetype>(mark.range.end, 0, last)));
        const int bottom = m_view->cursorRect(cursor).bottom() + offset;
        const int columnWidth = width() / columns;
        painter.fillRect(QRect(column * columnWidth, top, columnWidth, std::max(bottom - top, 3)), mark.color);
        column = (column + 1) % columns;
    }
}

} // namespace Parallax
