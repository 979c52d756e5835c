// SPDX-License-Identifier: MIT
// The three runners of lesson 1 behave alike (each made by its registered demo): answer 42, cancel at once, restart cleanly, can be
// destroyed mid-run. Durations are long where the point is that something happens *before* the end.
#include "labtest.h"

#include "awaitingsleeprunner.h"
#include "labtestdemos.h"
#include "threadid.h"
#include "trace.h"

#include <QSignalSpy>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// A run has really begun once it knows who runs it (the thread's TID, the child's PID, ...).
bool waitUntilExecuting(const DemoRunner &runner)
{
    return QTest::qWaitFor([&] { return runner.executor().has_value(); }, 10000);
}

} // namespace

class TestRunners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachKind_data();
    void answers42_data() { eachKind_data(); }
    void answers42();
    void cancelInterruptsTheSleep_data() { eachKind_data(); }
    void cancelInterruptsTheSleep();
    void restartDropsTheOldRun_data() { eachKind_data(); }
    void restartDropsTheOldRun();
    void destroyingMidRunIsClean_data() { eachKind_data(); }
    void destroyingMidRunIsClean();
    void traceNamesTheExecutionUnit_data() { eachKind_data(); }
    void traceNamesTheExecutionUnit();
    void coroutineNeverLeavesTheGuiThread();
};

void TestRunners::eachKind_data()
{
    LabTest::addDemoRows(LabTest::spinnerDemoIds());
}

void TestRunners::answers42()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    LabTest::start(*runner, 300ms);
    QCOMPARE(runner->state(), DemoRunner::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    QCOMPARE(LabTest::answerOf(*runner), std::optional<int>(42));
    QVERIFY2(runner->errorString().isEmpty(), qPrintable(runner->errorString()));
    QVERIFY(runner->executor().has_value());
    QCOMPARE(runner->resultText(), u"Answer: 42"_s);
    QVERIFY2(runner->elapsedMs() >= 250, "the slow task answered before its sleep was over");
}

void TestRunners::cancelInterruptsTheSleep()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    LabTest::start(*runner, 60s);
    QVERIFY(waitUntilExecuting(*runner));
    runner->cancel();
    // A 60 s sleep that ends within a couple of seconds was interrupted, not waited out.
    // (The latency itself, about a millisecond, is measured by the benchmark, not asserted here.)
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QCOMPARE(LabTest::answerOf(*runner), std::nullopt);
    QVERIFY(!runner->hasResult());
    QVERIFY(runner->elapsedMs() < 3000);
}

void TestRunners::restartDropsTheOldRun()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo);
    Trace trace;
    runner->setTrace(&trace);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    QSignalSpy states(runner.get(), &DemoRunner::stateChanged);
    LabTest::start(*runner, 60s);
    QVERIFY(waitUntilExecuting(*runner));
    const quint64 firstRun = runner->currentRunId();
    LabTest::start(*runner, 300ms);   // the panel's "Restart"
    QVERIFY(runner->currentRunId() > firstRun);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    QCOMPARE(LabTest::answerOf(*runner), std::optional<int>(42));
    // Give a late report of the first run every chance to arrive: it must change nothing.
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    // Running, Running (restart), Done: never "cancelled" from the superseded run.
    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(2).at(0).value<DemoRunner::State>(), DemoRunner::State::Done);
    // The superseded run's units end their trace too (as cancelled), or the timeline keeps a phantom
    // lane "awaiting" forever.
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        QList<TraceEventKind> kinds;
        for (const TraceEvent &event : trace.events()) {
            if (event.runId == firstRun && event.unit != UnitKind::GuiLoop && event.kind != TraceEventKind::Step)
                kinds << event.kind;
        }
        return !kinds.isEmpty() && kinds.last() == TraceEventKind::Cancelled;
    }(), 5000);
}

void TestRunners::destroyingMidRunIsClean()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo);
    LabTest::start(*runner, 60s);
    QVERIFY(waitUntilExecuting(*runner));
    runner.reset();   // no crash, no "Destroyed while thread is still running", no warning
    QTest::qWait(50); // queued reports of the dead runner must go nowhere
}

void TestRunners::traceNamesTheExecutionUnit()
{
    QFETCH(DemoId, demo);
    Trace trace;
    auto runner = LabTest::makeRunner(demo);
    runner->setTrace(&trace);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    LabTest::start(*runner, 200ms);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);

    const UnitKind expectedUnit = demo == u"thread"_s ? UnitKind::WorkerThread
                                : demo == u"process"_s ? UnitKind::ChildProcess
                                                       : UnitKind::Coroutine;
    // The unit's own events; the GUI thread's steps (start-spinner, ...) are checked below.
    QList<TraceEvent> events;
    QStringList guiSteps;
    for (const TraceEvent &event : trace.events()) {
        QCOMPARE(event.demo, demo);
        QCOMPARE(event.runId, runner->currentRunId());
        QVERIFY(event.unitId > 0);
        if (event.unit == UnitKind::GuiLoop) {
            QCOMPARE(event.kind, TraceEventKind::Step);
            guiSteps << event.detail;
            continue;
        }
        QCOMPARE(event.unit, expectedUnit);
        events << event;
    }
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().kind, TraceEventKind::Started);
    QCOMPARE(events.last().kind, TraceEventKind::Result);
    // Time order.
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events[i - 1].timeNs <= events[i].timeNs);
    // The unit passed the slow task's steps, in order.
    QStringList unitSteps;
    for (const TraceEvent &event : std::as_const(events)) {
        if (event.kind == TraceEventKind::Step)
            unitSteps << event.detail;
    }
    QVERIFY2(unitSteps.indexOf(u"slow-task-sleeps"_s) >= 0 && unitSteps.indexOf(u"slow-task-sleeps"_s) < unitSteps.indexOf(u"result-ready"_s),
             qPrintable(unitSteps.join(u", "_s)));
    QVERIFY2(guiSteps.startsWith(u"start-spinner"_s) && guiSteps.contains(u"stop-spinner"_s) && guiSteps.contains(u"print-answer"_s),
             qPrintable(guiSteps.join(u", "_s)));
    if (demo == u"thread"_s)
        QVERIFY(events.first().unitId != ThreadId::gui());
    if (demo == u"process"_s)
        QVERIFY(events.first().unitId != QCoreApplication::applicationPid());
}

void TestRunners::coroutineNeverLeavesTheGuiThread()
{
    Trace trace;
    AwaitingSleepRunner runner;
    runner.setTrace(&trace);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({200ms});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner.result(), std::optional(SlowTaskResult{42}));
    // Every step of the coroutine, before and after its co_await, ran on the GUI thread.
    const QList<TraceEvent> events = trace.events();
    QVERIFY(events.size() >= 4);   // started, awaiting, steps, result
    const auto awaiting = std::find_if(events.cbegin(), events.cend(), [](const TraceEvent &e) { return e.kind == TraceEventKind::Awaiting; });
    const auto result = std::find_if(events.cbegin(), events.cend(), [](const TraceEvent &e) { return e.kind == TraceEventKind::Result; });
    QVERIFY(awaiting < result && result != events.cend());   // it ran again after its co_await
    for (const TraceEvent &event : events)
        QCOMPARE(event.unitId, ThreadId::gui());
    QCOMPARE(runner.executor(), std::optional(ExecutionUnit{UnitKind::GuiLoop, ThreadId::gui()}));
    QCOMPARE(runner.executorText(), u"GUI thread"_s);
}

LAB_TEST_MAIN(TestRunners)
#include "tst_runners.moc"
