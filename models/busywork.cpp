// SPDX-License-Identifier: MIT
#include "busywork.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>

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
    // then take the median of several timings of it. A single timing is at the mercy of the scheduler
    // on a busy machine (one preemption and every later run of the app is far too short or too long).
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
        std::array<qint64, 9> ns{};
        for (qint64 &sample : ns)
            sample = timeOf(iterations);
        std::nth_element(ns.begin(), ns.begin() + ns.size() / 2, ns.end());
        return double(iterations) * 1e6 / double(std::max<qint64>(1, ns[ns.size() / 2]));
    }();
    return std::max<quint64>(1, quint64(iterationsPerMs * double(duration.count())));
}

} // namespace BusyWork
