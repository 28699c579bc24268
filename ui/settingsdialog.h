// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "theme.h"

#include <QDialog>
#include <QFont>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace Parallax
{

/// What the user can set in the settings dialog, kept in QSettings.
struct ViewSettings {
    QFont articleFont; ///< the font of the article text
    Theme::Scheme theme = Theme::Scheme::System;
    bool synchronizedScrolling = true;
    /// Whether a saved page's menus, teasers and comments show (dimmed) around its
    /// article; hidden by default, as a reader view hides them.
    bool showPageFurniture = false;

    static ViewSettings load();
    void save() const;
};

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
