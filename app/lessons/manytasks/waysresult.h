// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

#include <chrono>
#include <optional>

// Lesson 4, part A: two slow coroutines of `duration` each, run one of three ways.
struct WaysParameters {
    std::chrono::milliseconds duration{1000};

    static constexpr std::chrono::milliseconds shortest{100};
    static constexpr std::chrono::milliseconds longest{10'000};
};

struct WaysResult {
    QString way;                    // "sequential", "concurrent", "wait-for" or "python"
    qint64 elapsedNs = 0;           // the whole run, as the demo measured it
    qint64 durationMs = 0;          // each slow coroutine's sleep
    QStringList lines;              // the output, in the order it was printed ("+0.00 s  A: ...")
    std::optional<int> eventsInside;   // wait-for: events the nested loop handled before waitFor returned
    std::optional<bool> timerFiredInside;   // wait-for: the timer set before the call fired inside it
    // python: each way's own time, in seconds, in the order run, and asyncio.run's error inside a loop.
    QList<QPair<QString, double>> pythonSeconds;
    QString pythonError;

    // The elapsed time in units of the sleep: about 2 for one after the other, 1 for both at once.
    double sleeps() const { return durationMs > 0 ? elapsedNs / 1e6 / double(durationMs) : 0; }
};

// "2.01 x the sleep of 1.00 s: one after the other", translated.
QString describe(const WaysResult &result);
QString traceDetail(const WaysResult &result);   // "2.00 s"
// {"way": ..., "seconds": ..., "sleepSeconds": ..., "sleeps": ..., "lines": [...], "eventsInside": ..., "timerFiredInside": ...,
//  "python": {"sequential": s, ...}, "pythonError": ...}
QJsonObject toJson(const WaysResult &result);
