// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "articlepane.h"

#include "annotationmargin.h"
#include "documentlistmodel.h"
#include "factstyler.h"
#include "overviewstrip.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

QString metadataLine(const Document &document)
{
    const DocumentMetadata &metadata = document.metadata;
    QStringList parts;
    // A byline that only names the outlet again ("BBC News") is said once.
    if (!metadata.byline.isEmpty() && metadata.byline.compare(metadata.outlet, Qt::CaseInsensitive) != 0)
        parts << metadata.byline;
    parts << (metadata.outlet.isEmpty() ? ArticlePane::tr("outlet not named") : metadata.outlet);
    parts << (metadata.published.isValid() ? QLocale().toString(metadata.published, QLocale::LongFormat) : ArticlePane::tr("date not stated"));
    const QString file = metadata.originalFileName.isEmpty() ? QFileInfo(document.path).fileName() : metadata.originalFileName;
    if (!file.isEmpty())
        parts << file;
    return parts.join(u"  ·  "_s);
}

} // namespace

ArticlePane::ArticlePane(DocumentListModel *articles, const QString &sideName, QWidget *parent)
    : QWidget(parent)
    , m_articles(articles)
    , m_chooser(new QComboBox(this))
    , m_metadata(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_overview(new OverviewStrip(m_text, this))
    , m_margin(new AnnotationMargin(m_text, this))
    , m_styler(new FactStyler(m_text->document()))
{
    m_chooser->setObjectName(u"articleChooser"_s);
    m_chooser->setModel(articles);
    m_chooser->setModelColumn(DocumentListModel::TitleColumn);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    m_chooser->setToolTip(tr("The article shown in the %1 pane").arg(sideName));
    m_chooser->setAccessibleName(tr("%1 article").arg(sideName));
    QFont titleFont = m_chooser->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_chooser->setFont(titleFont);

    m_metadata->setObjectName(u"articleMetadata"_s);
    m_metadata->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata->setWordWrap(true); // a narrow pane wraps the line instead of widening the window
    m_metadata->setForegroundRole(QPalette::PlaceholderText);

    m_text->setObjectName(u"articleText"_s);
    m_text->setReadOnly(true);
    m_text->setAcceptDrops(false); // a dropped file is opened by the window, not pasted
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("%1 article text").arg(sideName));
    m_text->document()->setDocumentMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_chooser);
    layout->addWidget(m_metadata);
    auto *textRow = new QHBoxLayout;
    textRow->setSpacing(2);
    textRow->addWidget(m_margin);
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_overview);
    layout->addLayout(textRow, 1);
    m_overview->setObjectName(u"overviewStrip"_s);
    m_styler->setPalette(palette());

    m_text->viewport()->installEventFilter(this);
    // Highlights are handed to the view only near what is in view (see applyHighlights),
    // so they follow as it scrolls or re-wraps.
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticlePane::applyHighlights);
    connect(m_text->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ArticlePane::applyHighlights);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &ArticlePane::showRow);
    // A reset model (a new corpus) leaves the chooser on row 0 or empty: show that.
    connect(articles, &QAbstractItemModel::modelReset, this, [this] {
        showRow(m_chooser->currentIndex());
    });
    // The row shown now holds another article (a file opened again, another library).
    connect(articles, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const int row = currentRow();
        if (row >= first.row() && row <= last.row() && m_articles->articleId(row) != m_shownArticle)
            showRow(row);
    });
    showRow(m_chooser->currentIndex());
}

ArticlePane::~ArticlePane()
{
    // ~QWidget deletes the view after this object's own part is gone; its scroll bar
    // must not call back into it.
    disconnect(m_text->verticalScrollBar(), nullptr, this, nullptr);
}

int ArticlePane::currentRow() const
{
    return m_chooser->currentIndex();
}

void ArticlePane::setCurrentRow(int row)
{
    m_chooser->setCurrentIndex(row);
}

const Document &ArticlePane::document() const
{
    return m_articles->document(currentRow());
}

void ArticlePane::showRow(int row)
{
    m_shownArticle = m_articles->articleId(row);
    if (row < 0 || row >= m_articles->rowCount()) {
        m_metadata->setText(tr("No article"));
        m_text->clear();
    } else {
        const Document &shown = m_articles->document(row);
        m_metadata->setText(metadataLine(shown));
        // The styler checks the new text for oversized lines before it styles anything.
        m_styler->detach();
        m_text->setPlainText(shown.text);
        m_styler->restyle();
    }
    m_highlights.clear(); // they belonged to the text shown before
    m_annotationHighlights.clear();
    m_flash.reset();
    m_text->setExtraSelections({});
    m_overview->setMarks({});
    m_revealedFurniture.reset();
    applyFurniture();
    Q_EMIT currentRowChanged(row);
}

void ArticlePane::setFurnitureShown(bool shown)
{
    if (shown == m_furnitureShown)
        return;
    m_furnitureShown = shown;
    m_revealedFurniture.reset();
    applyFurniture();
}

void ArticlePane::applyFurniture()
{
    const QList<TextRange> furniture = currentRow() >= 0 ? document().furniture : QList<TextRange>();
    m_furnitureHighlights.clear();
    for (const TextRange &range : furniture) {
        if (m_furnitureShown || range == m_revealedFurniture)
            m_furnitureHighlights.append(
                {range, {}, palette().color(QPalette::Disabled, QPalette::Text), tr("Page furniture: not part of the article"), false, {}});
    }
    // Hidden lines are blocks the layout skips (as editors fold code): positions in the
    // text stay what they are, for annotations, claims and search alike.
    QTextDocument *text = m_text->document();
    bool changed = false;
    auto range = furniture.cbegin();
    for (QTextBlock block = text->begin(); block.isValid(); block = block.next()) {
        const TextRange lines {block.position(), block.position() + block.length()};
        while (range != furniture.cend() && range->end < lines.end)
            ++range;
        // A block's range includes its line break; the last one's ends past the text.
        const bool hidden
            = !m_furnitureShown && range != furniture.cend() && range->start <= lines.start && lines.end - 1 <= range->end && *range != m_revealedFurniture;
        if (block.isVisible() == !hidden)
            continue;
        block.setVisible(!hidden);
        changed = true;
    }
    if (changed) {
        text->markContentsDirty(0, text->characterCount());
        m_text->viewport()->update();
    }
    applyHighlights();
}

void ArticlePane::setHighlights(QList<TextHighlight> highlights)
{
    if (highlights.size() > MaximumHighlights) {
        // Word-level marks are the least needed: they go first.
        highlights.removeIf([](const TextHighlight &highlight) {
            return highlight.underline;
        });
        highlights.resize(std::min<qsizetype>(highlights.size(), MaximumHighlights));
    }
    m_highlights = std::move(highlights);
    applyHighlights();
}

TextRange ArticlePane::highlightedWindow() const
{
    // What is in view, and as much again above and below, so that small scrolls show
    // marks at once. QPlainTextEdit lays out every block an extra selection touches, and
    // for a whole long article that takes hundreds of milliseconds.
    const int first = m_text->cursorForPosition(QPoint(0, 0)).position();
    const QPoint bottomRight(m_text->viewport()->width(), m_text->viewport()->height());
    const int last = m_text->cursorForPosition(bottomRight).position();
    const int span = std::max(last - first, 2'000);
    return {std::max(first - span, 0), last + span};
}

void ArticlePane::setAnnotationHighlights(QList<TextHighlight> highlights)
{
    QList<OverviewMark> marks;
    for (const TextHighlight &highlight : std::as_const(highlights)) {
        QColor solid = highlight.mark.isValid() ? highlight.mark : highlight.background;
        solid.setAlphaF(1.0f);
        marks.append({highlight.range, solid});
    }
    m_margin->setMarks(marks);
    m_annotationHighlights = std::move(highlights);
    applyHighlights();
}

void ArticlePane::applyHighlights()
{
    if (m_highlights.isEmpty() && m_annotationHighlights.isEmpty() && m_furnitureHighlights.isEmpty() && !m_flash && m_text->extraSelections().isEmpty())
        return;
    QList<QTextEdit::ExtraSelection> selections;
    const int length = m_text->document()->characterCount();
    const TextRange window = highlightedWindow();
    const auto select = [&](const TextRange &range) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(range.start));
        selection.cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
        return selection;
    };
    // The user's annotations come last: they paint over the claims, and over each other
    // where they overlap, so that overlaps look deeper.
    const QList<TextHighlight> layers = m_furnitureHighlights + m_highlights + m_annotationHighlights;
    for (const TextHighlight &highlight : layers) {
        if (highlight.range.end >= length)
            continue; // a stale range must not mark the wrong text
        if (highlight.range.end < window.start || highlight.range.start > window.end)
            continue;
        QTextEdit::ExtraSelection selection = select(highlight.range);
        if (highlight.background.isValid())
            selection.format.setBackground(highlight.background);
        if (highlight.foreground.isValid())
            selection.format.setForeground(highlight.foreground);
        if (highlight.underline) {
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(palette().color(QPalette::PlaceholderText));
        }
        selections.append(selection);
    }
    if (m_flash && m_flash->end < length) {
        QTextEdit::ExtraSelection selection = select(*m_flash);
        selection.format.setBackground(palette().color(QPalette::Highlight));
        selection.format.setForeground(palette().color(QPalette::HighlightedText));
        selections.append(selection);
    }
    m_text->setExtraSelections(selections);
}

void ArticlePane::flash(const TextRange &range)
{
    m_flash = range;
    applyHighlights();
    QTimer::singleShot(700, this, [this, range] {
        if (m_flash == range) {
            m_flash.reset();
            applyHighlights();
        }
    });
}

void ArticlePane::setArticleFont(const QFont &font)
{
    m_text->setFont(font);
}

TextRange ArticlePane::selectedRange() const
{
    const QTextCursor cursor = m_text->textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ArticlePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_styler->setPalette(palette());
    QWidget::changeEvent(event);
}

void ArticlePane::reveal(const TextRange &range)
{
    if (!m_furnitureShown && currentRow() >= 0) {
        const QList<TextRange> &furniture = document().furniture;
        const auto hiding = std::find_if(furniture.cbegin(), furniture.cend(), [&](const TextRange &lines) {
            return lines.overlaps(range);
        });
        if (hiding != furniture.cend() && *hiding != m_revealedFurniture) {
            m_revealedFurniture = *hiding;
            applyFurniture();
        }
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(range.start));
    cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_text->cursorForPosition(help->pos()).position();
        // The user's annotations come last: they paint over the claims, and over each other
        // where they overlap, so that overlaps look deeper.
        const QList<TextHighlight> layers = m_furnitureHighlights + m_highlights + m_annotationHighlights;
        for (const TextHighlight &highlight : layers) {
            if (!highlight.toolTip.isEmpty() && highlight.range.start <= position && position < highlight.range.end) {
                QToolTip::showText(help->globalPos(), highlight.toolTip, m_text->viewport());
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Parallax
