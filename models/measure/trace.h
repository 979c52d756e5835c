// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "executionunit.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

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

Q_SIGNALS:
    void eventAppended(const TraceEvent &event);

private:
    mutable QMutex m_mutex;
    QList<TraceEvent> m_events;
};

Q_DECLARE_METATYPE(TraceEvent)
