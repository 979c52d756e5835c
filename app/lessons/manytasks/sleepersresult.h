// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <optional>

// How a run of N sleepers is carried out: C++ coroutines, threads or worker children, or the same in
// CPython (asyncio tasks, threading.Thread, multiprocessing.Process).
enum class SleepersModel { Coroutines, Threads, Processes };

namespace SleepersModels {
QString id(SleepersModel model);            // "coroutines", "threads", "processes"
QString title(SleepersModel model);         // translated: "coroutines"
// The most a run of the model may start here, whatever the machine allows (the lesson's design).
int designBound(SleepersModel model);       // 1,000,000 / 10,000 / 500
} // namespace SleepersModels

// What a run of N sleepers takes: each unit sleeps `sleep`, then counts itself done.
struct SleepersParameters {
    int count = 1000;
    std::chrono::milliseconds sleep{1000};
};

// What a run of N sleepers measured.
struct SleepersResult {
    SleepersModel model = SleepersModel::Coroutines;
    bool python = false;          // measured by the CPython counterpart
    int count = 0;
    int done = 0;                 // units that slept their whole time and counted themselves
    // The most units alive at once. Below count when the launch takes longer than the sleep: the
    // first are done before the last start (CPython's asyncio at a million, say).
    int peakAlive = 0;
    qint64 sleepMs = 1000;
    qint64 launchNs = 0;          // from the first unit started to the last
    qint64 wallNs = 0;            // from the first unit started to the last done
    qint64 peakRssBytes = 0;      // of the app (or of the Python script's process)
    qint64 bytesPerUnit = 0;      // memory the run added at its peak, per unit (children: their PSS)
    std::optional<qint64> childrenPssBytes;   // processes: every child's PSS, summed

    qint64 beyondSleepNs() const { return wallNs - sleepMs * 1'000'000; }
    // Whether every unit was alive at the same time: only then is the memory per unit what one costs
    // (units that are done may have freed theirs, or not: asyncio's finished Tasks are kept).
    bool allAliveAtOnce() const { return peakAlive <= 0 || peakAlive >= count; }
};

// "1000000 done, 0.17 s beyond the 1 s sleep, 164 B each", translated.
QString describe(const SleepersResult &result);
QString traceDetail(const SleepersResult &result);   // "1000000/1000000"
// {"model": ..., "python": ..., "count": ..., "done": ..., "peakAlive": ..., "sleepSeconds": ..., "launchSeconds": ...,
//  "wallSeconds": ..., "beyondSeconds": ..., "peakRssBytes": ..., "bytesPerUnit": ..., "childrenPssBytes": ...}
QJsonObject toJson(const SleepersResult &result);
// "164 B", "1.6 KB", "12.3 MB": memory figures as the page and the summary show them (translated).
QString formatBytes(qint64 bytes);
