// SPDX-License-Identifier: MIT
#include "busywork.h"

#include <QElapsedTimer>

#include <algorithm>

namespace BusyWork {

quint64 spin(quint64 iterations, quint64 seed)
{
    quint64 x = seed | 1;
    for (quint64 i = 0; i < iterations; ++i) {
        // xorshift64: cheap, and each step depends on the previous one.
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    return x;
}

quint64 iterationsFor(std::chrono::milliseconds duration)
{
    // Calibrated on first use with about 20 ms of work (thread-safe static initialisation).
    static const double iterationsPerMs = [] {
        quint64 iterations = 1 << 16;
        QElapsedTimer clock;
        for (;;) {
            clock.start();
            volatile quint64 sink = spin(iterations, 7);
            Q_UNUSED(sink)
            const qint64 ns = clock.nsecsElapsed();
            if (ns > 20'000'000)
                return double(iterations) * 1e6 / double(ns);
            iterations *= 2;
        }
    }();
    return std::max<quint64>(1, quint64(iterationsPerMs * double(duration.count())));
}

} // namespace BusyWork
