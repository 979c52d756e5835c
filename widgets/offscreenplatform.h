// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QString>

// The offscreen platform (the tests, the bench) has no window system to pass size hints to, to raise a
// window in or to grab the keyboard for a menu, and says so: noise about the platform, never about our
// code. The tests let these through and fail on every other warning; the bench drops them.
namespace OffscreenPlatform {
inline bool isNoise(const QString &message)
{
    return message == QLatin1StringView("This plugin does not support propagateSizeHints()")
        || message == QLatin1StringView("This plugin does not support raise()")
        || message == QLatin1StringView("This plugin does not support grabbing the keyboard");
}
} // namespace OffscreenPlatform
