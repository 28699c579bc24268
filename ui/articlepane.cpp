// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "articlepane.h"

#include "documentlistmodel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
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
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("%1 article text").arg(sideName));
    m_text->document()->setDocumentMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_chooser);
    layout->addWidget(m_metadata);
    layout->addWidget(m_text, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &ArticlePane::showRow);
    // A reset model (a new corpus) leaves the chooser on row 0 or empty: show that.
    connect(articles, &QAbstractItemModel::modelReset, this, [this] {
        showRow(m_chooser->currentIndex());
    });
    showRow(m_chooser->currentIndex());
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
    if (row < 0 || row >= m_articles->rowCount()) {
        m_metadata->setText(tr("No article"));
        m_text->clear();
    } else {
        const Document &shown = m_articles->document(row);
        m_metadata->setText(metadataLine(shown));
        m_text->setPlainText(shown.text);
    }
    Q_EMIT currentRowChanged(row);
}

} // namespace Parallax
