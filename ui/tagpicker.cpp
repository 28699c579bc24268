// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "tagpicker.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

TagPicker::TagPicker(const QStringList &existingPaths, QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
{
    setWindowTitle(tr("Tag Selection"));
    auto *completer = new QCompleter(existingPaths, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_field->setCompleter(completer);
    m_field->setPlaceholderText(tr("Tag, e.g. Economy/GDP"));
    m_field->setToolTip(tr("An existing tag, or a new one: \"/\" separates levels"));
    m_field->setClearButtonEnabled(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Tag"));
    ok->setEnabled(false);
    connect(m_field, &QLineEdit::textChanged, ok, [ok](const QString &text) {
        ok->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Tag:"), this);
    label->setBuddy(m_field);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(buttons);
}

QString TagPicker::path() const
{
    // "Economy / GDP " and "Economy/GDP" are the same tag.
    QStringList names = m_field->text().split(u'/', Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    names.removeAll(QString());
    return names.join(u'/');
}

} // namespace Parallax
