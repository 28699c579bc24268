// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "settings.h"

#include <QDialog>
#include <QFont>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace Parallax
{

/// The settings dialog: the article font, the color scheme, synchronized scrolling, and
/// the name the user codes under.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const ViewSettings &settings, const QString &coderName = {}, QWidget *parent = nullptr);

    ViewSettings settings() const;
    /// The name to record the user's work under (trimmed; empty: none).
    QString coderName() const;

private:
    QFontComboBox *m_family;
    QSpinBox *m_size;
    QComboBox *m_theme;
    QCheckBox *m_synchronizedScrolling;
    QCheckBox *m_showPageFurniture;
    QLineEdit *m_coderName;
};

} // namespace Parallax
