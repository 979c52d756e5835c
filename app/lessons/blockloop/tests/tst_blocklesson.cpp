// SPDX-License-Identifier: MIT
// Lesson 2, "Block the loop", on the real main window (offscreen): what a blocking sleep, a busy loop
// and a cooperative loop do to the GUI thread's event loop, measured by the event-loop monitor, the
// spinners' frame counters and the lesson page's own analysis. Bounds are generous on purpose: they
// tell a frozen loop (about a second) from a turning one (milliseconds), never fine timings.
#include "labtest.h"
#include "labtestdemos.h"

#include "blockingsleeprunner.h"
#include "blocklessonpage.h"
#include "cpulooprunner.h"
#include "demopanel.h"
#include "demorunner.h"
#include "eventloopmonitor.h"
#include "freezecomparison.h"
#include "labclock.h"
#include "labdocks.h"
#include "loophold.h"
#include "mainwindow.h"
#include "spinnerwidget.h"
#include "trace.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <map>
#include <utility>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 msNs = 1'000'000;

QString ms(qint64 ns)
{
    return QString::number(double(ns) / double(msNs), 'f', 1) + u" ms"_s;
}

QString describe(const LagSummary &lag)
{
    return u"samples %1, p50 %2, p99 %3, max %4, longest gap %5"_s.arg(lag.sampleCount)
        .arg(ms(lag.p50Ns), ms(lag.p99Ns), ms(lag.maxNs), ms(lag.longestGapNs));
}

BlockLessonPage *blockLesson(MainWindow &window)
{
    return qobject_cast<BlockLessonPage *>(window.page(u"block-loop"_s));
}

CpuLoopRunner *cooperativeRunner(MainWindow &window)
{
    return qobject_cast<CpuLoopRunner *>(window.runner(u"cooperative-cpu"_s));
}

LagSummary lagOfLastRun(MainWindow &window, const DemoId &demo)
{
    const DemoRunner *runner = window.runner(demo);
    return window.docks()->monitor()->summaryBetween(runner->startedAtNs(), runner->finishedAtNs());
}

// The events `trace` holds for the current run of `demo`, in the order they were appended.
QList<TraceEvent> eventsOfRun(MainWindow &window, const DemoId &demo)
{
    QList<TraceEvent> result;
    const quint64 runId = window.runner(demo)->currentRunId();
    for (const TraceEvent &event : window.trace()->events()) {
        if (event.demo == demo && event.runId == runId)
            result << event;
    }
    return result;
}

// When the current run of `demo` held the loop, as its trace tells.
std::optional<LoopHold> loopHoldOf(MainWindow &window, const DemoId &demo)
{
    return LoopHold::of(eventsOfRun(window, demo));
}

// What `unit` did in `events`, without the step markers (which the panels and the code viewer use).
QList<TraceEventKind> kindsOf(const QList<TraceEvent> &events, UnitKind unit)
{
    QList<TraceEventKind> kinds;
    for (const TraceEvent &event : events) {
        if (event.unit == unit && event.kind != TraceEventKind::Step)
            kinds << event.kind;
    }
    return kinds;
}

} // namespace

class TestBlockLesson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void yieldSliderPositionsArePowersOfTen();
    void blockingSleepFreezesTheWindow();
    void awaitingKeepsTheLoopTurning();
    void blockAndAwaitStaySideBySide();
    void overlappingRunsAreMarkedNotCompared();
    void busyLoopFreezesTheWindow();
    void smallerYieldStepLowersTheLag();
    void cancelEndsTheRun_data();
    void cancelEndsTheRun();
    void traceOfConcurrentRunsIsComplete();
    void longerDurationIsCappedAndSaysSo();

private:
    // A shown window on lesson 2 whose event loop has settled (first layout and paint are over).
    void showOnBlockLesson(MainWindow &window, std::chrono::milliseconds duration);
    // Runs `demo` and waits until the lesson page has analysed the run.
    void runAndAnalyse(MainWindow &window, const DemoId &demo, FreezeFacts *facts);
};

void TestBlockLesson::init()
{
    QSettings().clear();
}

void TestBlockLesson::cleanup()
{
    QSettings().clear();   // no window geometry or duration carried over to the next test
}

void TestBlockLesson::showOnBlockLesson(MainWindow &window, std::chrono::milliseconds duration)
{
    window.setSlowTaskDuration(duration);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *lessons = window.findChild<QTabWidget *>(u"lessons"_s);
    QVERIFY(lessons);
    lessons->setCurrentIndex(1);   // "2 Block the loop"
    QVERIFY(blockLesson(window)->isVisible());
    // Wait for a calm stretch of the loop, so the first paint of the page is not measured as a run's lag.
    EventLoopMonitor *monitor = window.docks()->monitor();
    QVERIFY(monitor->isRunning());
    QTest::qWait(100);
    QTRY_VERIFY_WITH_TIMEOUT(monitor->summaryOfLast(250 * msNs).sampleCount >= 5
                                 && monitor->summaryOfLast(250 * msNs).maxNs < 30 * msNs,
                             15000);
}

void TestBlockLesson::runAndAnalyse(MainWindow &window, const DemoId &demo, FreezeFacts *facts)
{
    QSignalSpy analysed(blockLesson(window), &BlockLessonPage::analysed);
    QVERIFY(analysed.isValid());
    window.runDemo(demo);
    // Every run awaits its lead-in first: it is still running when runDemo() returns.
    QCOMPARE(window.runner(demo)->state(), DemoRunner::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, 30000);
    QCOMPARE(window.runner(demo)->state(), DemoRunner::State::Done);
    QCOMPARE(LabTest::answerOf(*window.runner(demo)), std::optional<int>(42));
    *facts = qvariant_cast<FreezeFacts>(analysed.at(0).at(0));
    QCOMPARE(facts->demo, demo);
}

void TestBlockLesson::yieldSliderPositionsArePowersOfTen()
{
    QCOMPARE(BlockLessonPage::yieldEveryAt(0), quint64(1000));
    QCOMPARE(BlockLessonPage::yieldEveryAt(4), quint64(10'000));
    QCOMPARE(BlockLessonPage::yieldEveryAt(8), quint64(100'000));
    QCOMPARE(BlockLessonPage::yieldEveryAt(16), quint64(10'000'000));
    for (int position = 1; position <= 16; ++position)
        QVERIFY(BlockLessonPage::yieldEveryAt(position) > BlockLessonPage::yieldEveryAt(position - 1));

    MainWindow window(LabTest::registry());
    auto *slider = blockLesson(window)->findChild<QSlider *>(u"yieldSlider"_s);
    QVERIFY(slider);
    CpuLoopRunner *cooperative = cooperativeRunner(window);
    QVERIFY(cooperative);
    QCOMPARE(cooperative->parameters().yieldEvery, BlockLessonPage::yieldEveryAt(slider->value()));
    QCOMPARE(cooperative->parameters().yieldEvery, CpuLoopParameters::defaultYieldEvery);
    slider->setValue(slider->minimum());
    QCOMPARE(cooperative->parameters().yieldEvery, CpuLoopParameters::minimumYieldEvery);
    slider->setValue(slider->maximum());
    QCOMPARE(cooperative->parameters().yieldEvery, CpuLoopParameters::maximumYieldEvery);
}

void TestBlockLesson::blockingSleepFreezesTheWindow()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 1s);
    if (QTest::currentTestFailed())
        return;
    FreezeFacts facts;
    runAndAnalyse(window, u"block"_s, &facts);
    if (QTest::currentTestFailed())
        return;

    const DemoRunner *runner = window.runner(u"block"_s);
    const auto hold = loopHoldOf(window, u"block"_s);
    QVERIFY(hold);
    const auto [holdFrom, holdTo] = *hold;
    QVERIFY(holdFrom >= runner->startedAtNs() + 250 * msNs);   // after the awaited lead-in
    QVERIFY(holdTo <= runner->finishedAtNs());
    QVERIFY2(holdTo - holdFrom >= 900 * msNs, qPrintable(ms(holdTo - holdFrom)));

    // The event loop did not tick for the whole hold.
    const LagSummary lag = lagOfLastRun(window, u"block"_s);
    QVERIFY2(lag.maxNs >= 900 * msNs, qPrintable(describe(lag)));
    QVERIFY2(lag.longestGapNs >= 900 * msNs, qPrintable(describe(lag)));

    // The spinners that were turning painted nothing while the loop was held, though they did before.
    int turning = 0;
    for (const SpinnerWidget *spinner : window.findChildren<SpinnerWidget *>()) {
        if (!spinner->track().wasSpinningThrough(holdFrom, holdTo))
            continue;
        ++turning;
        QCOMPARE(spinner->frames().paintedBetween(holdFrom, holdTo), 0);
    }
    const SpinnerWidget *blockSpinner = blockLesson(window)->panel(u"block"_s)->spinner();
    QVERIFY(blockSpinner->track().wasSpinningThrough(holdFrom, holdTo));
    QCOMPARE(turning, 1);
    QVERIFY(blockSpinner->frames().paintedBetween(runner->startedAtNs(), holdFrom) > 0);

    // What the page measured and told the room.
    QVERIFY2(facts.heldMs >= 900, qPrintable(QString::number(facts.heldMs)));
    QVERIFY(facts.longestLagMs >= 900);
    QVERIFY(facts.totalMs >= facts.heldMs);
    QVERIFY2(facts.leadInMs >= 250 && facts.leadInMs < facts.totalMs, qPrintable(QString::number(facts.leadInMs)));
    QCOMPARE(facts.framesPainted, 0);
    QVERIFY(facts.framesPainted < facts.framesExpected);
    const auto *report = blockLesson(window)->findChild<QLabel *>(u"freezeReport"_s);
    QVERIFY(report);
    QVERIFY2(report->text().contains(u"blocked for"_s), qPrintable(report->text()));
    QVERIFY2(report->text().contains(LabTest::demo(u"block"_s).translatedTitle()), qPrintable(report->text()));
}

void TestBlockLesson::awaitingKeepsTheLoopTurning()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 1s);
    if (QTest::currentTestFailed())
        return;
    FreezeFacts facts;
    runAndAnalyse(window, u"coroutine"_s, &facts);
    if (QTest::currentTestFailed())
        return;
    // "Await instead" keeps the user on lesson 2.
    QCOMPARE(window.findChild<QTabWidget *>(u"lessons"_s)->currentIndex(), 1);

    const DemoRunner *runner = window.runner(u"coroutine"_s);
    QVERIFY(runner->elapsedMs() >= 900);
    const LagSummary lag = lagOfLastRun(window, u"coroutine"_s);
    QVERIFY2(lag.sampleCount >= 20, qPrintable(describe(lag)));
    QVERIFY2(lag.maxNs < 100 * msNs, qPrintable(describe(lag)));

    // The spinner on this page kept turning: most of the frames a 60 fps view would paint.
    const SpinnerWidget *spinner = blockLesson(window)->panel(u"coroutine"_s)->spinner();
    const qint64 from = runner->startedAtNs();
    const qint64 to = runner->finishedAtNs();
    const int painted = spinner->frames().paintedBetween(from, to);
    const int expected = FrameCounter::expectedBetween(from, to);
    QVERIFY2(painted * 2 >= expected, qPrintable(u"%1 of %2 frames"_s.arg(painted).arg(expected)));

    QCOMPARE(facts.heldMs, 0);
    QCOMPARE(facts.leadInMs, 0);   // no lead-in: its work time compares with "Block the loop"'s
    QCOMPARE(facts.longestLagMs, lag.longestGapNs / msNs);   // the page reports what the monitor measured
    QVERIFY(!loopHoldOf(window, u"coroutine"_s));
    const auto *report = blockLesson(window)->findChild<QLabel *>(u"freezeReport"_s);
    QVERIFY(!report->text().contains(u"blocked for"_s));
}

// The lesson's "compare the numbers": after Block, then Await, both runs are on the page side by
// side, the frozen one with no frame painted, the awaiting one with its spinners turning.
void TestBlockLesson::blockAndAwaitStaySideBySide()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 1s);
    if (QTest::currentTestFailed())
        return;
    FreezeFacts blocked;
    runAndAnalyse(window, u"block"_s, &blocked);
    FreezeFacts awaited;
    runAndAnalyse(window, u"coroutine"_s, &awaited);
    if (QTest::currentTestFailed())
        return;

    auto *table = blockLesson(window)->findChild<QTableView *>(u"freezeComparison"_s);
    QVERIFY(table);
    QVERIFY(table->isVisible());
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model, blockLesson(window)->comparison());
    QCOMPARE(model->columnCount(), 2);
    const auto raw = [model](FreezeComparison::Figure figure, int column) {
        return model->index(figure, column).data(FreezeComparison::RawValueRole);
    };
    // Block: frozen for about the duration, nothing painted.
    QCOMPARE(raw(FreezeComparison::FramesPainted, 0).toInt(), 0);
    QVERIFY2(raw(FreezeComparison::LongestFreeze, 0).toLongLong() >= 900, qPrintable(model->index(1, 0).data().toString()));
    // Await: the spinners painted most of their frames, and the loop never stopped for long.
    QVERIFY(awaited.framesExpected > 0);
    QVERIFY2(raw(FreezeComparison::FramesPainted, 1).toInt() > awaited.framesExpected / 2,
             qPrintable(model->index(0, 1).data().toString()));
    QVERIFY2(raw(FreezeComparison::LongestFreeze, 1).toLongLong() < 500, qPrintable(model->index(1, 1).data().toString()));
    // Both took about the duration of their work.
    for (int column : {0, 1})
        QVERIFY(raw(FreezeComparison::WorkTime, column).toLongLong() >= 900);
    if (const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.grab().save(dir + u"/lesson2-block-and-await.png"_s);
        blockLesson(window)->grab().save(dir + u"/lesson2-block-and-await-page.png"_s);
    }
}

// An Await started while Block holds the loop measures Block's freeze: both columns say that their
// runs overlapped (title, tooltip) and the report says so; a run alone is clean again.
void TestBlockLesson::overlappingRunsAreMarkedNotCompared()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 500ms);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy analysed(blockLesson(window), &BlockLessonPage::analysed);
    window.runDemo(u"block"_s);
    window.runDemo(u"coroutine"_s);   // during Block's lead-in: it will sit through the freeze
    QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 2, 30000);
    const FreezeComparison *comparison = blockLesson(window)->comparison();
    QVERIFY(comparison->isOverlapped(u"coroutine"_s));
    QVERIFY(comparison->isOverlapped(u"block"_s));
    const QModelIndex awaitCell = comparison->index(FreezeComparison::LongestFreeze, comparison->columnOf(u"coroutine"_s));
    QVERIFY(!awaitCell.data(Qt::ToolTipRole).toString().isEmpty());
    const QString header = comparison->headerData(comparison->columnOf(u"coroutine"_s), Qt::Horizontal).toString();
    QVERIFY2(header.contains(u"overlapped"_s), qPrintable(header));
    auto *report = blockLesson(window)->findChild<QLabel *>(u"freezeReport"_s);
    QVERIFY2(report->text().contains(u"ran while"_s), qPrintable(report->text()));

    FreezeFacts alone;
    runAndAnalyse(window, u"coroutine"_s, &alone);
    QVERIFY(alone.overlappedBy.isEmpty());
    QVERIFY(!comparison->isOverlapped(u"coroutine"_s));
    QVERIFY(!comparison->headerData(comparison->columnOf(u"coroutine"_s), Qt::Horizontal).toString().contains(u"overlapped"_s));
    QVERIFY(!report->text().contains(u"ran while"_s));
}

void TestBlockLesson::busyLoopFreezesTheWindow()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 1s);
    if (QTest::currentTestFailed())
        return;
    FreezeFacts facts;
    runAndAnalyse(window, u"block-cpu"_s, &facts);
    if (QTest::currentTestFailed())
        return;

    // The work is calibrated at run time: allow for a calibration made on a busy machine.
    const LagSummary lag = lagOfLastRun(window, u"block-cpu"_s);
    QVERIFY2(lag.longestGapNs >= 700 * msNs, qPrintable(describe(lag)));
    const auto hold = loopHoldOf(window, u"block-cpu"_s);
    QVERIFY(hold);
    QVERIFY(hold->durationNs() >= 700 * msNs);
    const SpinnerWidget *spinner = blockLesson(window)->panel(u"block-cpu"_s)->spinner();
    QVERIFY(spinner->track().wasSpinningThrough(hold->fromNs, hold->toNs));
    QCOMPARE(spinner->frames().paintedBetween(hold->fromNs, hold->toNs), 0);

    QVERIFY(facts.heldMs >= 700);
    QCOMPARE(facts.framesPainted, 0);
    QVERIFY(facts.framesExpected > 0);
    QVERIFY(blockLesson(window)->findChild<QLabel *>(u"freezeReport"_s)->text().contains(u"blocked for"_s));
}

void TestBlockLesson::smallerYieldStepLowersTheLag()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 1s);
    if (QTest::currentTestFailed())
        return;
    auto *slider = blockLesson(window)->findChild<QSlider *>(u"yieldSlider"_s);
    QVERIFY(slider);
    CpuLoopRunner *cooperative = cooperativeRunner(window);
    QVERIFY(cooperative);

    struct Measured {
        LagSummary lag;
        quint64 yields = 0;
        qint64 totalMs = 0;
        FreezeFacts facts;
    };
    const auto runWithSliderAt = [&](int position, quint64 expectedYieldEvery, Measured *measured) {
        slider->setValue(position);
        QCOMPARE(cooperative->parameters().yieldEvery, expectedYieldEvery);
        runAndAnalyse(window, u"cooperative-cpu"_s, &measured->facts);
        if (QTest::currentTestFailed())
            return;
        measured->lag = lagOfLastRun(window, u"cooperative-cpu"_s);
        measured->yields = cooperative->result()->yields;
        measured->totalMs = cooperative->elapsedMs();
    };
    Measured large;
    runWithSliderAt(slider->maximum(), 10'000'000, &large);
    if (QTest::currentTestFailed())
        return;
    Measured small;
    runWithSliderAt(4, 10'000, &small);
    if (QTest::currentTestFailed())
        return;
    const QString numbers = u"N=10,000,000: %1, %2 yields, %3 ms; N=10,000: %4, %5 yields, %6 ms"_s
                                .arg(describe(large.lag)).arg(large.yields).arg(large.totalMs)
                                .arg(describe(small.lag)).arg(small.yields).arg(small.totalMs);

    // The smaller step gives the loop many more turns, so the typical tick waits less. (Only the
    // median is compared: the longest lag and the total time are one descheduling away from any
    // value on a shared machine, so they are printed, never asserted.)
    QVERIFY2(small.yields > large.yields, qPrintable(numbers));
    QVERIFY2(small.yields >= 10 * large.yields, qPrintable(numbers));
    QVERIFY2(small.lag.p50Ns <= large.lag.p50Ns, qPrintable(numbers));
    qInfo("%s", qPrintable(numbers));
    // Neither held the loop for the whole run.
    QCOMPARE(small.facts.heldMs, 0);
    QCOMPARE(large.facts.heldMs, 0);
    QCOMPARE(small.facts.yieldEvery, quint64(10'000));
    QCOMPARE(small.facts.yields, small.yields);
    QVERIFY(large.lag.longestGapNs < 700 * msNs);
}

// A real freeze is bounded (10 s): asked for 60 s, the panel says what it runs and what was asked,
// instead of silently freezing for less; a demo that is not bounded says nothing.
void TestBlockLesson::longerDurationIsCappedAndSaysSo()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 60s);
    if (QTest::currentTestFailed())
        return;
    DemoRunner *runner = window.runner(u"block"_s);
    QSignalSpy finished(runner, &DemoRunner::finished);
    window.runDemo(u"block"_s);   // cancelled in its lead-in, before it freezes anything
    const std::optional<DemoRunner::DurationCap> cap = runner->durationCap();
    QVERIFY(cap.has_value());
    QCOMPARE(cap->asked, 60s);
    QCOMPARE(cap->used, BlockingSleepRunner::maximumDuration);
    auto *elapsed = blockLesson(window)->panel(u"block"_s)->findChild<QLabel *>(u"elapsedLabel"_s);
    QVERIFY(elapsed);
    QVERIFY2(elapsed->text().contains(u"at most 10 s here; 60 s asked"_s), qPrintable(elapsed->text()));
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);

    DemoRunner *awaiting = window.runner(u"coroutine"_s);
    QVERIFY(awaiting->applyDuration(60s));
    QVERIFY(!awaiting->durationCap().has_value());
    QVERIFY(runner->applyDuration(3s));
    QVERIFY(!runner->durationCap().has_value());
}

void TestBlockLesson::cancelEndsTheRun_data()
{
    QTest::addColumn<DemoId>("demo");
    QTest::addColumn<int>("cancelAfterMs");
    // The blocking sleep cannot be cancelled once it blocks: only its awaited lead-in can.
    QTest::newRow("block: during the lead-in") << u"block"_s << 0;
    QTest::newRow("block: late in the lead-in") << u"block"_s << 100;
    QTest::newRow("cooperative-cpu: while computing") << u"cooperative-cpu"_s << 400;
}

void TestBlockLesson::cancelEndsTheRun()
{
    QFETCH(DemoId, demo);
    QFETCH(int, cancelAfterMs);
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 10s);
    if (QTest::currentTestFailed())
        return;
    DemoPanel *panel = blockLesson(window)->panel(demo);
    QVERIFY(panel);
    auto *cancel = panel->findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel);
    DemoRunner *runner = window.runner(demo);
    QSignalSpy finished(runner, &DemoRunner::finished);

    window.runDemo(demo);
    QCOMPARE(runner->state(), DemoRunner::State::Running);
    QVERIFY(cancel->isEnabled());
    if (cancelAfterMs > 0)
        QTest::qWait(cancelAfterMs);   // the loop turns meanwhile: the run awaits or yields
    QCOMPARE(runner->state(), DemoRunner::State::Running);
    const qint64 cancelledAt = LabClock::nowNs();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 2000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner->hasResult());
    QVERIFY2(runner->finishedAtNs() - cancelledAt < 2000 * msNs, qPrintable(ms(runner->finishedAtNs() - cancelledAt)));
    QVERIFY(runner->elapsedMs() < 5000);   // of a 10 s run
    QVERIFY(!panel->spinner()->isSpinning());

    const QList<TraceEvent> events = eventsOfRun(window, demo);
    const QList<TraceEventKind> coroutine = kindsOf(events, UnitKind::Coroutine);
    QVERIFY(!coroutine.isEmpty());
    QCOMPARE(coroutine.first(), TraceEventKind::Started);
    QCOMPARE(coroutine.last(), TraceEventKind::Cancelled);
    QVERIFY(!coroutine.contains(TraceEventKind::Result));
    // A run cancelled before blocking never blocked the loop.
    if (demo == u"block"_s) {
        QVERIFY(kindsOf(events, UnitKind::GuiLoop).isEmpty());
        QVERIFY(!loopHoldOf(window, demo));
    }

    // No late report of the cancelled run, and the lesson analyses only runs that answered.
    QSignalSpy analysed(blockLesson(window), &BlockLessonPage::analysed);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(analysed.count(), 0);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
}

void TestBlockLesson::traceOfConcurrentRunsIsComplete()
{
    MainWindow window(LabTest::registry());
    showOnBlockLesson(window, 500ms);
    if (QTest::currentTestFailed())
        return;
    for (const DemoId &demo : LabTest::spinnerDemoIds())
        window.runDemo(demo);
    window.runDemo(u"block"_s);   // blocks the GUI thread while the three others run
    for (const DemoId &demo : {u"thread"_s, u"process"_s, u"coroutine"_s, u"block"_s})
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(demo)->state(), DemoRunner::State::Done, 30000);

    // Each lesson-1 demo: one complete sequence, on its own kind of unit, from start to answer.
    const std::map<DemoId, UnitKind> unitOf{{u"thread"_s, UnitKind::WorkerThread},
                                            {u"process"_s, UnitKind::ChildProcess},
                                            {u"coroutine"_s, UnitKind::Coroutine}};
    for (const auto &[id, unit] : unitOf) {
        const QList<TraceEvent> events = eventsOfRun(window, id);
        QVERIFY2(!events.isEmpty(), qPrintable(id));
        for (const TraceEvent &event : events) {
            if (event.kind != TraceEventKind::Step)   // the panel marks its own steps on the GUI loop
                QVERIFY2(event.unit == unit, qPrintable(id + u' ' + ExecutionUnit::kindId(event.unit)));
        }
        const QList<TraceEventKind> kinds = kindsOf(events, unit);
        QVERIFY2(!kinds.isEmpty(), qPrintable(id));
        QCOMPARE(kinds.first(), TraceEventKind::Started);
        QCOMPARE(kinds.last(), TraceEventKind::Result);
        QCOMPARE(kinds.count(TraceEventKind::Started), 1);
        QCOMPARE(kinds.count(TraceEventKind::Result), 1);
        QVERIFY(!kinds.contains(TraceEventKind::Cancelled) && !kinds.contains(TraceEventKind::Failed));
        const auto result = std::find_if(events.cbegin(), events.cend(),
                                         [](const TraceEvent &e) { return e.kind == TraceEventKind::Result; });
        QCOMPARE(result->detail, u"42"_s);
    }

    // The blocking run: its coroutine from start to answer, and the loop blocked, then resumed.
    const QList<TraceEvent> block = eventsOfRun(window, u"block"_s);
    const QList<TraceEventKind> blockCoroutine = kindsOf(block, UnitKind::Coroutine);
    QVERIFY(!blockCoroutine.isEmpty());
    QCOMPARE(blockCoroutine.first(), TraceEventKind::Started);
    QCOMPARE(blockCoroutine.last(), TraceEventKind::Result);
    const QList<TraceEventKind> loop{TraceEventKind::Blocked, TraceEventKind::Resumed};
    QCOMPARE(kindsOf(block, UnitKind::GuiLoop), loop);

    // Every execution unit's events, across the whole trace (all demos), in the order they happened.
    std::map<std::pair<UnitKind, qint64>, qint64> lastTimeOfUnit;
    for (const TraceEvent &event : window.trace()->events()) {
        const auto [it, inserted] = lastTimeOfUnit.try_emplace(std::pair(event.unit, event.unitId), event.timeNs);
        if (inserted)
            continue;
        QVERIFY2(event.timeNs >= it->second,
                 qPrintable(u"%1: %2 %3 went back in time"_s.arg(event.demo, ExecutionUnit::kindId(event.unit),
                                                                  TraceNames::eventKindId(event.kind))));
        it->second = event.timeNs;
    }
    // A worker thread, a child process, the GUI thread's coroutines and its loop.
    for (UnitKind unit : {UnitKind::WorkerThread, UnitKind::ChildProcess, UnitKind::Coroutine, UnitKind::GuiLoop}) {
        QVERIFY(std::any_of(lastTimeOfUnit.cbegin(), lastTimeOfUnit.cend(),
                            [unit](const auto &entry) { return entry.first.first == unit; }));
    }
}

LAB_TEST_MAIN(TestBlockLesson)
#include "tst_blocklesson.moc"
