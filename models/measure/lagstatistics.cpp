// SPDX-License-Identifier: MIT
#include "lagstatistics.h"

#include <algorithm>
#include <cmath>

namespace LagStatistics {

qint64 percentile(QList<qint64> &values, double p)
{
    if (values.isEmpty())
        return 0;
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const double clamped = std::clamp(p, 0.0, 100.0);
    const auto rank = qsizetype(std::ceil(clamped / 100.0 * double(values.size())));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, values.size() - 1);
    std::nth_element(values.begin(), values.begin() + index, values.end());
    return values.at(index);
}

QList<LagSample> samplesBetween(const QList<LagSample> &samples, qint64 fromNs, qint64 toNs)
{
    QList<LagSample> result;
    if (toNs < fromNs)
        return result;
    // Samples are ascending by end time (and so by start time): the first candidate is the first that
    // ends after fromNs; stop at the first that starts at or after toNs.
    auto it = std::upper_bound(samples.cbegin(), samples.cend(), fromNs,
                               [](qint64 t, const LagSample &s) { return t < s.timeNs; });
    for (; it != samples.cend() && it->startNs() < toNs; ++it)
        result.append(*it);
    return result;
}

LagSummary summarize(const QList<LagSample> &samples, qint64 fromNs, qint64 toNs)
{
    const QList<LagSample> inside = samplesBetween(samples, fromNs, toNs);
    LagSummary summary;
    if (inside.isEmpty())
        return summary;
    QList<qint64> lags;
    lags.reserve(inside.size());
    for (const LagSample &s : inside) {
        // Only the part of a gap inside the interval counts: a stall that began before a run started
        // (or ended after it finished) is not that run's lag.
        const qint64 nominalNs = s.intervalNs - s.lagNs;
        const qint64 insideNs = std::min(s.timeNs, toNs) - std::max(s.startNs(), fromNs);
        const qint64 gapNs = std::min(s.intervalNs, std::max<qint64>(0, insideNs));
        const qint64 lagNs = std::max<qint64>(0, gapNs - nominalNs);
        lags.append(lagNs);
        summary.maxNs = std::max(summary.maxNs, lagNs);
        summary.longestGapNs = std::max(summary.longestGapNs, gapNs);
    }
    summary.sampleCount = int(inside.size());
    summary.p50Ns = percentile(lags, 50);
    summary.p99Ns = percentile(lags, 99);
    return summary;
}

} // namespace LagStatistics
