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
    // Calibrated on first use (thread-safe static initialisation): find a batch that takes over 5 ms,
    // then keep the fastest of several timings of it, the one the scheduler interrupted least. A
    // single timing taken while the machine was busy would make every later run far too short; this
    // way a busy machine makes the runs longer than asked rather than shorter.
    static const double iterationsPerMs = [] {
        const auto timeOf = [](quint64 iterations) {
            QElapsedTimer clock;
            clock.start();
            volatile quint64 sink = spin(iterations, 7);
            Q_UNUSED(sink)
            return clock.nsecsElapsed();
        };
        quint64 iterations = 1 << 16;
        while (timeOf(iterations) <= 5'000'000)
            iterations *= 2;
        qint64 fastestNs = timeOf(iterations);
        for (int i = 0; i < 8; ++i)
            fastestNs = std::min(fastestNs, timeOf(iterations));
        return double(iterations) * 1e6 / double(std::max<qint64>(1, fastestNs));
    }();
    return std::max<quint64>(1, quint64(iterationsPerMs * double(duration.count())));
}

} // namespace BusyWork
