// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "exportdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

struct FormatChoice {
    ExportFormat format;
    const char *label;
    const char *tooltip;
};

const FormatChoice Formats[] = {
    {ExportFormat::Markdown,
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "Markdown notes (.md)"),
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "Quotes, notes, tags and citations, in text order; reads well in Obsidian.")},
    {ExportFormat::Html,
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "Comparison report, web page (.html)"),
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "The two articles in view side by side, claims colored, annotations in the margin, and the claim table.")},
    {ExportFormat::Pdf,
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "Comparison report, PDF (.pdf)"),
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "The same report as the web page, laid out on A4 landscape pages for print.")},
    {ExportFormat::Csv,
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "Spreadsheet (.csv)"),
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "One row per annotation, with offsets in code points.")},
    {ExportFormat::WebAnnotation,
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "W3C Web Annotation (.jsonld)"),
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "For web annotation tools such as Hypothesis; Parallax can import it again.")},
    {ExportFormat::RefiQda,
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "REFI-QDA project (.qdpx)"),
        QT_TRANSLATE_NOOP("Parallax::ExportDialog", "For QDA tools: ATLAS.ti, MAXQDA, NVivo, QualCoder.")},
};

const QString DefaultBaseName = u"annotations"_s;
const QString DefaultReportBaseName = u"comparison"_s;

} // namespace

ExportDialog::ExportDialog(const QStringList &tagPaths, const QString &currentArticleTitle, const QString &comparisonTitle, QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_library(new QRadioButton(tr("The whole &library"), this))
    , m_article(new QRadioButton(this))
    , m_comparison(new QRadioButton(this))
    , m_tag(new QRadioButton(tr("Annotations with the &tag:"), this))
    , m_tags(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Annotations"));
    for (const FormatChoice &choice : Formats) {
        m_format->addItem(tr(choice.label), int(choice.format));
        m_format->setItemData(m_format->count() - 1, tr(choice.tooltip), Qt::ToolTipRole);
    }
    m_article->setText(currentArticleTitle.isEmpty() ? tr("The &article in view") : tr("The &article in view: %1").arg(currentArticleTitle));
    m_article->setEnabled(!currentArticleTitle.isEmpty());
    m_hasArticle = !currentArticleTitle.isEmpty();
    m_hasComparison = !comparisonTitle.isEmpty();
    m_comparison->setText(comparisonTitle.isEmpty() ? tr("The &comparison in view") : tr("The &comparison in view: %1").arg(comparisonTitle));
    m_comparison->setToolTip(tr("The two articles side by side in the window, with the annotations of both"));
    m_comparison->setEnabled(m_hasComparison);
    m_tags->addItems(tagPaths);
    m_tag->setEnabled(!tagPaths.isEmpty());
    m_tags->setEnabled(false);
    m_library->setChecked(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setToolTip(tr("Choose the file to write"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(m_tag);
    tagRow->addWidget(m_tags, 1);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_library);
    scope->addWidget(m_article);
    scope->addWidget(m_comparison);
    scope->addLayout(tagRow);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Of:"), scope);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file); // a row of several widgets gets no buddy by itself
    form->addRow(fileLabel, fileRow);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_tag, &QRadioButton::toggled, m_tags, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateExportButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    restoreLastChoice();
    updateExportButton();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

ExportScope ExportDialog::scope(qint64 articleId, std::pair<qint64, qint64> comparison) const
{
    if (m_article->isChecked())
        return ExportScope::article(articleId);
    if (m_comparison->isChecked())
        return ExportScope::comparison(comparison.first, comparison.second);
    if (m_tag->isChecked())
        return ExportScope::tag(m_tags->currentText());
    return ExportScope::library();
}

QString ExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ExportDialog::accept()
{
    Settings().setLastExport({Exporter::formatName(format()), scopeName(), m_tags->currentText(), QFileInfo(filePath()).absolutePath()});
    QDialog::accept();
}

QString ExportDialog::scopeName() const
{
    if (m_article->isChecked())
        return u"article"_s;
    if (m_comparison->isChecked())
        return u"comparison"_s;
    return m_tag->isChecked() ? u"tag"_s : u"library"_s;
}

void ExportDialog::browse()
{
    const QString suffix = Exporter::suffix(format());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Annotations"), filePath(), tr("%1 (*.%2)").arg(m_format->currentText()).arg(suffix));
    if (!chosen.isEmpty())
        m_file->setText(QDir::toNativeSeparators(chosen));
}

// A new format changes the file's suffix, so that the name stays right; a report
// takes the comparison in view and nothing else.
void ExportDialog::formatChanged()
{
    const bool report = Exporter::isComparisonReport(format());
    m_library->setEnabled(!report);
    m_article->setEnabled(!report && m_hasArticle);
    m_tag->setEnabled(!report && m_tags->count() > 0);
    m_tags->setEnabled(m_tag->isEnabled() && m_tag->isChecked());
    if (report && m_hasComparison)
        m_comparison->setChecked(true);
    else if (!report && !m_tag->isChecked() && !m_article->isChecked() && !m_comparison->isChecked())
        m_library->setChecked(true);
    updateExportButton();
    const QFileInfo file(filePath());
    if (filePath().isEmpty())
        return;
    // The suggested names follow what is exported; a name the user typed stays.
    QString baseName = file.completeBaseName();
    if (baseName == DefaultBaseName || baseName == DefaultReportBaseName)
        baseName = report ? DefaultReportBaseName : DefaultBaseName;
    m_file->setText(QDir::toNativeSeparators(file.absolutePath() + u'/' + baseName + u'.' + Exporter::suffix(format())));
}

void ExportDialog::updateExportButton()
{
    const bool scopeFits = !Exporter::isComparisonReport(format()) || m_comparison->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!filePath().isEmpty() && scopeFits);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(scopeFits ? QString() : tr("A report compares two articles: open two side by side first."));
}

void ExportDialog::restoreLastChoice()
{
    const ExportSettings last = Settings().lastExport();
    const auto format = Exporter::formatNamed(last.format).value_or(ExportFormat::Markdown);
    m_format->setCurrentIndex(m_format->findData(int(format)));
    const QString &scope = last.scope;
    if (scope == "article"_L1 && m_article->isEnabled())
        m_article->setChecked(true);
    else if (scope == "comparison"_L1 && m_comparison->isEnabled())
        m_comparison->setChecked(true);
    else if (scope == "tag"_L1 && m_tag->isEnabled())
        m_tag->setChecked(true);
    if (const int tag = m_tags->findText(last.tag); tag >= 0)
        m_tags->setCurrentIndex(tag);
    const QString folder = last.folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : last.folder;
    m_file->setText(QDir::toNativeSeparators(folder + u'/' + DefaultBaseName + u'.' + Exporter::suffix(this->format())));
    formatChanged();
}

} // namespace Parallax
