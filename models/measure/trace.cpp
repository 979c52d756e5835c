// SPDX-License-Identifier: MIT
#include "trace.h"

#include "labclock.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace TraceNames {

QString eventKindId(TraceEventKind kind)
{
    switch (kind) {
    case TraceEventKind::Started: return u"started"_s;
    case TraceEventKind::Sleeping: return u"sleeping"_s;
    case TraceEventKind::Awaiting: return u"awaiting"_s;
    case TraceEventKind::Resumed: return u"resumed"_s;
    case TraceEventKind::Busy: return u"busy"_s;
    case TraceEventKind::Blocked: return u"blocked"_s;
    case TraceEventKind::Step: return u"step"_s;
    case TraceEventKind::Result: return u"result"_s;
    case TraceEventKind::Cancelled: return u"cancelled"_s;
    case TraceEventKind::Failed: return u"failed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString eventKindTitle(TraceEventKind kind)
{
    switch (kind) {
    case TraceEventKind::Started: return QCoreApplication::translate("Trace", "started");
    case TraceEventKind::Sleeping: return QCoreApplication::translate("Trace", "sleeping");
    case TraceEventKind::Awaiting: return QCoreApplication::translate("Trace", "awaiting");
    case TraceEventKind::Resumed: return QCoreApplication::translate("Trace", "resumed");
    case TraceEventKind::Busy: return QCoreApplication::translate("Trace", "busy");
    case TraceEventKind::Blocked: return QCoreApplication::translate("Trace", "blocked");
    case TraceEventKind::Step: return QCoreApplication::translate("Trace", "step");
    case TraceEventKind::Result: return QCoreApplication::translate("Trace", "result");
    case TraceEventKind::Cancelled: return QCoreApplication::translate("Trace", "cancelled");
    case TraceEventKind::Failed: return QCoreApplication::translate("Trace", "failed");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace TraceNames

Trace::Trace(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TraceEvent>();
}

namespace {

bool isOutcome(TraceEventKind kind)
{
    return kind == TraceEventKind::Result || kind == TraceEventKind::Cancelled || kind == TraceEventKind::Failed;
}

} // namespace

void Trace::append(TraceEvent event)
{
    if (event.timeNs == 0)
        event.timeNs = LabClock::nowNs();
    {
        QMutexLocker locker(&m_mutex);
        if (!m_endedRuns.isEmpty() && event.unit != UnitKind::GuiLoop && m_endedRuns.contains({event.demo, event.runId}))
            return;   // its run is over (endRun())
        noteRun(event);
        m_events.append(event);
        m_sequence.append(m_appended++);
        noteLaneState(event);
    }
    Q_EMIT eventAppended(event);
}

void Trace::noteRun(const TraceEvent &event)
{
    QList<quint64> &runs = m_runsOf[event.demo];
    if (runs.contains(event.runId))
        return;
    runs.append(event.runId);
    // The oldest runs beyond the bound that are over go; one with a unit still going stays (and
    // goes once a later run of its demo starts after it ended).
    qsizetype excess = runs.size() - m_runsKeptPerDemo;
    for (qsizetype i = 0; excess > 0 && i < runs.size() - 1;) {
        if (hasOpenLanes(event.demo, runs.at(i))) {
            ++i;
            continue;
        }
        dropRun(event.demo, runs.takeAt(i));
        --excess;
    }
}

bool Trace::hasOpenLanes(const DemoId &demo, quint64 runId) const
{
    return std::any_of(m_openLanes.cbegin(), m_openLanes.cend(),
                       [&](const TraceLaneKey &lane) { return lane.demo == demo && lane.runId == runId; });
}

void Trace::dropRun(const DemoId &demo, quint64 runId)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const TraceEvent &event = m_events.at(i);
        if (event.runId == runId && event.demo == demo)
            continue;
        if (kept != i) {
            m_events[kept] = std::move(m_events[i]);
            m_sequence[kept] = m_sequence.at(i);
        }
        ++kept;
    }
    m_events.resize(kept);
    m_sequence.resize(kept);
}

void Trace::setRunsKeptPerDemo(int runs)
{
    QMutexLocker locker(&m_mutex);
    m_runsKeptPerDemo = std::max(1, runs);
}

int Trace::runsKeptPerDemo() const
{
    QMutexLocker locker(&m_mutex);
    return m_runsKeptPerDemo;
}

void Trace::noteLaneState(const TraceEvent &event)
{
    if (event.unit == UnitKind::GuiLoop || event.kind == TraceEventKind::Step)
        return;   // a step keeps the state; the GUI loop belongs to no run
    if (isOutcome(event.kind))
        m_openLanes.remove(TraceLaneKey::of(event));
    else
        m_openLanes.insert(TraceLaneKey::of(event));
}

int Trace::endRun(const DemoId &demo, quint64 runId, TraceEventKind outcome)
{
    Q_ASSERT(isOutcome(outcome));
    QList<TraceEvent> ended;
    {
        QMutexLocker locker(&m_mutex);
        const qint64 now = LabClock::nowNs();
        if (m_endedRuns.size() >= maxEndedRuns)
            m_endedRuns.clear();
        m_endedRuns.insert({demo, runId});
        for (auto it = m_openLanes.begin(); it != m_openLanes.end();) {
            if (it->demo != demo || it->runId != runId) {
                ++it;
                continue;
            }
            ended.append({now, it->demo, it->runId, it->unit, it->unitId, outcome, {}});
            it = m_openLanes.erase(it);
        }
        // One order for reports and tests, whatever the hash's.
        std::sort(ended.begin(), ended.end(), [](const TraceEvent &a, const TraceEvent &b) {
            return std::pair(int(a.unit), a.unitId) < std::pair(int(b.unit), b.unitId);
        });
        for (const TraceEvent &event : std::as_const(ended)) {
            m_events.append(event);
            m_sequence.append(m_appended++);
        }
    }
    for (const TraceEvent &event : std::as_const(ended))
        Q_EMIT eventAppended(event);
    return int(ended.size());
}

QList<TraceEvent> Trace::events() const
{
    QMutexLocker locker(&m_mutex);
    return m_events;
}

QList<TraceEvent> Trace::eventsFrom(qsizetype first, qsizetype *next) const
{
    QMutexLocker locker(&m_mutex);
    if (next)
        *next = m_appended;
    const auto from = std::lower_bound(m_sequence.cbegin(), m_sequence.cend(), first);
    return m_events.mid(from - m_sequence.cbegin());
}

qsizetype Trace::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_events.size();
}

qsizetype Trace::appendedCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_appended;
}
