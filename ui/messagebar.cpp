// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "messagebar.h"

#include "themedicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Parallax
{

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setIcon(ThemedIcon::named(u"window-close"_s));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close this message"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    hide();
}

void MessageBar::showError(const QString &text)
{
    showColored(text, {QColor(0xf8, 0xd7, 0xda), QColor(0x58, 0x15, 0x1c)}, {QColor(0x5c, 0x1f, 0x24), QColor(0xf5, 0xd0, 0xd3)});
}

void MessageBar::showWarning(const QString &text)
{
    showColored(text, {QColor(0xff, 0xf3, 0xcd), QColor(0x66, 0x4d, 0x03)}, {QColor(0x4d, 0x3b, 0x0b), QColor(0xf5, 0xe6, 0xb8)});
}

void MessageBar::showInformation(const QString &text)
{
    showColored(text, {QColor(0xd4, 0xed, 0xda), QColor(0x15, 0x57, 0x24)}, {QColor(0x1e, 0x3d, 0x26), QColor(0xcf, 0xec, 0xd6)});
}

void MessageBar::showColored(const QString &text, const Colors &light, const Colors &dark)
{
    QPalette colors = palette();
    const Colors &scheme = colors.color(QPalette::Window).lightness() < 128 ? dark : light;
    colors.setColor(QPalette::Window, scheme.background);
    colors.setColor(QPalette::WindowText, scheme.text);
    setPalette(colors);
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace Parallax
