// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "linkmap.h"

#include "articlepane.h"
#include "textgeometry.h"

#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Parallax
{

LinkMap::LinkMap(Qt::Orientation orientation, QSplitter *parent)
    : QSplitterHandle(orientation, parent)
{
    setToolTip(tr("Matching passages. Drag to resize the panes."));
}

QSize LinkMap::sizeHint() const
{
    return {56, QSplitterHandle::sizeHint().height()};
}

void LinkMap::setViews(QPlainTextEdit *left, QPlainTextEdit *right)
{
    m_left = left;
    m_right = right;
    for (QPlainTextEdit *view : {left, right}) {
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
        connect(view, &QPlainTextEdit::updateRequest, this, qOverload<>(&QWidget::update));
    }
    update();
}

void LinkMap::setBands(QList<LinkBand> bands)
{
    m_bands = std::move(bands);
    update();
}

std::pair<qreal, qreal> LinkMap::extentOf(const QPlainTextEdit *view, const TextRange &range) const
{
    const int offset = view->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    const int firstLine = view->verticalScrollBar()->value();
    const int lastLine = firstLine + view->verticalScrollBar()->pageStep();
    const int last = view->document()->characterCount() - 1;
    const auto yOf = [&](qsizetype position, bool bottom) {
        position = std::clamp<qsizetype>(position, 0, last);
        // QPlainTextEdit finds the rectangle of a far block by walking every block in
        // between; with thousands of bands that is seconds. Out of view, lines will do.
        const int line = TextGeometry::lineOf(view, position);
        if (line < firstLine - 1 || line > lastLine + 1)
            return qreal((line - firstLine + (bottom ? 1 : 0)) * view->fontMetrics().lineSpacing() + offset);
        QTextCursor cursor(view->document());
        cursor.setPosition(int(position));
        const QRect rect = view->cursorRect(cursor);
        return qreal((bottom ? rect.bottom() : rect.top()) + offset);
    };
    return {yOf(range.start, false), yOf(range.end, true)};
}

void LinkMap::paintEvent(QPaintEvent *event)
{
    QSplitterHandle::paintEvent(event);
    m_visibleBands = 0;
    if (!m_left || !m_right)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal w = width();
    const qreal h = height();
    for (const LinkBand &band : std::as_const(m_bands)) {
        const auto [leftTop, leftBottom] = extentOf(m_left, band.left);
        const auto [rightTop, rightBottom] = extentOf(m_right, band.right);
        // Nothing to join when both ends are out of sight on the same side.
        if ((leftBottom < 0 && rightBottom < 0) || (leftTop > h && rightTop > h))
            continue;
        ++m_visibleBands;
        // Two cubic curves, top and bottom, leaving and reaching the panes level.
        QPainterPath path(QPointF(0, leftTop));
        path.cubicTo(w / 2, leftTop, w / 2, rightTop, w, rightTop);
        path.lineTo(w, rightBottom);
        path.cubicTo(w / 2, rightBottom, w / 2, leftBottom, 0, leftBottom);
        path.closeSubpath();
        QColor fill = band.color;
        fill.setAlphaF(0.55);
        QColor edge = band.color.darker(band.pinned ? 220 : 140);
        painter.setBrush(fill);
        painter.setPen(QPen(edge, band.pinned ? 1.6 : 0.8));
        painter.drawPath(path);
    }
}

ComparisonSplitter::ComparisonSplitter(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
{
}

void ComparisonSplitter::setPanes(ArticlePane *left, ArticlePane *right)
{
    setObjectName(u"comparisonSplitter"_s);
    setChildrenCollapsible(false);
    setHandleWidth(56); // room for the link map
    addWidget(left);
    addWidget(right);
    m_panes = {left, right};
    linkMap()->setViews(left->textView(), right->textView());
    setContentsMargins(8, 8, 8, 0);
}

void ComparisonSplitter::zoom(int steps)
{
    for (ArticlePane *pane : std::as_const(m_panes))
        pane->textView()->zoomIn(steps); // negative steps zoom out
}

LinkMap *ComparisonSplitter::linkMap() const
{
    return count() > 1 ? qobject_cast<LinkMap *>(handle(1)) : nullptr;
}

QSplitterHandle *ComparisonSplitter::createHandle()
{
    return new LinkMap(orientation(), this);
}

} // namespace Parallax
