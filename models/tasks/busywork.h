// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <chrono>

// CPU-bound work for lesson 2: a fixed number of iterations of arithmetic that the compiler cannot
// skip. Thread-safe, no Qt objects.
namespace BusyWork {

// Runs `iterations` steps starting from `seed`; returns the final value (use it, or the work is gone).
quint64 spin(quint64 iterations, quint64 seed);

// About how many iterations take `duration` on this machine (measured once, then cached).
quint64 iterationsFor(std::chrono::milliseconds duration);

} // namespace BusyWork
