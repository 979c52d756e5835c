// SPDX-License-Identifier: MIT
// The run lifecycle of DemoRunner, with a fake runner: no thread, no process, no coroutine. The test
// plays the execution unit: it sees what the runner starts, reports results, cancels and steps.
#include "labtest.h"

#include "rungate.h"
#include "typeddemorunner.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace {

struct FakeResult {
    int value = 0;
};
QString describe(const FakeResult &result) { return u"value %1"_s.arg(result.value); }
QString traceDetail(const FakeResult &result) { return QString::number(result.value); }
QJsonObject toJson(const FakeResult &result) { return {{u"answer"_s, result.value}}; }

struct FakeParameters {
    int input = 1;
};

// A gate that only counts what it was told.
class FakeGate : public QObject, public RunGate
{
public:
    void cancel() override { ++cancels; }
    void setGated(bool on) override { gated = on; }
    void permitStep() override { ++permits; }
    int cancels = 0;
    int permits = 0;
    bool gated = false;
};

// The book's script: start-spinner, start-slow-task (starts the work) ... stop-spinner, print-answer.
StepScript bookScript()
{
    using enum StepScript::Action;
    return {{{u"start-spinner"_s, StartSpinner}, {u"start-slow-task"_s, StartWork}},
            {{u"stop-spinner"_s, StopSpinner}, {u"print-answer"_s, PublishResult}}};
}

class FakeRunner : public TypedDemoRunner<FakeParameters, FakeResult>
{
public:
    FakeRunner() : TypedDemoRunner(u"fake"_s, bookScript(), {}) {}

    // The runs whose work was started, with the parameters they got.
    QList<std::pair<quint64, int>> started;
    FakeGate *gate = nullptr;

    // What the unit of run `runId` reports.
    void answer(quint64 runId, int value) { finishWithResult(runId, {value}); }
    void confirmCancel(quint64 runId) { finishCancelled(runId); }
    void fail(quint64 runId, const QString &error) { finishFailed(runId, error); }
    void unitReaches(quint64 runId, const QString &stepId) { reachStep(runId, {UnitKind::WorkerThread, 99}, stepId); }

protected:
    void startWork(quint64 runId) override
    {
        started.append({runId, parameters().input});
        gate = new FakeGate;
        gate->setParent(this);
        attachGate(runId, gate, gate);
    }
};

} // namespace

class TestDemoRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsTheScriptAroundTheWork();
    void restartMakesTheOldRunStale();
    void cancelGoesThroughTheGate();
    void cancelBeforeTheWorkStartedNeedsNoUnit();
    void failureEndsTheRun();
    void stepModeHoldsTheGuiThreadsSteps();
    void stepModeStepsTheUnitThroughItsGate();
    void continueReleasesEverything();
    void gateGoneWithItsObject();
};

void TestDemoRunner::runsTheScriptAroundTheWork()
{
    Trace trace;
    FakeRunner runner;
    runner.setTrace(&trace);
    QSignalSpy spinning(&runner, &DemoRunner::spinningChanged);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({7});
    QCOMPARE(runner.state(), DemoRunner::State::Running);
    QCOMPARE(runner.started.size(), 1);
    QCOMPARE(runner.started.first().second, 7);   // the typed parameters reached the work
    QCOMPARE(spinning.count(), 1);
    QCOMPARE(spinning.first().first().toBool(), true);

    runner.answer(runner.currentRunId(), 42);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner.state(), DemoRunner::State::Done);
    QCOMPARE(runner.result()->value, 42);
    QCOMPARE(runner.resultText(), u"value 42"_s);
    QCOMPARE(runner.resultJson().value(u"answer"_s).toInt(), 42);
    QCOMPARE(spinning.count(), 2);
    // The GUI thread's steps, in the script's order, all in the trace under the demo's id.
    QStringList steps;
    for (const TraceEvent &event : trace.events()) {
        QCOMPARE(event.demo, u"fake"_s);
        steps << event.detail;
    }
    QCOMPARE(steps, (QStringList{u"start-spinner"_s, u"start-slow-task"_s, u"stop-spinner"_s, u"print-answer"_s}));
}

void TestDemoRunner::restartMakesTheOldRunStale()
{
    FakeRunner runner;
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    const quint64 first = runner.currentRunId();
    FakeGate *firstGate = runner.gate;
    runner.start();
    const quint64 second = runner.currentRunId();
    QVERIFY(second > first);
    QCOMPARE(firstGate->cancels, 1);   // the superseded run was told to stop
    QCOMPARE(runner.started.size(), 2);

    runner.answer(first, 1);           // late reports of the old run change nothing
    runner.confirmCancel(first);
    runner.fail(first, u"late"_s);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(runner.state(), DemoRunner::State::Running);

    runner.answer(second, 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner.result()->value, 2);
}

void TestDemoRunner::cancelGoesThroughTheGate()
{
    FakeRunner runner;
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    runner.cancel();
    QCOMPARE(runner.gate->cancels, 1);
    QCOMPARE(finished.count(), 0);                  // the unit has not confirmed yet
    QCOMPARE(runner.state(), DemoRunner::State::Running);
    runner.confirmCancel(runner.currentRunId());
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner.hasResult());
    QVERIFY(runner.resultText().isEmpty());
    runner.cancel();                                // nothing to cancel any more
    QCOMPARE(runner.gate->cancels, 1);
}

void TestDemoRunner::cancelBeforeTheWorkStartedNeedsNoUnit()
{
    FakeRunner runner;
    runner.setStepMode(true);
    runner.start();
    QCOMPARE(runner.waitingStep(), u"start-spinner"_s);   // the GUI thread waits at its first step
    QVERIFY(runner.started.isEmpty());
    runner.cancel();
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
    QVERIFY(runner.started.isEmpty());                    // the work never started
    QVERIFY(runner.waitingStep().isEmpty());
}

void TestDemoRunner::failureEndsTheRun()
{
    FakeRunner runner;
    QSignalSpy spinning(&runner, &DemoRunner::spinningChanged);
    runner.start();
    runner.fail(runner.currentRunId(), u"it broke"_s);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QCOMPARE(runner.errorString(), u"it broke"_s);
    QCOMPARE(spinning.last().first().toBool(), false);
    runner.start();                                       // a new run forgets the failure
    QVERIFY(runner.errorString().isEmpty());
}

void TestDemoRunner::stepModeHoldsTheGuiThreadsSteps()
{
    FakeRunner runner;
    QSignalSpy spinning(&runner, &DemoRunner::spinningChanged);
    runner.setStepMode(true);
    runner.start();
    // Each Step lets the GUI thread past exactly one of its steps; the actions wait for it.
    QCOMPARE(runner.waitingStep(), u"start-spinner"_s);
    QCOMPARE(runner.waitingUnit()->kind, UnitKind::GuiLoop);
    QCOMPARE(spinning.count(), 0);
    runner.stepOnce();
    QCOMPARE(spinning.count(), 1);
    QCOMPARE(runner.waitingStep(), u"start-slow-task"_s);
    QVERIFY(runner.started.isEmpty());
    runner.stepOnce();
    QCOMPARE(runner.started.size(), 1);
    QVERIFY(runner.gate->gated);                          // the unit starts in step mode

    runner.answer(runner.currentRunId(), 5);
    QCOMPARE(runner.waitingStep(), u"stop-spinner"_s);
    QCOMPARE(runner.state(), DemoRunner::State::Running); // the answer is not shown before its step
    runner.stepOnce();
    QCOMPARE(runner.waitingStep(), u"print-answer"_s);
    runner.stepOnce();
    QCOMPARE(runner.state(), DemoRunner::State::Done);
    QCOMPARE(runner.result()->value, 5);
}

void TestDemoRunner::stepModeStepsTheUnitThroughItsGate()
{
    FakeRunner runner;
    runner.setStepMode(true);
    runner.start();
    runner.stepOnce();
    runner.stepOnce();
    const quint64 run = runner.currentRunId();
    runner.unitReaches(run, u"slow-task-sleeps"_s);
    QCOMPARE(runner.waitingStep(), u"slow-task-sleeps"_s);
    QCOMPARE(runner.waitingUnit(), std::optional(ExecutionUnit{UnitKind::WorkerThread, 99}));
    runner.stepOnce();
    QCOMPARE(runner.gate->permits, 1);                    // the unit got exactly one permit
    QVERIFY(runner.waitingStep().isEmpty());
    runner.stepOnce();                                    // nobody waits: nothing happens
    QCOMPARE(runner.gate->permits, 1);
    runner.unitReaches(run - 1, u"result-ready"_s);       // a stale run's unit is ignored
    QVERIFY(runner.waitingStep().isEmpty());
}

void TestDemoRunner::continueReleasesEverything()
{
    FakeRunner runner;
    runner.setStepMode(true);
    runner.start();
    runner.stepOnce();
    runner.stepOnce();
    runner.continueToEnd();
    QVERIFY(!runner.gate->gated);
    runner.answer(runner.currentRunId(), 3);
    QCOMPARE(runner.state(), DemoRunner::State::Done);    // no step held it
    QVERIFY(runner.stepMode());                           // still on for the next run
    runner.start();
    QCOMPARE(runner.waitingStep(), u"start-spinner"_s);
}

void TestDemoRunner::gateGoneWithItsObject()
{
    FakeRunner runner;
    runner.start();
    delete runner.gate;                                   // the unit's object is gone
    runner.gate = nullptr;
    runner.cancel();                                      // no dangling call: ends at once
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
}

LAB_TEST_MAIN(TestDemoRunner)
#include "tst_demorunner.moc"
