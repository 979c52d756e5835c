// SPDX-License-Identifier: MIT
#pragma once

// What the tests of drawn widgets share: counting a colour in a grab, and a dark palette to paint
// with (the room's projector may run a dark theme).
#include <QColor>
#include <QImage>
#include <QPalette>

namespace LabTest {

// Pixels of exactly `colour` (alpha ignored) in `image`, within `area` (default: all of it).
inline qsizetype countColour(const QImage &image, const QColor &colour, const QRect &area = {})
{
    qsizetype n = 0;
    const QRect within = (area.isNull() ? image.rect() : area).intersected(image.rect());
    for (int y = within.top(); y <= within.bottom(); ++y) {
        for (int x = within.left(); x <= within.right(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (colour.rgb() & 0xffffff))
                ++n;
        }
    }
    return n;
}

// A whole dark palette, as a dark desktop theme gives one: buttons, tooltips and selection included
// (QPalette(button, window) first, so that no role keeps a light default).
inline QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x20, 0x20, 0x20));   // button, window
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::ToolTipBase, QColor(0x40, 0x40, 0x20));
    p.setColor(QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xd0));
    return p;
}

} // namespace LabTest
