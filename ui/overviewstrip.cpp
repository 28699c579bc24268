// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "overviewstrip.h"

#include "textgeometry.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace Parallax
{

OverviewStrip::OverviewStrip(QPlainTextEdit *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setToolTip(tr("Where the claims lie in the whole article. Click to go there."));
    setCursor(Qt::PointingHandCursor);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, qOverload<>(&QWidget::update));
}

QSize OverviewStrip::sizeHint() const
{
    return {12, 100};
}

void OverviewStrip::setMarks(QList<OverviewMark> marks)
{
    m_marks = std::move(marks);
    update();
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const double lines = std::max(TextGeometry::lineCount(m_view), 1);
    const double scale = height() / lines;
    // Marks of higher severity come last in the list and are painted over the others.
    for (const OverviewMark &mark : std::as_const(m_marks)) {
        const int top = int(TextGeometry::lineOf(m_view, mark.range.start) * scale);
        const int bottom = int((TextGeometry::lineOf(m_view, mark.range.end) + 1) * scale);
        painter.fillRect(QRect(1, top, width() - 2, std::max(bottom - top, 2)), mark.color);
    }
    // The part of the text in view.
    const QScrollBar *bar = m_view->verticalScrollBar();
    const int viewTop = int(bar->value() * scale);
    const int viewHeight = std::max(int(bar->pageStep() * scale), 4);
    QColor frame = palette().color(QPalette::Text);
    frame.setAlphaF(0.5);
    painter.setPen(frame);
    painter.drawRect(QRect(0, viewTop, width() - 1, std::min(viewHeight, height() - 1)));
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    scrollToY(event->position().toPoint().y());
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        scrollToY(event->position().toPoint().y());
}

void OverviewStrip::scrollToY(int y)
{
    // Centre the clicked place in the view.
    QScrollBar *bar = m_view->verticalScrollBar();
    const double lines = std::max(TextGeometry::lineCount(m_view), 1);
    bar->setValue(int(y * lines / std::max(height(), 1)) - bar->pageStep() / 2);
}

} // namespace Parallax
