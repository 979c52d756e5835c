// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <optional>

// Part A's experiment: a shared counter incremented `increments` times by each of `units` units.
struct CounterParameters {
    static constexpr int mostUnits = 16;
    static constexpr int mostIncrements = 10'000'000;

    int units = 4;               // N
    int increments = 100'000;    // M, per unit
    // Without a lock (threads and processes): yield the CPU between the read and the write (QThread::yieldCurrentThread(),
    // Python's time.sleep(0)), so another unit runs inside the window and the lost updates become many.
    bool widenWindow = false;

    // The long critical section carries 10 us of work per increment, so it counts 50 times fewer,
    // in each of its two passes (work inside the lock, then before it).
    static int longSectionIncrements(int increments) { return std::max(1, increments / 50); }
};

// What one counter run found. `total` is the counter the parent reads at the end; for processes
// that each counted a private copy, `childrenCounted` is what they counted between them.
struct CounterResult {
    int units = 0;
    qint64 increments = 0;       // per unit
    qint64 total = 0;
    qint64 elapsedNs = 0;        // from the start signal to the last unit's end
    std::optional<qint64> childrenCounted;
    // The long critical section: the same work, once inside the lock (elapsedNs) and once outside
    // it; and how many units worked at once on average in each pass (busy time / wall time).
    std::optional<qint64> outsideElapsedNs;
    std::optional<double> insideParallelism;
    std::optional<double> outsideParallelism;
    // The run went step by step (step mode): its times measure the user, so they are not shown.
    bool stepped = false;

    qint64 expected() const { return qint64(units) * increments; }
    qint64 lost() const { return expected() - total; }
    // Wall time per increment, over all units.
    double nsPerIncrement() const;
};

// "161342 of 200000 (38658 lost), 4.1 ns per increment"
QString describe(const CounterResult &result);
// "161342/200000"
QString traceDetail(const CounterResult &result);
// {"expected", "total", "lost", "units", "increments", "elapsedNs", "nsPerIncrement", ...}
QJsonObject toJson(const CounterResult &result);
