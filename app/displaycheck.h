// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Whether Qt will find a display to open the window on. Without one, QApplication aborts the
// process (Qt's "could not connect to display ... Reinstalling the application may fix this
// problem"), which tells a user in a terminal or a CI job nothing useful: main() asks first and
// prints how to run headless instead.
namespace DisplayCheck {
// Empty when a platform looks usable; otherwise one translated line saying what is missing and how
// to run without a display. Reads the environment only (QT_QPA_PLATFORM, DISPLAY, WAYLAND_DISPLAY,
// XDG_RUNTIME_DIR) and, for a local X display, whether its socket exists. Before QApplication.
QString problem();
} // namespace DisplayCheck
