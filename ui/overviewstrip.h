// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

#include <QColor>
#include <QList>
#include <QWidget>

class QPlainTextEdit;

namespace Parallax
{

/// A mark in the overview strip.
struct OverviewMark {
    TextRange range;
    QColor color;
};

/**
 * A narrow strip beside a text view that shows where the marks lie in the whole text,
 * with the part in view framed, like the diff map of a diff tool. Clicking or dragging
 * on it scrolls the view there.
 */
class OverviewStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewStrip(QPlainTextEdit *view, QWidget *parent = nullptr);

    void setMarks(QList<OverviewMark> marks);
    const QList<OverviewMark> &marks() const { return m_marks; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void scrollToY(int y);

    QPlainTextEdit *m_view;
    QList<OverviewMark> m_marks;
};

} // namespace Parallax
