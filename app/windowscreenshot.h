// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QWidget;

namespace WindowScreenshot {
// Grabs `widget` (with its children) and writes it as PNG to `path`, atomically.
// Returns an empty string on success, else a translated error message. GUI thread.
QString save(QWidget *widget, const QString &path);
} // namespace WindowScreenshot
