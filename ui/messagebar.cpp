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
    QPalette colors = palette();
    const bool dark = colors.color(QPalette::Window).lightness() < 128;
    colors.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1f, 0x24) : QColor(0xf8, 0xd7, 0xda));
    colors.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xd0, 0xd3) : QColor(0x58, 0x15, 0x1c));
    setPalette(colors);
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace Parallax
