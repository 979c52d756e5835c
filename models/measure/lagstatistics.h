// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

// One heartbeat of the event-loop monitor: the loop came back at `timeNs` after `intervalNs`.
// lagNs = intervalNs minus the nominal heartbeat interval, clamped at 0.
struct LagSample {
    qint64 timeNs = 0;      // LabClock time of the tick that ended the interval
    qint64 intervalNs = 0;  // time since the previous tick (the gap the loop was away)
    qint64 lagNs = 0;       // how late the tick was

    qint64 startNs() const { return timeNs - intervalNs; }
    friend bool operator==(const LagSample &, const LagSample &) = default;
};

// Lag statistics of an interval. All values in ns; zero when there are no samples.
struct LagSummary {
    int sampleCount = 0;
    qint64 p50Ns = 0;
    qint64 p99Ns = 0;
    qint64 maxNs = 0;
    qint64 longestGapNs = 0;  // the longest interval between two ticks: the longest freeze
};

// Pure functions over lag samples: no timers, no clock, testable with synthetic data. Any thread.
namespace LagStatistics {
// Nearest-rank percentile (p in [0, 100]) of `values`; 0 for an empty list. Reorders `values`.
qint64 percentile(QList<qint64> &values, double p);
// Summary of `samples` (ascending by timeNs) whose interval (startNs, timeNs) overlaps (fromNs, toNs).
// Only the part of each gap inside the interval counts: a stall that began before a run started is
// not that run's lag, and a freeze that the run caused counts up to the run's end.
LagSummary summarize(const QList<LagSample> &samples, qint64 fromNs, qint64 toNs);
// The samples of `samples` (ascending) whose interval overlaps [fromNs, toNs], in order.
QList<LagSample> samplesBetween(const QList<LagSample> &samples, qint64 fromNs, qint64 toNs);
} // namespace LagStatistics
