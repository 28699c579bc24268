// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "settings.h"

#include <QDialog>
#include <QFont>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace Parallax
{

/// The settings dialog: the article font, the color scheme and synchronized scrolling.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const ViewSettings &settings, QWidget *parent = nullptr);

    ViewSettings settings() const;

private:
    QFontComboBox *m_family;
    QSpinBox *m_size;
    QComboBox *m_theme;
    QCheckBox *m_synchronizedScrolling;
    QCheckBox *m_showPageFurniture;
};

} // namespace Parallax
