// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

// The Okabe–Ito palette: eight colours that readers with the common colour-vision deficiencies can
// tell apart. The measurement views use it, always together with text or patterns, never alone.
namespace OkabeIto {
inline QColor orange() { return QColor(0xE6, 0x9F, 0x00); }
inline QColor skyBlue() { return QColor(0x56, 0xB4, 0xE9); }
inline QColor bluishGreen() { return QColor(0x00, 0x9E, 0x73); }
inline QColor yellow() { return QColor(0xF0, 0xE4, 0x42); }
inline QColor blue() { return QColor(0x00, 0x72, 0xB2); }
inline QColor vermillion() { return QColor(0xD5, 0x5E, 0x00); }
inline QColor reddishPurple() { return QColor(0xCC, 0x79, 0xA7); }
} // namespace OkabeIto
