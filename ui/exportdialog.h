// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exporter.h>

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace Parallax
{

/**
 * Asks what to export, of what, and where: the format, the scope (the whole library,
 * the article in view, or a tag with its sub-tags) and the file. It comes back with
 * the last choice, remembered in the settings.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// CURRENT_ARTICLE_TITLE empty: there is no article in view to export alone.
    ExportDialog(const QStringList &tagPaths, const QString &currentArticleTitle, QWidget *parent = nullptr);

    ExportFormat format() const;
    /// ARTICLE_ID is the article in view, used when the user chose it.
    ExportScope scope(qint64 articleId) const;
    QString filePath() const;

    void accept() override;

private:
    void browse();
    void formatChanged();
    void updateExportButton();
    void restoreLastChoice();

    QComboBox *m_format;
    QRadioButton *m_library;
    QRadioButton *m_article;
    QRadioButton *m_tag;
    QComboBox *m_tags;
    QLineEdit *m_file;
    QDialogButtonBox *m_buttons;
};

} // namespace Parallax
