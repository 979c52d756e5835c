// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "trace.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>

// What an execution unit is doing during a timeline segment.
enum class TimelineState {
    Running,   // started or resumed, doing the demo's work
    Sleeping,  // in an interruptible sleep
    Awaiting,  // suspended at a co_await (the loop runs on)
    Blocked,   // holding the GUI thread: the event loop cannot run
    Busy,      // computing without yielding
};

namespace TimelineStates {
inline constexpr std::array all{TimelineState::Running, TimelineState::Sleeping, TimelineState::Awaiting,
                                TimelineState::Blocked, TimelineState::Busy};
QString id(TimelineState state);     // untranslated: "running", ...
QString title(TimelineState state);  // translated, for views and legends
} // namespace TimelineStates

// [startNs, endNs) in one state; an open segment (the unit's latest state) extends to "now".
struct TimelineSegment {
    qint64 startNs = 0;
    qint64 endNs = 0;  // meaningless while open
    TimelineState state = TimelineState::Running;
    bool open = false;

    qint64 endAt(qint64 nowNs) const { return open ? std::max(startNs, nowNs) : endNs; }
    friend bool operator==(const TimelineSegment &, const TimelineSegment &) = default;
};

// One lane per execution unit of one run. The GUI event loop has a single lane for all demos
// (no demo, runId 0, unitId 0), always present.
struct TimelineLaneKey {
    UnitKind unit = UnitKind::GuiLoop;
    qint64 unitId = 0;
    DemoId demo;
    quint64 runId = 0;

    static TimelineLaneKey of(const TraceEvent &event);
    friend bool operator==(const TimelineLaneKey &, const TimelineLaneKey &) = default;
};

struct TimelineLane {
    TimelineLaneKey key;
    QList<TimelineSegment> segments;          // ascending, non-overlapping
    std::optional<TraceEventKind> outcome;    // Result, Cancelled or Failed once the unit is done
    QString outcomeDetail;                    // the answer or the error
    QString name;                             // a coroutine's own name, from its Started event's detail ("A")
    qint64 firstEventNs = 0;                  // of the lane's events; 0 while it has none
    qint64 lastEventNs = 0;

    bool isActive() const { return !segments.isEmpty() && segments.last().open; }
};

// Lanes and state segments derived from a Trace: one row per lane, the GUI event loop first, then
// the newest runs' lanes: a run that starts goes above the runs before it, so what runs now is on
// top. Runs that start together (within batchNs, a "Run all") keep the order they started in, and
// the lanes of one run the order they appeared in. The history is bounded (setMaxLanes): the oldest
// finished runs' lanes go first, and the GUI lane keeps the events of as many runs as lanes. GUI thread only; reads the trace (not owned) as events are appended.
//
// How events map to states: Started/Resumed -> running, Sleeping, Awaiting, Busy, Blocked -> the same
// state, Step keeps the state, Result/Cancelled/Failed end the lane. On the GUI lane only Blocked (or
// Sleeping) and Busy open a segment; any other GUI-loop event, or the end of the run that blocked,
// closes it (the loop is free again).
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        UnitKindRole = Qt::UserRole + 1,  // int(UnitKind)
        UnitIdRole,                       // qint64
        DemoRole,                         // QString: the demo id
        RunIdRole,                        // quint64
        SegmentsRole,                     // QList<TimelineSegment>
        ActiveRole,                       // bool: the lane's last segment is open
        OutcomeRole,                      // QString: translated outcome ("result: 42"), empty while running
    };
    Q_ENUM(Role)

    // Keeps at most this many lanes; the oldest finished ones go first (the GUI lane stays): about
    // five "Run all" of lesson 1, enough to compare, few enough to read.
    static constexpr int defaultMaxLanes = 16;
    // Runs that start this close to each other are one batch (a "Run all") and keep their order. A
    // run starts at its first event, the GUI thread's first step included.
    static constexpr qint64 batchNs = 200'000'000;

    explicit TimelineModel(QObject *parent = nullptr);

    // Reads `trace` (not owned; may be null) from its first event on and follows it. GUI thread.
    void setTrace(Trace *trace);
    Trace *trace() const { return m_trace; }
    // Reads the events appended since the last call; called automatically on Trace::eventAppended.
    void refresh();
    // Forgets every lane but the (empty) GUI lane; events already in the trace are not read again.
    void clear();
    void setMaxLanes(int maxLanes) { m_maxLanes = std::max(2, maxLanes); }

    const QList<TimelineLane> &lanes() const { return m_lanes; }
    // The runs that have a lane now, and whether older ones were dropped (the bound): the view says
    // then that it shows only the last runsShown() runs.
    int runsShown() const;
    bool hasDroppedRuns() const { return m_droppedRuns; }
    // Row of the lane with `key`, or -1.
    int laneIndex(const TimelineLaneKey &key) const;
    // True while some lane has an open segment (views follow "now" only then).
    bool isActive() const;
    // LabClock time the newest run (or batch of runs started together) began: the first event of
    // the run on row 1; nullopt while there is no lane but the GUI lane's.
    std::optional<qint64> newestRunStartNs() const;
    // The first event of run (`demo`, `runId`), the GUI thread's included; nullopt before it has one
    // (or once its lanes have left the history).
    std::optional<qint64> runStartNs(const DemoId &demo, quint64 runId) const;
    // LabClock time of the first and last event read; nullopt before the first.
    std::optional<qint64> firstEventNs() const { return m_firstEventNs; }
    std::optional<qint64> lastEventNs() const { return m_lastEventNs; }

    // The translated label of a lane.
    // Translated in the current language: "GUI thread", "worker thread TID 1234",
    // "coroutine (Blocking sleep, run 2)".
    QString laneLabel(const TimelineLaneKey &key) const;
    // How coroutine lanes name their demo; by default its id.
    void setDemoTitles(DemoTitleFunction titleOf) { m_demoTitle = std::move(titleOf); }
    // The segments of one lane from its events (ascending by time). Pure; exposed for tests.
    static QList<TimelineSegment> segmentsOf(const QList<TraceEvent> &events, bool guiLoopLane);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // Lanes or segments changed (besides the row signals): views repaint.
    void timelineChanged();

private:
    DemoTitleFunction m_demoTitle = demoIdAsTitle;
    void addEvent(const TraceEvent &event, QList<int> &touchedRows);
    bool endsGuiBlock(const TraceEvent &terminal) const;
    void rebuildLane(int row);
    void dropOldLanes();
    // Drops the GUI lane's events of runs beyond the bound; true if it did.
    bool pruneGuiLane();
    void forgetRunStartsBefore(qint64 timeNs);
    // Where a new lane of run (`key.demo`, `key.runId`), first seen at `timeNs`, goes.
    int rowForNewLane(const TimelineLaneKey &key, qint64 timeNs) const;
    static QString outcomeText(const TimelineLane &lane);

    QPointer<Trace> m_trace;
    qsizetype m_consumed = 0;
    QList<TimelineLane> m_lanes;      // m_lanes[0] is the GUI lane
    QList<QList<TraceEvent>> m_laneEvents;  // parallel to m_lanes, each ascending by time
    int m_maxLanes = defaultMaxLanes;
    QHash<std::pair<DemoId, quint64>, qint64> m_runStarts;   // (demo, run) -> its first event
    std::optional<qint64> m_firstEventNs;
    std::optional<qint64> m_lastEventNs;
    bool m_droppedRuns = false;
};

Q_DECLARE_METATYPE(TimelineSegment)
