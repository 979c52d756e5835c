// SPDX-License-Identifier: MIT
// The three runners of lesson 1 behave alike: answer 42, cancel at once, restart cleanly, can be
// destroyed mid-run. Durations are long where the point is that something happens *before* the end.
#include "labtest.h"

#include "coroutinerunner.h"
#include "processrunner.h"
#include "runnerfactory.h"
#include "threadid.h"

#include <QSignalSpy>

#include <memory>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(DemoKind)

namespace {

// A run has really begun once it knows who runs it (the thread's TID, the child's PID, ...).
bool waitUntilExecuting(const DemoRunner &runner)
{
    return QTest::qWaitFor([&] { return !runner.executor().isEmpty(); }, 10000);
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
    QTest::addColumn<DemoKind>("kind");
    for (DemoKind kind : spinnerDemoKinds)
        QTest::newRow(qPrintable(DemoKinds::id(kind))) << kind;
}

void TestRunners::answers42()
{
    QFETCH(DemoKind, kind);
    auto runner = RunnerFactory::make(kind);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start(300ms);
    QCOMPARE(runner->state(), DemoRunner::State::Running);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    QCOMPARE(runner->answer(), std::optional<int>(42));
    QVERIFY2(runner->errorString().isEmpty(), qPrintable(runner->errorString()));
    QVERIFY(!runner->executor().isEmpty());
    QVERIFY2(runner->elapsedMs() >= 250, "the slow task answered before its sleep was over");
}

void TestRunners::cancelInterruptsTheSleep()
{
    QFETCH(DemoKind, kind);
    auto runner = RunnerFactory::make(kind);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start(60s);
    QVERIFY(waitUntilExecuting(*runner));
    runner->cancel();
    // A 60 s sleep that ends within a couple of seconds was interrupted, not waited out.
    // (The latency itself, about a millisecond, is measured by the benchmark, not asserted here.)
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QCOMPARE(runner->answer(), std::nullopt);
    QVERIFY(runner->elapsedMs() < 3000);
}

void TestRunners::restartDropsTheOldRun()
{
    QFETCH(DemoKind, kind);
    auto runner = RunnerFactory::make(kind);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    QSignalSpy states(runner.get(), &DemoRunner::stateChanged);
    runner->start(60s);
    QVERIFY(waitUntilExecuting(*runner));
    const quint64 firstRun = runner->currentRunId();
    runner->start(300ms);   // the panel's "Restart"
    QVERIFY(runner->currentRunId() > firstRun);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    QCOMPARE(runner->answer(), std::optional<int>(42));
    // Give a late report of the first run every chance to arrive: it must change nothing.
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    // Running, Running (restart), Done: never "cancelled" from the superseded run.
    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(2).at(0).value<DemoRunner::State>(), DemoRunner::State::Done);
}

void TestRunners::destroyingMidRunIsClean()
{
    QFETCH(DemoKind, kind);
    auto runner = RunnerFactory::make(kind);
    runner->start(60s);
    QVERIFY(waitUntilExecuting(*runner));
    runner.reset();   // no crash, no "Destroyed while thread is still running", no warning
    QTest::qWait(50); // queued reports of the dead runner must go nowhere
}

void TestRunners::traceNamesTheExecutionUnit()
{
    QFETCH(DemoKind, kind);
    Trace trace;
    auto runner = RunnerFactory::make(kind);
    runner->setTrace(&trace);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start(200ms);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);

    const UnitKind expectedUnit = kind == DemoKind::Thread ? UnitKind::WorkerThread
                                : kind == DemoKind::Process ? UnitKind::ChildProcess
                                                            : UnitKind::Coroutine;
    // The unit's own events; the GUI thread's steps (start-spinner, ...) are checked below.
    QList<TraceEvent> events;
    QStringList guiSteps;
    for (const TraceEvent &event : trace.events()) {
        QCOMPARE(event.demo, kind);
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
    if (kind == DemoKind::Thread)
        QVERIFY(events.first().unitId != ThreadId::gui());
    if (kind == DemoKind::Process)
        QVERIFY(events.first().unitId != QCoreApplication::applicationPid());
}

void TestRunners::coroutineNeverLeavesTheGuiThread()
{
    Trace trace;
    CoroutineRunner runner;
    runner.setTrace(&trace);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start(200ms);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner.answer(), std::optional<int>(42));
    // Every step of the coroutine, before and after its co_await, ran on the GUI thread.
    const QList<TraceEvent> events = trace.events();
    QVERIFY(events.size() >= 4);   // started, awaiting, steps, result
    const auto awaiting = std::find_if(events.cbegin(), events.cend(), [](const TraceEvent &e) { return e.kind == TraceEventKind::Awaiting; });
    const auto result = std::find_if(events.cbegin(), events.cend(), [](const TraceEvent &e) { return e.kind == TraceEventKind::Result; });
    QVERIFY(awaiting < result && result != events.cend());   // it ran again after its co_await
    for (const TraceEvent &event : events)
        QCOMPARE(event.unitId, ThreadId::gui());
    QCOMPARE(runner.executor(), CoroutineRunner::tr("GUI thread"));
}

LAB_TEST_MAIN(TestRunners)
#include "tst_runners.moc"
