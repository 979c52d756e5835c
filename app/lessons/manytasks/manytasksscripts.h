// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Lesson 4's Python scripts (embedded as ":/python/<file>"), unpacked once per process into a
// temporary folder that lives until the app exits (they import each other). GUI thread.
namespace ManyTasksScripts {

// The folder's path; empty, with `error` translated, when they could not be unpacked.
QString directory(QString *error);

} // namespace ManyTasksScripts
