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

inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Mid, QColor(0x66, 0x66, 0x66));
    return p;
}

} // namespace LabTest
