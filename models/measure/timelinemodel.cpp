// SPDX-License-Identifier: MIT
#include "timelinemodel.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace TimelineStates {

QString id(TimelineState state)
{
    switch (state) {
    case TimelineState::Running: return u"running"_s;
    case TimelineState::Sleeping: return u"sleeping"_s;
    case TimelineState::Awaiting: return u"awaiting"_s;
    case TimelineState::Blocked: return u"blocked"_s;
    case TimelineState::Busy: return u"busy"_s;
    }
    return {};
}

QString title(TimelineState state)
{
    switch (state) {
    case TimelineState::Running: return TimelineModel::tr("running");
    case TimelineState::Sleeping: return TimelineModel::tr("sleeping");
    case TimelineState::Awaiting: return TimelineModel::tr("awaiting");
    case TimelineState::Blocked: return TimelineModel::tr("blocked");
    case TimelineState::Busy: return TimelineModel::tr("busy");
    }
    return {};
}

} // namespace TimelineStates

namespace {

bool isTerminal(TraceEventKind kind)
{
    return kind == TraceEventKind::Result || kind == TraceEventKind::Cancelled || kind == TraceEventKind::Failed;
}

// The state a unit enters with `kind`; nullopt: no segment (finished, or the GUI loop is free).
std::optional<TimelineState> stateAfter(TraceEventKind kind, std::optional<TimelineState> current, bool guiLoop)
{
    if (guiLoop) {
        switch (kind) {
        case TraceEventKind::Blocked:
        case TraceEventKind::Sleeping: return TimelineState::Blocked;  // a sleep on the GUI thread blocks the loop
        case TraceEventKind::Busy: return TimelineState::Busy;
        case TraceEventKind::Step: return current;
        default: return std::nullopt;
        }
    }
    switch (kind) {
    case TraceEventKind::Started:
    case TraceEventKind::Resumed: return TimelineState::Running;
    case TraceEventKind::Sleeping: return TimelineState::Sleeping;
    case TraceEventKind::Awaiting: return TimelineState::Awaiting;
    case TraceEventKind::Busy: return TimelineState::Busy;
    case TraceEventKind::Blocked: return TimelineState::Blocked;
    case TraceEventKind::Step: return current ? current : TimelineState::Running;
    case TraceEventKind::Result:
    case TraceEventKind::Cancelled:
    case TraceEventKind::Failed: return std::nullopt;
    }
    return std::nullopt;
}

bool byTime(const TraceEvent &a, const TraceEvent &b)
{
    return a.timeNs < b.timeNs;
}

} // namespace


TimelineLaneKey TimelineLaneKey::of(const TraceEvent &event)
{
    if (event.unit == UnitKind::GuiLoop)
        return TimelineLaneKey{};
    return TimelineLaneKey{event.unit, event.unitId, event.demo, event.runId};
}

QList<TimelineSegment> TimelineModel::segmentsOf(const QList<TraceEvent> &events, bool guiLoopLane)
{
    QList<TimelineSegment> segments;
    std::optional<TimelineState> current;
    DemoId openedByDemo;  // GUI lane: the run that blocked the loop
    quint64 openedByRun = 0;
    for (const TraceEvent &e : events) {
        std::optional<TimelineState> next;
        if (guiLoopLane && e.unit != UnitKind::GuiLoop) {
            // The end of the run that blocked the loop also frees it.
            if (!current || !isTerminal(e.kind) || e.demo != openedByDemo || e.runId != openedByRun)
                continue;
        } else {
            next = stateAfter(e.kind, current, guiLoopLane);
        }
        if (next == current)
            continue;
        if (current) {
            TimelineSegment &last = segments.last();
            last.endNs = e.timeNs;
            last.open = false;
            if (last.endNs <= last.startNs)  // a state left at once takes no room
                segments.removeLast();
        }
        if (next) {
            if (!segments.isEmpty() && segments.last().state == *next && segments.last().endNs == e.timeNs)
                segments.last().open = true;  // merge with the adjacent segment in the same state
            else
                segments.append(TimelineSegment{e.timeNs, e.timeNs, *next, true});
            openedByDemo = e.demo;
            openedByRun = e.runId;
        }
        current = next;
    }
    return segments;
}

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    qRegisterMetaType<TimelineSegment>();
    m_lanes.append(TimelineLane{});
    m_laneEvents.append(QList<TraceEvent>());
}

void TimelineModel::setTrace(Trace *trace)
{
    if (m_trace == trace)
        return;
    if (m_trace)
        disconnect(m_trace, nullptr, this, nullptr);
    beginResetModel();
    m_trace = trace;
    m_consumed = 0;
    m_lanes.resize(1);
    m_laneEvents.resize(1);
    m_lanes[0].segments.clear();
    m_laneEvents[0].clear();
    m_runStarts.clear();
    m_droppedRuns = false;
    m_firstEventNs.reset();
    m_lastEventNs.reset();
    endResetModel();
    if (m_trace) {
        // Emitted by the appending thread: queued from workers, direct on the GUI thread.
        connect(m_trace, &Trace::eventAppended, this, &TimelineModel::refresh);
        refresh();
    }
    Q_EMIT timelineChanged();
}

void TimelineModel::refresh()
{
    if (!m_trace)
        return;
    const QList<TraceEvent> fresh = m_trace->eventsFrom(m_consumed, &m_consumed);
    if (fresh.isEmpty())
        return;
    QList<int> touched;
    for (const TraceEvent &event : fresh)
        addEvent(event, touched);
    if (pruneGuiLane())
        touched.append(0);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (int row : std::as_const(touched)) {
        rebuildLane(row);
        Q_EMIT dataChanged(index(row), index(row));
    }
    dropOldLanes();
    Q_EMIT timelineChanged();
}

void TimelineModel::addEvent(const TraceEvent &event, QList<int> &touchedRows)
{
    const auto insertSorted = [](QList<TraceEvent> &events, const TraceEvent &e) {
        events.insert(std::upper_bound(events.begin(), events.end(), e, byTime), e);
    };
    if (!event.demo.isEmpty()) {
        const auto run = std::pair(event.demo, event.runId);
        const auto known = m_runStarts.constFind(run);
        if (known == m_runStarts.cend() || *known > event.timeNs)
            m_runStarts.insert(run, event.timeNs);
    }
    const TimelineLaneKey key = TimelineLaneKey::of(event);
    int row = laneIndex(key);
    if (row < 0) {
        row = rowForNewLane(key, event.timeNs);
        beginInsertRows({}, row, row);
        // Lanes touched earlier in this batch move down with the rows below the new one.
        for (int &touched : touchedRows) {
            if (touched >= row)
                ++touched;
        }
        m_lanes.insert(row, TimelineLane{key, {}, {}, {}, {}, event.timeNs, event.timeNs});
        m_laneEvents.insert(row, QList<TraceEvent>());
        endInsertRows();
    }
    insertSorted(m_laneEvents[row], event);
    touchedRows.append(row);
    if (row != 0 && isTerminal(event.kind) && endsGuiBlock(event)) {
        insertSorted(m_laneEvents[0], event);
        touchedRows.append(0);
    }
    m_firstEventNs = m_firstEventNs ? std::min(*m_firstEventNs, event.timeNs) : event.timeNs;
    m_lastEventNs = m_lastEventNs ? std::max(*m_lastEventNs, event.timeNs) : event.timeNs;
}

bool TimelineModel::endsGuiBlock(const TraceEvent &terminal) const
{
    // Only the run that blocked the loop frees it; the GUI lane keeps no other runs' ends (a lesson
    // with thousands of tasks would otherwise make it grow without need).
    // Decided from the events, not the segments: those are rebuilt after the whole batch.
    const QList<TraceEvent> &gui = m_laneEvents.first();
    const auto last = std::find_if(gui.crbegin(), gui.crend(),
                                   [](const TraceEvent &e) { return e.unit == UnitKind::GuiLoop; });
    return last != gui.crend() && stateAfter(last->kind, std::nullopt, true).has_value()
        && last->demo == terminal.demo && last->runId == terminal.runId;
}

void TimelineModel::rebuildLane(int row)
{
    TimelineLane &lane = m_lanes[row];
    const QList<TraceEvent> &events = m_laneEvents.at(row);
    lane.segments = segmentsOf(events, row == 0);
    lane.outcome.reset();
    lane.outcomeDetail.clear();
    lane.name.clear();
    if (lane.key.unit == UnitKind::Coroutine) {
        for (const TraceEvent &event : events) {
            if (event.kind == TraceEventKind::Started) {
                lane.name = event.detail;
                break;
            }
        }
    }
    lane.firstEventNs = events.isEmpty() ? 0 : events.first().timeNs;
    lane.lastEventNs = events.isEmpty() ? 0 : events.last().timeNs;
    if (row != 0 && !events.isEmpty() && isTerminal(events.last().kind)) {
        lane.outcome = events.last().kind;
        lane.outcomeDetail = events.last().detail;
    }
}

void TimelineModel::dropOldLanes()
{
    while (m_lanes.size() > m_maxLanes) {
        // The finished lane of the run that started first (the bottom-most of equals).
        int oldest = -1;
        qint64 oldestStartNs = 0;
        for (int row = 1; row < m_lanes.size(); ++row) {
            const TimelineLane &lane = m_lanes.at(row);
            if (lane.isActive())
                continue;
            const qint64 startNs = runStartNs(lane.key.demo, lane.key.runId).value_or(lane.firstEventNs);
            if (oldest < 0 || startNs <= oldestStartNs) {
                oldest = row;
                oldestStartNs = startNs;
            }
        }
        if (oldest < 0)
            return;   // every lane is still running: keep them all
        beginRemoveRows({}, oldest, oldest);
        m_droppedRuns = true;
        m_lanes.removeAt(oldest);
        m_laneEvents.removeAt(oldest);
        endRemoveRows();
        // The starts of runs older than every lane left are no longer needed (a bounded history).
        std::optional<qint64> oldestKeptNs;
        for (qsizetype row = 1; row < m_lanes.size(); ++row) {
            const TimelineLane &lane = m_lanes.at(row);
            const qint64 startNs = runStartNs(lane.key.demo, lane.key.runId).value_or(lane.firstEventNs);
            oldestKeptNs = oldestKeptNs ? std::min(*oldestKeptNs, startNs) : startNs;
        }
        if (oldestKeptNs)
            forgetRunStartsBefore(*oldestKeptNs);
    }
}

bool TimelineModel::pruneGuiLane()
{
    // The GUI lane keeps the events of the last m_maxLanes runs it saw: a run that only holds the
    // GUI thread (primes-gui) has no lane of its own to go with.
    QList<TraceEvent> &gui = m_laneEvents[0];
    QSet<std::pair<DemoId, quint64>> runs;
    qsizetype keepFrom = 0;
    for (qsizetype i = gui.size(); i-- > 0;) {
        runs.insert(std::pair(gui.at(i).demo, gui.at(i).runId));
        if (runs.size() > m_maxLanes) {
            keepFrom = i + 1;
            break;
        }
    }
    if (keepFrom == 0)
        return false;
    // A block that is still open where the cut would go stays whole, until it is over.
    const QList<TimelineSegment> before = segmentsOf(gui.first(keepFrom), true);
    if (!before.isEmpty() && before.last().open)
        return false;
    gui.remove(0, keepFrom);
    m_droppedRuns = true;
    return true;
}

int TimelineModel::runsShown() const
{
    QSet<std::pair<DemoId, quint64>> runs;
    for (qsizetype row = 1; row < m_lanes.size(); ++row)
        runs.insert(std::pair(m_lanes.at(row).key.demo, m_lanes.at(row).key.runId));
    return int(runs.size());
}

std::optional<qint64> TimelineModel::runStartNs(const DemoId &demo, quint64 runId) const
{
    const auto it = m_runStarts.constFind(std::pair(demo, runId));
    return it == m_runStarts.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void TimelineModel::forgetRunStartsBefore(qint64 timeNs)
{
    m_runStarts.removeIf([timeNs](const auto &entry) { return entry.value() < timeNs; });
}

int TimelineModel::rowForNewLane(const TimelineLaneKey &key, qint64 timeNs) const
{
    // The lanes on top are the newest batch of runs: a lane of one of them, or of a run that started
    // together with them, goes below them; a lane of a later run goes above them all.
    const qint64 startNs = runStartNs(key.demo, key.runId).value_or(timeNs);
    int row = 1;
    while (row < m_lanes.size()) {
        const TimelineLane &lane = m_lanes.at(row);
        const bool sameRun = lane.key.demo == key.demo && lane.key.runId == key.runId;
        const qint64 laneRunStartNs = runStartNs(lane.key.demo, lane.key.runId).value_or(lane.firstEventNs);
        if (!sameRun && laneRunStartNs < startNs - batchNs)
            break;
        ++row;
    }
    return row;
}

std::optional<qint64> TimelineModel::newestRunStartNs() const
{
    if (m_lanes.size() < 2)
        return std::nullopt;
    return runStartNs(m_lanes.at(1).key.demo, m_lanes.at(1).key.runId);
}

void TimelineModel::clear()
{
    beginResetModel();
    m_lanes.resize(1);
    m_laneEvents.resize(1);
    m_lanes[0].segments.clear();
    m_lanes[0].firstEventNs = m_lanes[0].lastEventNs = 0;
    m_laneEvents[0].clear();
    m_runStarts.clear();
    m_droppedRuns = false;
    m_firstEventNs.reset();
    m_lastEventNs.reset();
    endResetModel();
    Q_EMIT timelineChanged();
}

int TimelineModel::laneIndex(const TimelineLaneKey &key) const
{
    const auto it = std::find_if(m_lanes.cbegin(), m_lanes.cend(),
                                 [&](const TimelineLane &lane) { return lane.key == key; });
    return it == m_lanes.cend() ? -1 : int(it - m_lanes.cbegin());
}

bool TimelineModel::isActive() const
{
    return std::any_of(m_lanes.cbegin(), m_lanes.cend(), [](const TimelineLane &lane) { return lane.isActive(); });
}

QString TimelineModel::laneLabel(const TimelineLaneKey &key) const
{
    switch (key.unit) {
    case UnitKind::GuiLoop:   // named as everywhere else (step panel, code viewer, reports)
    case UnitKind::WorkerThread:
    case UnitKind::ChildProcess: return ExecutionUnit{key.unit, key.unitId}.name();
    case UnitKind::Coroutine: {
        // Coroutines of one run that trace on lanes of their own (lesson 4's A and B) are named.
        const int row = laneIndex(key);
        const QString name = row >= 0 ? m_lanes.at(row).name : QString();
        if (!name.isEmpty())
            //: A named coroutine's lane: the unit, its name, its demo and the run's number, e.g. "coroutine A (Start both, run 2)"
            return tr("%1 %2 (%3, run %4)").arg(ExecutionUnit{key.unit, key.unitId}.name(), name, m_demoTitle(key.demo)).arg(key.runId);
        //: A coroutine's lane: the unit, its demo and the run's number, e.g. "coroutine (Blocking sleep, run 2)"
        return tr("%1 (%2, run %3)").arg(ExecutionUnit{key.unit, key.unitId}.name(), m_demoTitle(key.demo)).arg(key.runId);
    }
    }
    return {};
}

QString TimelineModel::outcomeText(const TimelineLane &lane)
{
    if (!lane.outcome)
        return {};
    switch (*lane.outcome) {
    case TraceEventKind::Result: return tr("result: %1").arg(lane.outcomeDetail);
    case TraceEventKind::Cancelled: return tr("cancelled");
    case TraceEventKind::Failed: return tr("failed: %1").arg(lane.outcomeDetail);
    default: return {};
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineLane &lane = m_lanes.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return laneLabel(lane.key);
    case Qt::ToolTipRole: {
        const QString outcome = outcomeText(lane);
        return outcome.isEmpty() ? laneLabel(lane.key) : tr("%1 (%2)").arg(laneLabel(lane.key), outcome);
    }
    case UnitKindRole: return int(lane.key.unit);
    case UnitIdRole: return lane.key.unitId;
    case DemoRole: return lane.key.demo;
    case RunIdRole: return lane.key.runId;
    case SegmentsRole: return QVariant::fromValue(lane.segments);
    case ActiveRole: return lane.isActive();
    case OutcomeRole: return outcomeText(lane);
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UnitKindRole, "unitKind");
    names.insert(UnitIdRole, "unitId");
    names.insert(DemoRole, "demo");
    names.insert(RunIdRole, "runId");
    names.insert(SegmentsRole, "segments");
    names.insert(ActiveRole, "active");
    names.insert(OutcomeRole, "outcome");
    return names;
}
