// SPDX-License-Identifier: MIT
#include "framecounter.h"

#include <algorithm>
#include <iterator>

namespace {
constexpr qint64 keepNs = 10LL * 60 * 1000 * 1000 * 1000;  // ten minutes
}

void FrameCounter::recordFrame(qint64 timeNs)
{
    m_frameTimesNs.append(timeNs);
    ++m_total;
    // Trim in chunks, not per frame, to keep recordFrame() cheap.
    if (m_frameTimesNs.size() > 4096 && m_frameTimesNs.first() < timeNs - keepNs) {
        const auto keepFrom = std::lower_bound(m_frameTimesNs.cbegin(), m_frameTimesNs.cend(), timeNs - keepNs);
        m_frameTimesNs.remove(0, keepFrom - m_frameTimesNs.cbegin());
    }
}

void FrameCounter::merge(const FrameCounter &other)
{
    QList<qint64> merged;
    merged.reserve(m_frameTimesNs.size() + other.m_frameTimesNs.size());
    std::merge(m_frameTimesNs.cbegin(), m_frameTimesNs.cend(), other.m_frameTimesNs.cbegin(),
               other.m_frameTimesNs.cend(), std::back_inserter(merged));
    m_frameTimesNs = std::move(merged);
    m_total += other.m_total;
}

int FrameCounter::paintedBetween(qint64 fromNs, qint64 toNs) const
{
    if (toNs <= fromNs)
        return 0;
    // The refreshes after the one `fromNs` falls in, each counted once however often it was painted.
    const auto first = std::lower_bound(m_frameTimesNs.cbegin(), m_frameTimesNs.cend(), slotStartNs(slotOf(fromNs) + 1));
    const auto last = std::upper_bound(first, m_frameTimesNs.cend(), toNs);
    int refreshes = 0;
    qint64 previousSlot = -1;
    for (auto it = first; it != last; ++it) {
        if (const qint64 slot = slotOf(*it); slot != previousSlot) {
            ++refreshes;
            previousSlot = slot;
        }
    }
    return refreshes;
}

QList<qint64> FrameCounter::framesBetween(qint64 fromNs, qint64 toNs) const
{
    const auto first = std::lower_bound(m_frameTimesNs.cbegin(), m_frameTimesNs.cend(), fromNs);
    const auto last = std::upper_bound(first, m_frameTimesNs.cend(), toNs);
    return QList<qint64>(first, last);
}

int FrameCounter::expectedBetween(qint64 fromNs, qint64 toNs)
{
    if (toNs <= fromNs)
        return 0;
    return int(slotOf(toNs) - slotOf(fromNs));
}

qint64 FrameCounter::longestGapBetween(qint64 fromNs, qint64 toNs) const
{
    qint64 previous = fromNs;
    qint64 longest = 0;
    auto it = std::lower_bound(m_frameTimesNs.cbegin(), m_frameTimesNs.cend(), fromNs);
    for (; it != m_frameTimesNs.cend() && *it <= toNs; ++it) {
        longest = std::max(longest, *it - previous);
        previous = *it;
    }
    return std::max(longest, toNs - previous);
}

void FrameCounter::clear()
{
    m_frameTimesNs.clear();
    m_total = 0;
}
