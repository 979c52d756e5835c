// SPDX-License-Identifier: MIT
#pragma once

#include "okabeito.h"

#include <QPalette>

// Light or dark, told from the palette itself: Qt 6.4 has no colour-scheme API (QStyleHints::
// colorScheme() came with 6.5), and a dark desktop or View > High Contrast shows only as a palette.
// Custom painters take their colours from palette roles, and these where a role is not enough.
namespace PaletteTone {
// Whether text is light on a dark background (the Base role darker than mid-grey).
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}
// The Okabe–Ito blue that stands out on the palette's background: blue on light, sky blue on dark.
inline QColor blueOn(const QPalette &palette)
{
    return isDark(palette) ? OkabeIto::skyBlue() : OkabeIto::blue();
}
} // namespace PaletteTone
