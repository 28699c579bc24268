// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "themedicon.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace Parallax::ThemedIcon
{

namespace
{

const QString FallbackFolder = u":/org/parallax/icons/fallback/"_s;
// The stroke color the drawings are made in; replaced by the palette's when drawn.
constexpr QByteArrayView DrawnIn = "#4d4d4d";

/**
 * Draws one of our SVG line icons in the color of the application palette's button
 * text, which menus and tool buttons draw their labels in (disabled: its disabled
 * color), rendered by Qt's SVG image plugin at the size asked, so that it stays sharp
 * at any scale.
 */
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap((QSizeF(rect.size()) * scale).toSize(), mode, state);
        drawn.setDevicePixelRatio(scale);
        painter->drawPixmap(rect, drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor color = QGuiApplication::palette().color(group, QPalette::ButtonText);
        const QString key = u"%1x%2 %3"_s.arg(size.width()).arg(size.height()).arg(color.name(QColor::HexArgb));
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        QByteArray svg = m_svg;
        svg.replace(DrawnIn, color.name().toLatin1());
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        QPixmap drawn = QPixmap::fromImage(reader.read());
        if (color.alphaF() < 1.0 && !drawn.isNull()) {
            // SVG strokes take the color's RGB only; a translucent disabled color fades the whole drawing.
            QPixmap faded(drawn.size());
            faded.fill(Qt::transparent);
            QPainter painter(&faded);
            painter.setOpacity(color.alphaF());
            painter.drawPixmap(0, 0, drawn);
            painter.end();
            drawn = faded;
        }
        m_cache.insert(key, drawn);
        return drawn;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return u"ParallaxPaletteIcon"_s; }
    QIconEngine *clone() const override { return new PaletteIconEngine(m_svg); }

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache; ///< by size and color: a change of scheme draws anew
};

} // namespace

QIcon named(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    QFile drawing(FallbackFolder + name + u".svg"_s);
    if (!drawing.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new PaletteIconEngine(drawing.readAll()));
}

QStringList fallbackNames()
{
    QStringList names;
    for (const QString &file : QDir(FallbackFolder).entryList({u"*.svg"_s}, QDir::Files, QDir::Name))
        names.append(file.chopped(4));
    return names;
}

} // namespace Parallax::ThemedIcon
