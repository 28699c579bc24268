// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Parallax
{

SettingsDialog::SettingsDialog(const ViewSettings &settings, const QString &coderName, QWidget *parent)
    : QDialog(parent)
    , m_family(new QFontComboBox(this))
    , m_size(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_synchronizedScrolling(new QCheckBox(tr("&Scroll the panes together, following the matching passages"), this))
    , m_showPageFurniture(new QCheckBox(tr("Show the &page furniture of saved web pages, dimmed"), this))
    , m_coderName(new QLineEdit(coderName, this))
{
    setWindowTitle(tr("Configure Parallax"));
    m_family->setCurrentFont(settings.articleFont);
    m_family->setToolTip(tr("The typeface of the article text"));
    m_size->setRange(6, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(settings.articleFont.pointSize() > 0 ? settings.articleFont.pointSize() : 10);
    m_size->setToolTip(tr("The size of the article text"));
    m_theme->addItem(tr("As the desktop"), int(Theme::Scheme::System));
    m_theme->addItem(tr("Light"), int(Theme::Scheme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Scheme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));
    m_theme->setToolTip(tr("The colors of the window; the claim colors follow"));
    m_synchronizedScrolling->setChecked(settings.synchronizedScrolling);
    m_synchronizedScrolling->setToolTip(tr("When one pane scrolls, the other shows the passages that match"));
    m_showPageFurniture->setChecked(settings.showPageFurniture);
    m_showPageFurniture->setToolTip(tr("Menus, teasers and comments around a saved page's article; never compared either way"));

    m_coderName->setObjectName(u"coderName"_s);
    m_coderName->setPlaceholderText(tr("No name (on a team library: your database role)"));
    m_coderName->setToolTip(tr("Your annotations, tags, reviews and pins are recorded under this name, so that a team can see who coded what "
                               "and measure how far its coders agree"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Article &font:"), m_family);
    layout->addRow(tr("Font si&ze:"), m_size);
    layout->addRow(tr("&Colors:"), m_theme);
    layout->addRow(m_synchronizedScrolling);
    layout->addRow(m_showPageFurniture);
    layout->addRow(tr("Your name as a c&oder:"), m_coderName);
    layout->addRow(buttons);
}

ViewSettings SettingsDialog::settings() const
{
    ViewSettings chosen;
    chosen.articleFont = m_family->currentFont();
    chosen.articleFont.setPointSize(m_size->value());
    chosen.theme = Theme::Scheme(m_theme->currentData().toInt());
    chosen.synchronizedScrolling = m_synchronizedScrolling->isChecked();
    chosen.showPageFurniture = m_showPageFurniture->isChecked();
    return chosen;
}

QString SettingsDialog::coderName() const
{
    return m_coderName->text().trimmed();
}

} // namespace Parallax
