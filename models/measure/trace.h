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

// A log of what every execution unit did, on one clock. It keeps the events of the last
// runsKeptPerDemo() runs of each demo: when a demo's run reports its first event, the events of its
// oldest finished run beyond that bound go, whole (never a run with a unit still going), so a window
// left open for hours of "Run all" does not grow. Every event ever appended has a sequence number
// (0, 1, 2, ...; pruned ones included), so readers can follow it incrementally (eventsFrom()).
// append() may be called from any thread; everything else too. eventAppended() is emitted by the
// appending thread, so receivers on the GUI thread get it queued.
class Trace : public QObject
{
    Q_OBJECT
public:
    // Runs of each demo whose events are kept: the timeline's 16 lanes are about five "Run all", and
    // a demo's report or analysis reads its newest run only.
    static constexpr int defaultRunsKeptPerDemo = 8;

    explicit Trace(QObject *parent = nullptr);

    // Records an event; fills timeNs from LabClock when it is 0. Thread-safe.
    void append(TraceEvent event);

    // A copy of the events kept, in the order they were appended. Thread-safe.
    QList<TraceEvent> events() const;
    // A copy of the kept events whose sequence number is `first` or more (for views that read
    // incrementally); `next`, if given, receives the sequence number to ask for next time. Thread-safe.
    QList<TraceEvent> eventsFrom(qsizetype first, qsizetype *next = nullptr) const;
    // How many events are kept. Thread-safe.
    qsizetype size() const;
    // How many events were ever appended (the next event's sequence number). Thread-safe.
    qsizetype appendedCount() const;

    // At least 1; takes effect at the next run that starts. Thread-safe.
    void setRunsKeptPerDemo(int runs);
    int runsKeptPerDemo() const;

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
    // Notes the run of `event`; when it is a demo's new run, drops the events of that demo's runs
    // beyond the bound. Called with the mutex held.
    void noteRun(const TraceEvent &event);
    bool hasOpenLanes(const DemoId &demo, quint64 runId) const;
    void dropRun(const DemoId &demo, quint64 runId);

    mutable QMutex m_mutex;
    QList<TraceEvent> m_events;
    QList<qsizetype> m_sequence;        // parallel to m_events, ascending
    qsizetype m_appended = 0;
    int m_runsKeptPerDemo = defaultRunsKeptPerDemo;
    QHash<DemoId, QList<quint64>> m_runsOf;   // each demo's runs with events kept, oldest first
    QSet<TraceLaneKey> m_openLanes;
    // Runs ended by endRun() (demo, run id): their units' later events are dropped. Bounded: a stopped
    // unit reports within moments, so forgetting the oldest of thousands costs nothing.
    QSet<std::pair<DemoId, quint64>> m_endedRuns;
    static constexpr qsizetype maxEndedRuns = 4096;
};

Q_DECLARE_METATYPE(TraceEvent)
