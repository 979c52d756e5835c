// SPDX-License-Identifier: MIT
#include "labtest.h"
#include "labclock.h"
#include "timelinemodel.h"
#include "timelinestyle.h"
#include "timelinewidget.h"
#include "trace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QScrollBar>
#include <QWheelEvent>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 ms = 1'000'000;

void add(Trace &trace, qint64 atMs, const DemoId &demo, quint64 run, UnitKind unit, qint64 unitId, TraceEventKind kind,
         const QString &detail = {})
{
    trace.append(TraceEvent{atMs * ms, demo, run, unit, unitId, kind, detail});
}

// Thread, process and coroutine runs interleaved, in time order; the coroutine then blocks the
// loop for 2 s. Times in ms from `t0Ms`.
void fillDemoTrace(Trace &trace, qint64 t0Ms)
{
    using K = TraceEventKind;
    const DemoId T = u"thread"_s, P = u"process"_s, C = u"coroutine"_s;
    add(trace, t0Ms + 100, T, 1, UnitKind::WorkerThread, 1234, K::Started);
    add(trace, t0Ms + 105, P, 1, UnitKind::ChildProcess, 4711, K::Started);
    add(trace, t0Ms + 110, T, 1, UnitKind::WorkerThread, 1234, K::Sleeping);
    add(trace, t0Ms + 120, C, 1, UnitKind::Coroutine, 0, K::Started);
    add(trace, t0Ms + 121, C, 1, UnitKind::Coroutine, 0, K::Awaiting);
    add(trace, t0Ms + 150, P, 1, UnitKind::ChildProcess, 4711, K::Sleeping);
    add(trace, t0Ms + 3110, T, 1, UnitKind::WorkerThread, 1234, K::Resumed);
    add(trace, t0Ms + 3120, T, 1, UnitKind::WorkerThread, 1234, K::Result, u"42"_s);
    add(trace, t0Ms + 3121, C, 1, UnitKind::Coroutine, 0, K::Resumed);
    add(trace, t0Ms + 3130, C, 1, UnitKind::Coroutine, 0, K::Blocked);
    add(trace, t0Ms + 3130, C, 1, UnitKind::GuiLoop, 0, K::Blocked);
    add(trace, t0Ms + 3150, P, 1, UnitKind::ChildProcess, 4711, K::Resumed);  // written after the freeze, timed before
    add(trace, t0Ms + 5130, C, 1, UnitKind::GuiLoop, 0, K::Resumed);
    add(trace, t0Ms + 5131, C, 1, UnitKind::Coroutine, 0, K::Result, u"42"_s);
    add(trace, t0Ms + 5160, P, 1, UnitKind::ChildProcess, 4711, K::Result, u"42"_s);
}

// `runs` lesson-1 "Run all" batches (thread, process, coroutine), one every 4 s from `t0Ms`, each
// done after 3 s. Run numbers count from 1.
void fillRunAlls(Trace &trace, qint64 t0Ms, int runs)
{
    using K = TraceEventKind;
    for (int run = 1; run <= runs; ++run) {
        const qint64 at = t0Ms + (run - 1) * 4000;
        const auto r = quint64(run);
        add(trace, at, u"thread"_s, r, UnitKind::WorkerThread, 1000 + run, K::Started);
        add(trace, at + 5, u"process"_s, r, UnitKind::ChildProcess, 2000 + run, K::Started);
        add(trace, at + 10, u"coroutine"_s, r, UnitKind::Coroutine, 0, K::Started);
        add(trace, at + 3000, u"thread"_s, r, UnitKind::WorkerThread, 1000 + run, K::Result, u"42"_s);
        add(trace, at + 3005, u"process"_s, r, UnitKind::ChildProcess, 2000 + run, K::Result, u"42"_s);
        add(trace, at + 3010, u"coroutine"_s, r, UnitKind::Coroutine, 0, K::Result, u"42"_s);
    }
}

QList<TimelineSegment> closed(std::initializer_list<std::tuple<qint64, qint64, TimelineState>> spans)
{
    QList<TimelineSegment> result;
    for (const auto &[from, to, state] : spans)
        result.append(TimelineSegment{from * ms, to * ms, state, false});
    return result;
}
} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void guiLaneAlwaysPresent();
    void segmentsFromInterleavedTrace();
    void openSegmentsExtendToNow();
    void runEndFreesTheLoop();
    void followsTheTraceFromOtherThreads();
    void oldLanesAreDropped();
    void newestRunsComeFirst();
    void historyStaysBounded();
    void guiLaneStaysBounded();
    void widgetScrollsLanesUnderTheGuiLane();
    void labelsAndAxisReadWhole();
    void olderRunsLanesHaveTimeLabels();
    void laneTextsNeverOverlap_data();
    void laneTextsNeverOverlap();
    void statesDifferInColourAndPattern();
    void widgetRenders();
    void widgetZoomsWithKeysAndWheel();
    void screenshot();
};

void TestTimeline::initTestCase()
{
    LabClock::nowNs();  // start the clock
}

void TestTimeline::guiLaneAlwaysPresent()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.lanes().first().key.unit, UnitKind::GuiLoop);
    QCOMPARE(model.index(0).data().toString(), u"GUI thread"_s);
    QVERIFY(!model.isActive());
    Trace trace;
    model.setTrace(&trace);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 1);
}

void TestTimeline::segmentsFromInterleavedTrace()
{
    Trace trace;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(&trace);
    fillDemoTrace(trace, 0);

    const QList<TimelineLane> &lanes = model.lanes();
    QCOMPARE(lanes.size(), 4);
    QCOMPARE(model.laneLabel(lanes.at(0).key), u"GUI thread"_s);
    // A unit has one name everywhere: the same words as the panels and the code viewer.
    QCOMPARE(model.laneLabel(lanes.at(1).key), u"worker thread TID 1234"_s);
    QCOMPARE(model.laneLabel(lanes.at(2).key), u"child PID 4711"_s);
    QCOMPARE(model.laneLabel(lanes.at(3).key), u"coroutine (coroutine, run 1)"_s);   // no titles given: the id
    model.setDemoTitles([](const DemoId &id) { return id == u"coroutine"_s ? u"QCoro coroutine"_s : id; });
    QCOMPARE(model.laneLabel(lanes.at(3).key), u"coroutine (QCoro coroutine, run 1)"_s);
    QCOMPARE(model.laneIndex({UnitKind::ChildProcess, 4711, u"process"_s, 1}), 2);
    QCOMPARE(model.laneIndex({UnitKind::ChildProcess, 4711, u"process"_s, 2}), -1);

    using S = TimelineState;
    QCOMPARE(lanes.at(0).segments, closed({{3130, 5130, S::Blocked}}));
    QCOMPARE(lanes.at(1).segments, closed({{100, 110, S::Running}, {110, 3110, S::Sleeping}, {3110, 3120, S::Running}}));
    QCOMPARE(lanes.at(2).segments, closed({{105, 150, S::Running}, {150, 3150, S::Sleeping}, {3150, 5160, S::Running}}));
    QCOMPARE(lanes.at(3).segments, closed({{120, 121, S::Running}, {121, 3121, S::Awaiting},
                                           {3121, 3130, S::Running}, {3130, 5131, S::Blocked}}));
    QCOMPARE(lanes.at(1).outcome, TraceEventKind::Result);
    QCOMPARE(lanes.at(1).outcomeDetail, u"42"_s);
    QCOMPARE(model.index(1).data(TimelineModel::OutcomeRole).toString(), u"result: 42"_s);
    QCOMPARE(model.index(2).data(TimelineModel::UnitIdRole).toLongLong(), 4711);
    QCOMPARE(model.index(3).data(TimelineModel::SegmentsRole).value<QList<TimelineSegment>>(), lanes.at(3).segments);
    QVERIFY(!model.isActive());
    QCOMPARE(model.firstEventNs(), std::optional<qint64>(100 * ms));
    QCOMPARE(model.lastEventNs(), std::optional<qint64>(5160 * ms));

    // An event recorded late but timed early lands where its time says.
    add(trace, 3000, u"thread"_s, 1, UnitKind::WorkerThread, 1234, TraceEventKind::Step, u"s3"_s);
    QCOMPARE(model.lanes().at(1).segments.size(), 3);  // a step does not change the state
}

void TestTimeline::openSegmentsExtendToNow()
{
    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    QSignalSpy changed(&model, &TimelineModel::timelineChanged);
    add(trace, 10, u"thread"_s, 2, UnitKind::WorkerThread, 99, TraceEventKind::Started);
    add(trace, 20, u"thread"_s, 2, UnitKind::WorkerThread, 99, TraceEventKind::Sleeping);
    QCOMPARE(changed.count(), 2);
    QVERIFY(model.isActive());
    const TimelineLane &lane = model.lanes().at(1);
    QVERIFY(lane.isActive());
    QCOMPARE(lane.segments.size(), 2);
    QVERIFY(lane.segments.last().open);
    QCOMPARE(lane.segments.last().endAt(500 * ms), 500 * ms);
    QCOMPARE(lane.segments.last().endAt(0), 20 * ms);  // never before its start
    QCOMPARE(lane.segments.first().endAt(500 * ms), 20 * ms);
    QVERIFY(model.index(1).data(TimelineModel::ActiveRole).toBool());
    add(trace, 30, u"thread"_s, 2, UnitKind::WorkerThread, 99, TraceEventKind::Cancelled);
    QVERIFY(!model.isActive());
    QCOMPARE(model.index(1).data(TimelineModel::OutcomeRole).toString(), u"cancelled"_s);
}

void TestTimeline::runEndFreesTheLoop()
{
    // A run that blocks the loop and ends without a GUI-loop "resumed": its end frees the loop;
    // the end of another run does not.
    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    add(trace, 10, u"coroutine"_s, 4, UnitKind::Coroutine, 0, TraceEventKind::Started);
    add(trace, 11, u"coroutine"_s, 4, UnitKind::GuiLoop, 0, TraceEventKind::Blocked);
    add(trace, 500, u"thread"_s, 1, UnitKind::WorkerThread, 5, TraceEventKind::Result);
    QVERIFY(model.lanes().at(0).isActive());
    add(trace, 900, u"coroutine"_s, 4, UnitKind::Coroutine, 0, TraceEventKind::Failed, u"boom"_s);
    QCOMPARE(model.lanes().at(0).segments, closed({{11, 900, TimelineState::Blocked}}));
    QVERIFY(!model.isActive());
    // The thread's run started later: its lane is on top, the coroutine's under it.
    const int coroutineRow = model.laneIndex({UnitKind::Coroutine, 0, u"coroutine"_s, 4});
    QCOMPARE(coroutineRow, 2);
    QCOMPARE(model.index(coroutineRow).data(TimelineModel::OutcomeRole).toString(), u"failed: boom"_s);

    // The same read in one batch (events queued from other threads arrive so).
    TimelineModel batch;
    batch.setTrace(&trace);
    QCOMPARE(batch.lanes().at(0).segments, closed({{11, 900, TimelineState::Blocked}}));
    QCOMPARE(batch.lanes().at(0).segments, model.lanes().at(0).segments);
}

void TestTimeline::followsTheTraceFromOtherThreads()
{
    Trace trace;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(&trace);
    QThread *writer = QThread::create([&trace] {
        const auto tid = qint64(reinterpret_cast<quintptr>(QThread::currentThreadId()) & 0xffff);
        trace.append(TraceEvent{0, u"thread"_s, 1, UnitKind::WorkerThread, tid, TraceEventKind::Started, {}});
        trace.append(TraceEvent{0, u"thread"_s, 1, UnitKind::WorkerThread, tid, TraceEventKind::Sleeping, {}});
    });
    writer->start();
    QVERIFY(writer->wait(5000));
    delete writer;
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_COMPARE(model.lanes().at(1).segments.size(), 2);
    QCOMPARE(model.lanes().at(1).segments.last().state, TimelineState::Sleeping);
}

void TestTimeline::oldLanesAreDropped()
{
    Trace trace;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxLanes(3);
    model.setTrace(&trace);
    add(trace, 1, u"thread"_s, 1, UnitKind::WorkerThread, 1, TraceEventKind::Started);  // stays open
    for (quint64 run = 2; run < 8; ++run) {
        add(trace, qint64(run) * 10, u"thread"_s, run, UnitKind::WorkerThread, qint64(run), TraceEventKind::Started);
        add(trace, qint64(run) * 10 + 5, u"thread"_s, run, UnitKind::WorkerThread, qint64(run), TraceEventKind::Result);
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.lanes().at(0).key.unit, UnitKind::GuiLoop);
    QCOMPARE(model.lanes().at(1).key.runId, quint64(1));  // still running: kept
    QCOMPARE(model.lanes().at(2).key.runId, quint64(7));  // the newest finished one
}

// The run that started last is on top, under the GUI lane; a "Run all" keeps its panels' order.
void TestTimeline::newestRunsComeFirst()
{
    Trace trace;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(&trace);
    fillRunAlls(trace, 0, 3);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.lanes().at(0).key.unit, UnitKind::GuiLoop);
    const QList<DemoId> order{u"thread"_s, u"process"_s, u"coroutine"_s};
    for (int row = 1; row < 10; ++row) {
        const TimelineLaneKey &key = model.lanes().at(row).key;
        QCOMPARE(key.runId, quint64(3 - (row - 1) / 3));           // runs 3, 2, 1
        QCOMPARE(key.demo, order.at((row - 1) % 3));               // thread, process, coroutine
    }
    QCOMPARE(model.newestRunStartNs(), std::optional<qint64>(8000 * ms));

    // A unit that joins a running run later (lesson 4's coroutine B) goes with its run, not on top.
    add(trace, 8500, u"coroutine"_s, 3, UnitKind::Coroutine, 1, TraceEventKind::Started, u"B"_s);
    QCOMPARE(model.laneIndex({UnitKind::Coroutine, 1, u"coroutine"_s, 3}), 4);
    QCOMPARE(model.lanes().at(1).key.runId, quint64(3));

    // A run starts with its GUI thread's first step: a child that traces its start 300 ms later
    // still joins the "Run all" it was started with, above the runs before.
    using K = TraceEventKind;
    for (const DemoId &demo : order)
        add(trace, 12000, demo, 4, UnitKind::GuiLoop, 0, K::Step, u"start-spinner"_s);
    add(trace, 12010, u"thread"_s, 4, UnitKind::WorkerThread, 1004, K::Started);
    add(trace, 12012, u"coroutine"_s, 4, UnitKind::Coroutine, 0, K::Started);
    add(trace, 12300, u"process"_s, 4, UnitKind::ChildProcess, 2004, K::Started);
    QCOMPARE(model.lanes().at(1).key, (TimelineLaneKey{UnitKind::WorkerThread, 1004, u"thread"_s, 4}));
    QCOMPARE(model.lanes().at(2).key, (TimelineLaneKey{UnitKind::Coroutine, 0, u"coroutine"_s, 4}));
    QCOMPARE(model.lanes().at(3).key, (TimelineLaneKey{UnitKind::ChildProcess, 2004, u"process"_s, 4}));
    QCOMPARE(model.lanes().at(4).key.runId, quint64(3));
    QCOMPARE(model.newestRunStartNs(), std::optional<qint64>(12000 * ms));
}

// Twenty runs do not pile up: the oldest finished runs go, the newest stay, in order.
void TestTimeline::historyStaysBounded()
{
    Trace trace;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(&trace);
    fillRunAlls(trace, 0, 20);
    QCOMPARE(model.rowCount(), TimelineModel::defaultMaxLanes);
    QCOMPARE(model.lanes().at(1).key.runId, quint64(20));
    quint64 previous = 20;
    for (int row = 1; row < model.rowCount(); ++row) {
        const quint64 run = model.lanes().at(row).key.runId;
        QVERIFY(run <= previous);   // never an older run above a newer one
        QVERIFY(run >= 15);         // 15 lanes: the last five runs
        previous = run;
    }
    // What the view says: only the last runs are shown (one lane per run here).
    QVERIFY(model.hasDroppedRuns());
    QCOMPARE(model.runsShown(), TimelineModel::defaultMaxLanes - 1);
}

// A run that only holds the GUI thread (primes-gui) has no lane of its own: the GUI lane keeps the
// events of as many runs as the model keeps lanes, not every run since the start.
void TestTimeline::guiLaneStaysBounded()
{
    using K = TraceEventKind;
    Trace trace;
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTrace(&trace);
    const auto holdTheLoop = [&trace](quint64 run) {
        const qint64 at = qint64(run) * 2000;
        add(trace, at, u"primes-gui"_s, run, UnitKind::GuiLoop, 0, K::Step, u"check"_s);
        add(trace, at + 10, u"primes-gui"_s, run, UnitKind::GuiLoop, 0, K::Busy);
        add(trace, at + 1000, u"primes-gui"_s, run, UnitKind::GuiLoop, 0, K::Resumed);
    };
    for (quint64 run = 1; run <= TimelineModel::defaultMaxLanes; ++run)
        holdTheLoop(run);
    QCOMPARE(model.lanes().at(0).segments.size(), TimelineModel::defaultMaxLanes);
    QVERIFY(!model.hasDroppedRuns());
    for (quint64 run = TimelineModel::defaultMaxLanes + 1; run <= 300; ++run)
        holdTheLoop(run);
    QCOMPARE(model.rowCount(), 1);
    const QList<TimelineSegment> &segments = model.lanes().at(0).segments;
    QCOMPARE(segments.size(), TimelineModel::defaultMaxLanes);   // one busy stretch per run kept
    QCOMPARE(segments.first().startNs, (300 - TimelineModel::defaultMaxLanes + 1) * 2000 * ms + 10 * ms);
    QCOMPARE(segments.last().startNs, 300 * 2000 * ms + 10 * ms);
    QVERIFY(model.hasDroppedRuns());
}

void TestTimeline::widgetScrollsLanesUnderTheGuiLane()
{
    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    fillRunAlls(trace, LabClock::nowNs() / ms - 20 * 4000, 20);
    TimelineWidget widget;
    widget.setModel(&model);
    widget.resize(900, 320);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));

    QScrollBar *bar = widget.laneScrollBar();
    QVERIFY(bar->isVisible());
    QList<int> rows = widget.shownRows();
    QVERIFY2(rows.size() >= 3 && rows.size() < model.rowCount(), qPrintable(QString::number(rows.size())));
    QCOMPARE(rows.at(0), 0);   // the GUI lane
    QCOMPARE(rows.at(1), 1);   // the newest run's first lane, right under it
    QCOMPARE(bar->maximum(), model.rowCount() - rows.size());

    // The wheel scrolls the lanes (Ctrl+wheel still zooms); the GUI lane stays.
    const QPoint inside = widget.rect().center();
    QWheelEvent down(inside, widget.mapToGlobal(inside), {}, {0, -120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &down);
    QCOMPARE(bar->value(), 1);
    QCOMPARE(widget.shownRows().at(0), 0);
    QCOMPARE(widget.shownRows().at(1), 2);
    const qint64 span = widget.visibleSpanNs();
    QWheelEvent zoom(inside, widget.mapToGlobal(inside), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &zoom);
    QVERIFY(widget.visibleSpanNs() < span);
    QCOMPARE(bar->value(), 1);
    // The keys too; the oldest lane is reachable.
    QTest::keyClick(&widget, Qt::Key_Up);
    QCOMPARE(bar->value(), 0);
    bar->setValue(bar->maximum());
    QCOMPARE(widget.shownRows().constLast(), model.rowCount() - 1);
}

// Lane labels are drawn whole (the longest fits its column), and the axis counts from the newest
// run's start: never a negative number.
void TestTimeline::labelsAndAxisReadWhole()
{
    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    model.setDemoTitles([](const DemoId &id) { return u"A rather long demo title for "_s + id; });
    fillRunAlls(trace, LabClock::nowNs() / ms - 12 * 4000, 12);
    TimelineWidget widget;
    widget.setModel(&model);
    widget.resize(1200, 400);
    QFont bold = widget.font();
    bold.setBold(true);
    for (const TimelineLane &lane : model.lanes()) {
        const QFontMetrics metrics(lane.key.unit == UnitKind::GuiLoop ? bold : widget.font());
        const QString label = model.laneLabel(lane.key);
        QVERIFY2(metrics.horizontalAdvance(label) < widget.labelColumnWidth(), qPrintable(label));
    }
    const QStringList labels = widget.axisLabels();
    QVERIFY2(labels.size() >= 2, qPrintable(labels.join(u", "_s)));
    QVERIFY2(labels.contains(u"0 s"_s), qPrintable(labels.join(u", "_s)));
    for (const QString &label : labels) {
        bool number = false;
        const double seconds = QStringView(label).chopped(2).toDouble(&number);
        QVERIFY2(number && seconds >= 0, qPrintable(label));
    }
}

// The axis counts from the newest run's start: the lanes of the runs before it say when they started
// on that clock ("started 4.0 s earlier"), the newest run's lanes and the GUI lane need not.
void TestTimeline::olderRunsLanesHaveTimeLabels()
{
    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    fillRunAlls(trace, LabClock::nowNs() / ms - 3 * 4000, 3);
    TimelineWidget widget;
    widget.setModel(&model);
    widget.resize(1200, 900);
    const QList<int> rows = widget.shownRows();
    const QStringList labels = widget.laneTimeLabels();
    QCOMPARE(labels.size(), rows.size());
    QVERIFY(labels.constFirst().isEmpty());   // the GUI lane
    const std::optional<qint64> newest = model.newestRunStartNs();
    QVERIFY(newest);
    int older = 0;
    for (qsizetype slot = 1; slot < rows.size(); ++slot) {
        const TimelineLane &lane = model.lanes().at(rows.at(slot));
        const qint64 start = model.runStartNs(lane.key.demo, lane.key.runId).value_or(lane.firstEventNs);
        if (start >= *newest) {
            QVERIFY2(labels.at(slot).isEmpty(), qPrintable(labels.at(slot)));
            continue;
        }
        ++older;
        QVERIFY2(labels.at(slot).contains(u"earlier"_s) && labels.at(slot).contains(u" s"_s), qPrintable(labels.at(slot)));
    }
    QVERIFY2(older >= 2, qPrintable(labels.join(u" | "_s)));
    QVERIFY(!widget.grab().isNull());   // painted with them
}

void TestTimeline::laneTextsNeverOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<qint64>("gapMs");
    QTest::newRow("close runs, 1200 px") << 1200 << qint64(400);
    QTest::newRow("close runs, 700 px") << 700 << qint64(400);
    QTest::newRow("back to back, 700 px") << 700 << qint64(120);
    QTest::newRow("apart, 1200 px") << 1200 << qint64(4000);
}

// Runs close together put an older run's "started 0.4 s earlier" right where its "= 42" is: the two
// never overlap (the label moves a line lower or beside the outcome), and both are still there.
void TestTimeline::laneTextsNeverOverlap()
{
    QFETCH(int, width);
    QFETCH(qint64, gapMs);
    using K = TraceEventKind;
    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    const qint64 t0 = LabClock::nowNs() / ms - 2 * gapMs - 1000;
    for (quint64 run = 1; run <= 3; ++run) {
        const qint64 at = t0 + qint64(run - 1) * gapMs;
        add(trace, at, u"thread"_s, run, UnitKind::WorkerThread, 1000 + qint64(run), K::Started);
        add(trace, at + 300, u"thread"_s, run, UnitKind::WorkerThread, 1000 + qint64(run), K::Result, u"42"_s);
    }
    TimelineWidget widget;
    widget.setModel(&model);
    widget.resize(width, 500);
    const QList<QList<QRectF>> lanes = widget.laneTextRects();
    const QStringList labels = widget.laneTimeLabels();
    QCOMPARE(lanes.size(), labels.size());
    int both = 0;
    for (qsizetype slot = 0; slot < lanes.size(); ++slot) {
        const QList<QRectF> &rects = lanes.at(slot);
        for (qsizetype i = 0; i < rects.size(); ++i) {
            for (qsizetype j = i + 1; j < rects.size(); ++j) {
                QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                         qPrintable(u"lane %1: %2 crosses the outcome"_s.arg(slot).arg(labels.at(slot))));
            }
        }
        if (!labels.at(slot).isEmpty() && rects.size() == 2)
            ++both;
    }
    QVERIFY2(both >= 2, qPrintable(u"%1 older lanes show their outcome and their time"_s.arg(both)));
    if (const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR"); !dir.isEmpty())
        widget.grab().save(u"%1/timeline-close-runs-%2px-%3ms.png"_s.arg(dir).arg(width).arg(gapMs));
}

void TestTimeline::statesDifferInColourAndPattern()
{
    QSet<QRgb> colours;
    QSet<int> patterns;
    QSet<QString> titles;
    for (TimelineState state : TimelineStates::all) {
        colours.insert(TimelineStyle::colorOf(state).rgb());
        patterns.insert(int(TimelineStyle::patternOf(state)));
        titles.insert(TimelineStates::title(state));
    }
    const auto n = qsizetype(TimelineStates::all.size());
    QCOMPARE(colours.size(), n);
    QCOMPARE(patterns.size(), n);  // not colour alone
    QCOMPARE(titles.size(), n);
    QCOMPARE(TimelineStyle::patternOf(TimelineState::Blocked), Qt::BDiagPattern);  // hatched
}

void TestTimeline::widgetRenders()
{
    TimelineModel model;
    TimelineWidget empty;
    empty.setModel(&model);
    empty.resize(700, 300);
    const QImage emptyImage = empty.grab().toImage();

    Trace trace;
    model.setTrace(&trace);
    fillDemoTrace(trace, LabClock::nowNs() / ms - 6000);
    TimelineWidget widget;
    widget.setModel(&model);
    widget.resize(700, 300);
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), emptyImage.size());
    QVERIFY(image != emptyImage);
    // Not all one colour.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 3) {
        for (int x = 0; x < image.width() && !varied; x += 3)
            varied = image.pixel(x, y) != first;
    }
    QVERIFY(varied);
    QCOMPARE(widget.focusPolicy(), Qt::StrongFocus);
    QVERIFY(widget.sizeHint().isValid());
}

void TestTimeline::widgetZoomsWithKeysAndWheel()
{
    TimelineModel model;
    TimelineWidget widget;
    widget.setModel(&model);
    QSignalSpy zoomed(&widget, &TimelineWidget::visibleSpanChanged);
    const qint64 span = widget.visibleSpanNs();
    QTest::keyClick(&widget, Qt::Key_Plus);
    QVERIFY(widget.visibleSpanNs() < span);
    QTest::keyClick(&widget, Qt::Key_Minus);
    QCOMPARE(widget.visibleSpanNs(), span);
    QTest::keyClick(&widget, Qt::Key_Minus);
    QVERIFY(widget.visibleSpanNs() > span);
    QTest::keyClick(&widget, Qt::Key_0);
    QCOMPARE(widget.visibleSpanNs(), TimelineWidget::defaultSpanNs);
    QCOMPARE(zoomed.count(), 4);
    widget.zoomIn();
    widget.zoomOut();
    QCOMPARE(widget.visibleSpanNs(), TimelineWidget::defaultSpanNs);
}

void TestTimeline::screenshot()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    const qint64 nowMs = LabClock::nowNs() / ms;
    fillDemoTrace(trace, nowMs - 6500);
    // A second thread run still going.
    add(trace, nowMs - 900, u"thread"_s, 2, UnitKind::WorkerThread, 1240, TraceEventKind::Started);
    add(trace, nowMs - 880, u"thread"_s, 2, UnitKind::WorkerThread, 1240, TraceEventKind::Busy);
    TimelineWidget widget;
    widget.setModel(&model);
    widget.resize(widget.sizeHint().expandedTo(QSize(900, 0)));
    QVERIFY(widget.grab().save(QDir(dir).filePath(u"timeline.png"_s)));
}

LAB_TEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
