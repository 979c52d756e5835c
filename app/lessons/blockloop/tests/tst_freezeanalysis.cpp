// SPDX-License-Identifier: MIT
// Lesson 2's analysis from recorded data: a trace, a frame log and clicks, no window.
#include "labtest.h"

#include "framelog.h"
#include "freezeanalysis.h"
#include "freezecomparison.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 ms = 1'000'000;   // ns per ms

TraceEvent traceEvent(qint64 atMs, UnitKind unit, TraceEventKind kind, const DemoId &demo = u"block"_s)
{
    return {atMs * ms, demo, 1, unit, 77, kind, {}};
}

// A run from 1000 ms to 3400 ms that held the loop from 1300 to 3300 ms.
FreezeRun blockingRun()
{
    FreezeRun run;
    run.demo = u"block"_s;
    run.startNs = 1000 * ms;
    run.endNs = 3400 * ms;
    run.totalMs = 2400;
    run.events = {traceEvent(1000, UnitKind::Coroutine, TraceEventKind::Started),
                  traceEvent(1300, UnitKind::Coroutine, TraceEventKind::Blocked),
                  traceEvent(1300, UnitKind::GuiLoop, TraceEventKind::Blocked),
                  traceEvent(3300, UnitKind::GuiLoop, TraceEventKind::Resumed),
                  traceEvent(3300, UnitKind::Coroutine, TraceEventKind::Resumed),
                  traceEvent(3400, UnitKind::Coroutine, TraceEventKind::Result)};
    run.lag.longestGapNs = 2001 * ms;
    run.lag.p99Ns = 1990 * ms;
    return run;
}

// A spinner that turned from `fromMs` to `toMs`, painting every 16 ms except inside [gapFromMs, gapToMs].
void spin(FrameTrack &track, qint64 fromMs, qint64 toMs, qint64 gapFromMs = 0, qint64 gapToMs = 0)
{
    track.setSpinning(true, fromMs * ms);
    for (qint64 t = fromMs; t <= toMs; t += 16) {
        if (t < gapFromMs || t > gapToMs)
            track.recordFrame(t * ms);
    }
    track.setSpinning(false, toMs * ms);
}

} // namespace

class TestFreezeAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measuresTheHoldFromTheTrace();
    void countsOnlySpinnersTurningThroughTheHold();
    void countsADemoShownOnTwoPagesOnce();
    void clickDuringTheHold();
    void cooperativeRunNeverHeldTheLoop();
    void awaitingRunHasNoLeadIn();
    void blockAndAwaitSideBySide();
    void reportInWords();
};

void TestFreezeAnalysis::measuresTheHoldFromTheTrace()
{
    const FreezeRun run = blockingRun();
    const FreezeFacts facts = FreezeAnalysis::analyse(run, FrameLog(), {});
    QCOMPARE(facts.demo, u"block"_s);
    QCOMPARE(facts.heldMs, 2000);
    QCOMPARE(facts.totalMs, 2400);
    QCOMPARE(facts.leadInMs, 300);       // awaited before the coroutine blocked
    QCOMPARE(facts.longestLagMs, 2001);
    QCOMPARE(facts.p99LagMs, 1990);
    QCOMPARE(facts.framesExpected, 0);   // no spinner turned
    QVERIFY(!facts.clickLateMs);
}

void TestFreezeAnalysis::countsOnlySpinnersTurningThroughTheHold()
{
    FrameLog frames;
    spin(frames.track(u"block"_s), 900, 3500, 1300, 3300);      // frozen: no frame during the hold
    spin(frames.track(u"thread"_s), 500, 3600, 1300, 2300);     // painted in the second half only
    spin(frames.track(u"process"_s), 2000, 3600);               // started during the hold: not counted
    const FreezeFacts facts = FreezeAnalysis::analyse(blockingRun(), frames, {});
    // Two spinners turned through the whole hold: 2 x 2 s at 60 fps.
    QCOMPARE(facts.framesExpected, 2 * FrameCounter::expectedBetween(1300 * ms, 3300 * ms));
    QCOMPARE(facts.framesPainted, frames.track(u"thread"_s).frames().paintedBetween(1300 * ms, 3300 * ms));
    QVERIFY(facts.framesPainted > 0);
    QVERIFY(facts.framesPainted < facts.framesExpected / 2);
}

// The coroutine demo has a panel on lesson 1 (hidden tab: it paints nothing) and one on lesson 2
// (on screen): one spinner for the analysis, with the frames the room saw.
void TestFreezeAnalysis::countsADemoShownOnTwoPagesOnce()
{
    FrameLog frames;
    FrameTrack &hidden = frames.track(u"coroutine"_s);
    hidden.setSpinning(true, 900 * ms);
    hidden.setSpinning(false, 3500 * ms);
    spin(frames.track(FrameLog::guestTrackId(u"block-loop"_s, u"coroutine"_s)), 900, 3500, 1300, 2300);
    const FreezeFacts facts = FreezeAnalysis::analyse(blockingRun(), frames, {});
    QCOMPARE(facts.framesExpected, FrameCounter::expectedBetween(1300 * ms, 3300 * ms));
    QVERIFY(facts.framesPainted > facts.framesExpected / 3);   // the second half of the hold
}

void TestFreezeAnalysis::clickDuringTheHold()
{
    const QList<ClickTiming> clicks{{500 * ms, 510 * ms},      // before: not this run's
                                    {2100 * ms, 3305 * ms},    // 0.8 s into the freeze, handled after it
                                    {2500 * ms, 3306 * ms}};   // a later one: the first counts
    const FreezeFacts facts = FreezeAnalysis::analyse(blockingRun(), FrameLog(), clicks);
    QCOMPARE(facts.clickIntoFreezeMs, std::optional<qint64>(800));
    QCOMPARE(facts.clickLateMs, std::optional<qint64>(1205));
}

void TestFreezeAnalysis::cooperativeRunNeverHeldTheLoop()
{
    FreezeRun run;
    run.demo = u"cooperative-cpu"_s;
    run.startNs = 0;
    run.endNs = 4000 * ms;
    run.totalMs = 4000;
    run.events = {traceEvent(0, UnitKind::Coroutine, TraceEventKind::Started, run.demo),
                  traceEvent(300, UnitKind::Coroutine, TraceEventKind::Busy, run.demo),
                  traceEvent(4000, UnitKind::Coroutine, TraceEventKind::Result, run.demo)};
    run.result = {{u"answer"_s, 42}, {u"yields"_s, 5134}, {u"yieldEvery"_s, 100000}};
    run.lag.longestGapNs = 12 * ms;
    FrameLog frames;
    spin(frames.track(u"cooperative-cpu"_s), 1, 4000);   // (a spin start at 0 reads as "never")
    const FreezeFacts facts = FreezeAnalysis::analyse(run, frames, {{1000 * ms, 1010 * ms}});
    QCOMPARE(facts.heldMs, 0);
    QCOMPARE(facts.leadInMs, 300);       // awaited before the coroutine began to compute
    // Never held: frames counted over the work, after the lead-in; all of them painted.
    QCOMPARE(facts.framesExpected, FrameCounter::expectedBetween(300 * ms, 4000 * ms));
    QCOMPARE(facts.framesPainted, frames.track(u"cooperative-cpu"_s).frames().paintedBetween(300 * ms, 4000 * ms));
    QVERIFY(facts.framesPainted >= facts.framesExpected * 9 / 10);
    QCOMPARE(facts.yields, quint64(5134));
    QCOMPARE(facts.yieldEvery, quint64(100000));
    QCOMPARE(facts.longestLagMs, 12);
    QCOMPARE(facts.clickLateMs, std::optional<qint64>(10));   // made during the work, handled at once
    QVERIFY(!facts.clickIntoFreezeMs);                          // there was no freeze
    const QString text = FreezeReport::describe(facts, u"Cooperative loop"_s);
    QVERIFY2(text.startsWith(u"Cooperative loop: the work took 3700 ms in all;"_s), qPrintable(text));
    QVERIFY2(text.contains(u"A 300 ms awaited lead-in came before the work."_s), qPrintable(text));
}

// "Await instead" has no lead-in: its work time is the whole run, and compares with the others'.
void TestFreezeAnalysis::awaitingRunHasNoLeadIn()
{
    FreezeRun run;
    run.demo = u"coroutine"_s;
    run.startNs = 0;
    run.endNs = 2000 * ms;
    run.totalMs = 2000;
    run.events = {traceEvent(0, UnitKind::Coroutine, TraceEventKind::Started, run.demo),
                  traceEvent(0, UnitKind::Coroutine, TraceEventKind::Awaiting, run.demo),
                  traceEvent(2000, UnitKind::Coroutine, TraceEventKind::Resumed, run.demo),
                  traceEvent(2000, UnitKind::Coroutine, TraceEventKind::Result, run.demo)};
    const FreezeFacts facts = FreezeAnalysis::analyse(run, FrameLog(), {});
    QCOMPARE(facts.leadInMs, 0);
    const QString text = FreezeReport::describe(facts, u"QCoro coroutine"_s);
    QVERIFY2(text.startsWith(u"QCoro coroutine: the work took 2000 ms in all;"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"lead-in"_s), qPrintable(text));
}

void TestFreezeAnalysis::reportInWords()
{
    FrameLog frames;
    spin(frames.track(u"block"_s), 900, 3500, 1300, 3300);
    const FreezeFacts facts = FreezeAnalysis::analyse(blockingRun(), frames, {{2100 * ms, 3305 * ms}});
    const QString text = FreezeReport::describe(facts, u"Blocking sleep"_s);
    QVERIFY2(text.startsWith(u"Blocking sleep: the event loop was blocked for 2000 ms."_s), qPrintable(text));
    QVERIFY2(text.contains(u"painted 0 of the 120 frames"_s), qPrintable(text));
    QVERIFY2(text.contains(u"0.8 s into the freeze was handled 1205 ms late"_s), qPrintable(text));
    // The work time leaves the lead-in out (2400 - 300 ms) and names it.
    QVERIFY2(text.endsWith(u"The work itself took 2100 ms, after a 300 ms awaited lead-in."_s), qPrintable(text));
}

// "Block the loop, then Await instead, and compare the numbers": the second run fills its own column
// and leaves the first one's, each a figure per row.
void TestFreezeAnalysis::blockAndAwaitSideBySide()
{
    FreezeComparison comparison({u"block"_s, u"coroutine"_s}, [](const DemoId &id) { return u"<"_s + id + u">"_s; });
    QAbstractItemModelTester tester(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(comparison.rowCount(), int(FreezeComparison::FigureCount));
    QCOMPARE(comparison.columnCount(), 2);
    QCOMPARE(comparison.headerData(0, Qt::Horizontal).toString(), u"<block>"_s);
    QCOMPARE(comparison.headerData(1, Qt::Horizontal).toString(), u"<coroutine>"_s);
    QCOMPARE(comparison.headerData(FreezeComparison::LongestFreeze, Qt::Vertical).toString(), u"Longest freeze"_s);
    const auto cell = [&comparison](FreezeComparison::Figure figure, int column) {
        return comparison.index(figure, column).data().toString();
    };
    const auto raw = [&comparison](FreezeComparison::Figure figure, int column) {
        return comparison.index(figure, column).data(FreezeComparison::RawValueRole);
    };
    QCOMPARE(cell(FreezeComparison::WorkTime, 0), u"not run yet"_s);
    QVERIFY(!raw(FreezeComparison::WorkTime, 0).isValid());

    FrameLog frames;
    spin(frames.track(u"block"_s), 900, 3500, 1300, 3300);   // frozen through the hold
    QSignalSpy changed(&comparison, &QAbstractItemModel::dataChanged);
    comparison.setFacts(FreezeAnalysis::analyse(blockingRun(), frames, {{2100 * ms, 3305 * ms}}));
    QCOMPARE(changed.count(), 1);
    const auto expected = FrameCounter::expectedBetween(1300 * ms, 3300 * ms);
    QCOMPARE(cell(FreezeComparison::FramesPainted, 0), u"0 of %1"_s.arg(expected));
    QCOMPARE(raw(FreezeComparison::LongestFreeze, 0).toLongLong(), 2001);   // the monitor's gap, >= the hold
    QCOMPARE(cell(FreezeComparison::ClickLateness, 0), u"1205 ms"_s);
    QCOMPARE(cell(FreezeComparison::WorkTime, 0), u"2100 ms"_s);             // 2400 less the 300 ms lead-in
    QCOMPARE(cell(FreezeComparison::WorkTime, 1), u"not run yet"_s);

    FreezeRun awaiting;
    awaiting.demo = u"coroutine"_s;
    awaiting.startNs = 5000 * ms;
    awaiting.endNs = 7000 * ms;
    awaiting.totalMs = 2000;
    awaiting.events = {traceEvent(5000, UnitKind::Coroutine, TraceEventKind::Started, awaiting.demo),
                       traceEvent(5000, UnitKind::Coroutine, TraceEventKind::Awaiting, awaiting.demo),
                       traceEvent(7000, UnitKind::Coroutine, TraceEventKind::Result, awaiting.demo)};
    awaiting.lag.longestGapNs = 14 * ms;
    spin(frames.track(u"coroutine"_s), 4900, 7100);
    comparison.setFacts(FreezeAnalysis::analyse(awaiting, frames, {}));
    QCOMPARE(changed.count(), 2);
    // The block run is still there, beside the awaiting one.
    QCOMPARE(cell(FreezeComparison::FramesPainted, 0), u"0 of %1"_s.arg(expected));
    QCOMPARE(cell(FreezeComparison::WorkTime, 0), u"2100 ms"_s);
    const qint64 painted = raw(FreezeComparison::FramesPainted, 1).toLongLong();
    QVERIFY2(painted >= FrameCounter::expectedBetween(5000 * ms, 7000 * ms) * 9 / 10, qPrintable(QString::number(painted)));
    QCOMPARE(cell(FreezeComparison::LongestFreeze, 1), u"14 ms"_s);
    QCOMPARE(cell(FreezeComparison::ClickLateness, 1), u"no click during the run"_s);
    QCOMPARE(cell(FreezeComparison::WorkTime, 1), u"2000 ms"_s);

    // A demo that is not compared changes nothing.
    FreezeFacts other;
    other.demo = u"block-cpu"_s;
    comparison.setFacts(other);
    QCOMPARE(changed.count(), 2);
}

LAB_TEST_MAIN(TestFreezeAnalysis)
#include "tst_freezeanalysis.moc"
