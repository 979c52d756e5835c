// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace ThreadId {
// The kernel's id of the calling thread (what `top -H` and `ps -L` show); on systems without one,
// Qt's opaque thread id. Thread-safe.
qint64 current();
// The id of the process's main thread, where the GUI thread runs.
qint64 gui();
} // namespace ThreadId
