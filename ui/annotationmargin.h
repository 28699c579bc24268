// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "overviewstrip.h"

#include <QWidget>

class QPlainTextEdit;

namespace Parallax
{

/**
 * A narrow margin beside the text that marks, level with the lines, each passage the
 * user annotated, in its tag's color: annotations stay visible where their highlight is
 * hidden under a claim's, and where several overlap.
 */
class AnnotationMargin final : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotationMargin(QPlainTextEdit *view, QWidget *parent = nullptr);
    void setMarks(QList<OverviewMark> marks);
    const QList<OverviewMark> &marks() const { return m_marks; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPlainTextEdit *m_view;
    QList<OverviewMark> m_marks;
};

} // namespace Parallax
