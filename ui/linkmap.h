// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

#include <QColor>
#include <QList>
#include <QPointer>
#include <QSplitter>
#include <QSplitterHandle>

class QPlainTextEdit;

namespace Parallax
{

class ArticlePane;

/// Two passages joined in the link map.
struct LinkBand {
    TextRange left;
    TextRange right;
    QColor color;
    bool pinned = false; ///< drawn with a solid outline: the user joined these
};

/**
 * The handle between the two article panes, drawing a curved band from each aligned
 * passage on the left to its match on the right, as Meld and Kompare join matching
 * lines. It follows both views as they scroll; dragging it still resizes the panes.
 */
class LinkMap final : public QSplitterHandle
{
    Q_OBJECT

public:
    LinkMap(Qt::Orientation orientation, QSplitter *parent);

    /// The views whose passages are joined; the map repaints when either scrolls.
    void setViews(QPlainTextEdit *left, QPlainTextEdit *right);
    void setBands(QList<LinkBand> bands);
    const QList<LinkBand> &bands() const { return m_bands; }
    /// The bands drawn in the last paint: those with an end in view.
    int visibleBandCount() const { return m_visibleBands; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The vertical extent of RANGE in VIEW, in this widget's coordinates.
    std::pair<qreal, qreal> extentOf(const QPlainTextEdit *view, const TextRange &range) const;

    QPointer<QPlainTextEdit> m_left;
    QPointer<QPlainTextEdit> m_right;
    QList<LinkBand> m_bands;
    int m_visibleBands = 0;
};

/// A splitter whose handle between the two panes is a LinkMap.
class ComparisonSplitter final : public QSplitter
{
    Q_OBJECT

public:
    explicit ComparisonSplitter(QWidget *parent = nullptr);

    /// Puts the two panes side by side, the link map between them.
    void setPanes(ArticlePane *left, ArticlePane *right);
    /// Larger (STEPS > 0) or smaller text in both panes.
    void zoom(int steps);

    /// The handle between the first and second pane; null until both are added.
    LinkMap *linkMap() const;

protected:
    QSplitterHandle *createHandle() override;

private:
    QList<ArticlePane *> m_panes;
};

} // namespace Parallax
