// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// Not compiled: a sample for check-translations.py, with a catalogue that lags behind it.
#include <QLabel>
#include <QWidget>

namespace Parallax
{

class SourceList : public QWidget
{
    Q_OBJECT

public:
    SourceList()
    {
        setWindowTitle(tr("Sources"));
        (new QLabel(this))->setText(tr("Claims")); // not in the catalogue
    }
};

namespace
{
// A free function's tr() has no class: lupdate files it under "Parallax".
QString orphan()
{
    return tr("Orphan");
}
} // namespace

} // namespace Parallax
