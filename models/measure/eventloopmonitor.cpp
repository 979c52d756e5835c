// SPDX-License-Identifier: MIT
#include "eventloopmonitor.h"

#include "labclock.h"

#include <QTimerEvent>

#include <algorithm>

namespace {
// Trim once the oldest sample is this much past the retention, so trimming runs every ten seconds,
// not on every tick.
constexpr qint64 trimSlackNs = 10'000'000'000LL;
} // namespace

EventLoopMonitor::EventLoopMonitor(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LagSample>();
}

EventLoopMonitor::~EventLoopMonitor() = default;

void EventLoopMonitor::start()
{
    if (m_timer.isActive())
        return;
    m_hasReference = false;  // a stopped monitor's pause is not lag
    recordTick(LabClock::nowNs());
    m_timer.start(heartbeatMs, Qt::PreciseTimer, this);
}

void EventLoopMonitor::stop()
{
    m_timer.stop();
}

void EventLoopMonitor::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    recordTick(LabClock::nowNs());
}

void EventLoopMonitor::recordTick(qint64 tickNs)
{
    if (!m_hasReference) {
        m_lastTickNs = tickNs;
        m_hasReference = true;
        return;
    }
    if (tickNs <= m_lastTickNs)
        return;
    const qint64 intervalNs = tickNs - m_lastTickNs;
    const LagSample sample{tickNs, intervalNs, std::max<qint64>(0, intervalNs - heartbeatNs)};
    m_lastTickNs = tickNs;
    m_samples.append(sample);
    ++m_revision;

    const qint64 keepFromNs = tickNs - m_retentionNs;
    if (m_samples.first().timeNs < keepFromNs - trimSlackNs) {
        const auto keepFrom = std::lower_bound(m_samples.cbegin(), m_samples.cend(), keepFromNs,
                                               [](const LagSample &s, qint64 t) { return s.timeNs < t; });
        m_samples.remove(0, keepFrom - m_samples.cbegin());
    }
    Q_EMIT sampleRecorded(sample);
}

std::optional<LagSample> EventLoopMonitor::openGap(qint64 nowNs) const
{
    if (!isRunning() || !m_hasReference || nowNs - m_lastTickNs <= heartbeatNs)
        return std::nullopt;
    const qint64 intervalNs = nowNs - m_lastTickNs;
    return LagSample{nowNs, intervalNs, intervalNs - heartbeatNs};
}

LagSummary EventLoopMonitor::summaryBetween(qint64 fromNs, qint64 toNs) const
{
    return LagStatistics::summarize(samplesBetween(fromNs, toNs), fromNs, toNs);
}

LagSummary EventLoopMonitor::summaryOfLast(qint64 windowNs) const
{
    const qint64 nowNs = LabClock::nowNs();
    return summaryBetween(nowNs - windowNs, nowNs);
}

QList<LagSample> EventLoopMonitor::samplesBetween(qint64 fromNs, qint64 toNs) const
{
    QList<LagSample> result = LagStatistics::samplesBetween(m_samples, fromNs, toNs);
    const std::optional<LagSample> gap = openGap(LabClock::nowNs());
    if (gap && gap->timeNs > fromNs && gap->startNs() < toNs)
        result.append(*gap);
    return result;
}

LagSample EventLoopMonitor::latestSample() const
{
    return m_samples.isEmpty() ? LagSample{} : m_samples.last();
}

void EventLoopMonitor::clear()
{
    m_samples.clear();
    m_hasReference = isRunning();
    m_lastTickNs = LabClock::nowNs();
    ++m_revision;
}
