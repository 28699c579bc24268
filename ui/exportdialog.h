// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/exporter.h>

#include <QDialog>

#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Parallax
{

/**
 * Asks what to export, of what, and where: the format, the scope (the whole library,
 * the article in view, the two articles compared in view, or a tag with its sub-tags)
 * and the file. A comparison report (HTML, PDF) takes the comparison in view. It comes back with
 * the last choice, remembered in the settings.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// CURRENT_ARTICLE_TITLE empty: there is no article in view to export alone;
    /// COMPARISON_TITLE empty: there are not two stored articles side by side.
    ExportDialog(const QStringList &tagPaths, const QString &currentArticleTitle, const QString &comparisonTitle, QWidget *parent = nullptr);

    ExportFormat format() const;
    /// ARTICLE_ID is the article in view, COMPARISON the articles on the left and the
    /// right; each is used when the user chose it.
    ExportScope scope(qint64 articleId, std::pair<qint64, qint64> comparison) const;
    QString filePath() const;

    void accept() override;

private:
    void browse();
    void formatChanged();
    void updateExportButton();
    void restoreLastChoice();
    QString scopeName() const;

    QComboBox *m_format;
    QRadioButton *m_library;
    QRadioButton *m_article;
    QRadioButton *m_comparison;
    QRadioButton *m_tag;
    QComboBox *m_tags;
    QLineEdit *m_file;
    QDialogButtonBox *m_buttons;
    bool m_hasComparison = false;
    bool m_hasArticle = false;
};

} // namespace Parallax
