// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "executionunit.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

#include <utility>

enum class TraceEventKind {
    Started,    // the unit began the demo's work
    Sleeping,   // blocked in an interruptible sleep (thread, child)
    Awaiting,   // suspended at a co_await; the event loop runs on
    Resumed,    // came back from a sleep or an await
    Busy,       // computing without yielding
    Blocked,    // holding the GUI thread: the event loop cannot run
    Step,       // passed a step marker (detail: the step id)
    Result,     // produced the answer (detail: the answer)
    Cancelled,
    Failed,     // detail: the translated error message
};

struct TraceEvent {
    qint64 timeNs = 0;      // LabClock::nowNs() when the event happened
    DemoId demo;            // the demo whose run this is
    quint64 runId = 0;      // which run of the demo (runs are numbered per runner)
    UnitKind unit = UnitKind::GuiLoop;
    qint64 unitId = 0;      // thread id (TID) or child PID; 0 for the GUI loop and coroutines
    TraceEventKind kind = TraceEventKind::Started;
    QString detail;

    ExecutionUnit executionUnit() const { return {unit, unitId}; }
};

// The events of one execution unit in one run of one demo (what the timeline draws as a lane).
struct TraceLaneKey {
    DemoId demo;
    quint64 runId = 0;
    UnitKind unit = UnitKind::GuiLoop;
    qint64 unitId = 0;

    static TraceLaneKey of(const TraceEvent &event) { return {event.demo, event.runId, event.unit, event.unitId}; }
    friend bool operator==(const TraceLaneKey &, const TraceLaneKey &) = default;
};

inline size_t qHash(const TraceLaneKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.demo, key.runId, int(key.unit), key.unitId);
}

namespace TraceNames {
QString eventKindId(TraceEventKind kind);   // "started", "sleeping", ... (reports)
QString eventKindTitle(TraceEventKind kind);// translated, for views
} // namespace TraceNames

// An append-only log of what every execution unit did, on one clock.
// append() may be called from any thread; everything else too. eventAppended() is emitted by the
// appending thread, so receivers on the GUI thread get it queued.
class Trace : public QObject
{
    Q_OBJECT
public:
    explicit Trace(QObject *parent = nullptr);

    // Records an event; fills timeNs from LabClock when it is 0. Thread-safe.
    void append(TraceEvent event);

    // A copy of all events, in the order they were appended. Thread-safe.
    QList<TraceEvent> events() const;
    // A copy of the events from index `first` on (for views that read incrementally). Thread-safe.
    QList<TraceEvent> eventsFrom(qsizetype first) const;
    qsizetype size() const;

    // Run `runId` of `demo` is over (superseded by a restart, or cancelled): every unit of it whose
    // last event is not an outcome (Result, Cancelled, Failed) gets `outcome` now, and what the run's
    // units report afterwards is dropped (a unit that reports for the first time only now included). A unit that is being stopped (a child killed, a
    // coroutine resumed only to return, a thread that has not yet seen its flag) ends with its run
    // instead of staying "busy" or "awaiting" on the timeline forever. The GUI loop is no unit of a
    // run: its lane ends with the run's outcomes. Returns how many units were ended. Thread-safe.
    int endRun(const DemoId &demo, quint64 runId, TraceEventKind outcome);

Q_SIGNALS:
    void eventAppended(const TraceEvent &event);

private:
    // Keeps m_openLanes up to date with `event`. Called with the mutex held.
    void noteLaneState(const TraceEvent &event);

    mutable QMutex m_mutex;
    QList<TraceEvent> m_events;
    QSet<TraceLaneKey> m_openLanes;
    // Runs ended by endRun() (demo, run id): their units' later events are dropped. Bounded: a stopped
    // unit reports within moments, so forgetting the oldest of thousands costs nothing.
    QSet<std::pair<DemoId, quint64>> m_endedRuns;
    static constexpr qsizetype maxEndedRuns = 4096;
};

Q_DECLARE_METATYPE(TraceEvent)
