// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// One monotonic clock for every execution unit of the app (GUI loop, worker threads, coroutines),
// so events recorded on different threads line up on one time axis. Thread-safe.
namespace LabClock {
// Nanoseconds since the clock was first read in this process.
qint64 nowNs();
inline double nsToMs(qint64 ns) { return double(ns) / 1e6; }
} // namespace LabClock
