// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

#include <QColor>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace Parallax
{

class DocumentListModel;
class FactStyler;
class AnnotationMargin;
class OverviewStrip;
struct Document;

/// A marked span of the shown text: a claim (background) or boilerplate (dimmed text).
struct TextHighlight {
    TextRange range;
    QColor background; ///< invalid for none
    QColor foreground; ///< invalid for none
    QString toolTip;
    bool underline = false; ///< a subtle dotted underline: a word that differs from the match
    QColor mark; ///< its colour in the annotation margin; invalid: the background's
};

/**
 * One side of the comparison: a chooser for the article, its metadata, and its text,
 * read-only. The pane shows a row of the shared DocumentListModel, which it does not own.
 */
class ArticlePane final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticlePane(DocumentListModel *articles, const QString &sideName, QWidget *parent = nullptr);
    ~ArticlePane() override;

    /// The model row shown, or -1 when the pane is empty.
    int currentRow() const;
    void setCurrentRow(int row);
    /// The document shown; only valid while currentRow() >= 0.
    const Document &document() const;

    QPlainTextEdit *textView() const { return m_text; }
    OverviewStrip *overview() const { return m_overview; }
    AnnotationMargin *annotationMargin() const { return m_margin; }
    FactStyler *factStyler() const { return m_styler; }

    /// Whether a saved page's furniture (Document::furniture: menus, teasers, comments)
    /// shows, dimmed, around its article; when not, its lines are hidden. The text and
    /// every range into it stay the same either way.
    void setFurnitureShown(bool shown);
    bool isFurnitureShown() const { return m_furnitureShown; }

    /// The font of the article text (the zoom starts from it).
    void setArticleFont(const QFont &font);
    /// The selected text, as a range of the document; empty when nothing is selected.
    TextRange selectedRange() const;

    /// Marks spans of the text; replaces earlier highlights. Hovering one shows its tooltip.
    void setHighlights(QList<TextHighlight> highlights);
    const QList<TextHighlight> &highlights() const { return m_highlights; }
    /// The user's annotations: a layer of its own over the claims' highlights.
    void setAnnotationHighlights(QList<TextHighlight> highlights);
    const QList<TextHighlight> &annotationHighlights() const { return m_annotationHighlights; }
    /// Selects RANGE and scrolls it into the middle of the view. Hidden furniture that
    /// RANGE lies in (a search hit in a page's menu) shows, dimmed, until another article
    /// or setting is chosen.
    void reveal(const TextRange &range);
    /// Draws the eye to RANGE: a strong highlight that fades after a moment.
    void flash(const TextRange &range);
    /// Whether a flash is showing now.
    bool isFlashing() const { return m_flash.has_value(); }

    /// Above this many highlights, word-level marks are dropped first, so that a huge
    /// comparison cannot make the view sluggish.
    static constexpr int MaximumHighlights = 20'000;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void currentRowChanged(int row);

private:
    void showRow(int row);
    void applyHighlights();
    void applyFurniture();
    /// The part of the text whose highlights the view gets: what is in view, and more.
    TextRange highlightedWindow() const;

    DocumentListModel *m_articles;
    qint64 m_shownArticle = 0; ///< the library's id of the article shown
    QComboBox *m_chooser;
    QLabel *m_metadata;
    QPlainTextEdit *m_text;
    OverviewStrip *m_overview;
    AnnotationMargin *m_margin;
    FactStyler *m_styler;
    QList<TextHighlight> m_highlights;
    QList<TextHighlight> m_annotationHighlights;
    QList<TextHighlight> m_furnitureHighlights; ///< the furniture dimmed, while it shows
    bool m_furnitureShown = false;
    std::optional<TextRange> m_revealedFurniture; ///< shown for reveal() while the rest is hidden
    std::optional<TextRange> m_flash;
};

} // namespace Parallax
