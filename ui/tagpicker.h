// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QDialog>

class QLineEdit;

namespace Parallax
{

/**
 * A quick tag picker: type a tag's path, with completion from the existing ones; a path
 * that does not exist yet ("Economy/Inflation") creates the tag.
 */
class TagPicker final : public QDialog
{
    Q_OBJECT

public:
    explicit TagPicker(const QStringList &existingPaths, QWidget *parent = nullptr);
    QString path() const;
    QLineEdit *field() const { return m_field; }

private:
    QLineEdit *m_field;
};

} // namespace Parallax
