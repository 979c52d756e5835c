// SPDX-License-Identifier: MIT
// Step mode: each execution unit stops at every step until Step; one Step is one step; Cancel works
// while paused; Continue runs to the end; the code viewer follows the units.
#include "labtest.h"
#include "labtestdemos.h"

#include "codeviewer.h"
#include "labdocks.h"
#include "mainwindow.h"
#include "demopanel.h"
#include "coroutinegate.h"
#include "spinnerwidget.h"
#include "steppanel.h"
#include "threadid.h"

#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>

#include <csignal>
#include <cerrno>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// The steps the unit itself passed (not the GUI thread's), in order.
QStringList unitSteps(const Trace &trace)
{
    return LabTest::stepsIn(trace, {}, true);
}

// Presses Step until some unit of `runner` waits at `stepId`; false if the run ends first.
bool stepUntil(DemoRunner *runner, const QString &stepId)
{
    for (int steps = 0; steps < 12; ++steps) {
        if (!QTest::qWaitFor([runner] { return !runner->waitingStep().isEmpty() || !runner->isRunning(); }, 10000))
            return false;
        if (!runner->isRunning())
            return false;
        if (runner->waitingStep() == stepId)
            return true;
        runner->stepOnce();
    }
    return false;
}

} // namespace

class TestStepMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachKind_data();
    void eachStepAdvancesExactlyOneStep_data();
    void eachStepAdvancesExactlyOneStep();
    void cancelWhilePausedEndsCleanly_data() { eachKind_data(); }
    void cancelWhilePausedEndsCleanly();
    void continueRunsToTheEnd_data() { eachKind_data(); }
    void continueRunsToTheEnd();
    void stepModeSwitchedOnMidRunPausesTheUnit_data() { eachKind_data(); }
    void stepModeSwitchedOnMidRunPausesTheUnit();
    void stepModeOffAndOnAgainLeavesNoHiddenWaiter();
    void coroutineRunsLeaveNoControlsBehind();
    void viewerFollowsTheUnitsAndStepButtonSteps();
    void screenshotsOfEachDemoPaused();
};

void TestStepMode::eachKind_data()
{
    // Where the units stop, in order: the GUI thread's steps and those of the unit that runs the slow
    // task. For the thread and the process, "join" comes when the worker has ended, which can be
    // after the answer was printed; it is checked apart.
    QTest::addColumn<DemoId>("demo");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("unitSteps");   // those of the worker thread, child or coroutine
    const QStringList workerSteps{u"slow-task-sleeps"_s, u"result-ready"_s};
    const QStringList stopsOfWorkerDemos{u"start-spinner"_s, u"start-slow-task"_s, u"slow-task-sleeps"_s,
                                         u"result-ready"_s, u"stop-spinner"_s, u"print-answer"_s};
    QTest::newRow("thread") << u"thread"_s << stopsOfWorkerDemos << workerSteps;
    QTest::newRow("process") << u"process"_s << stopsOfWorkerDemos << workerSteps;
    const QStringList coroutineSteps{u"start-slow-task"_s, u"slow-task-sleeps"_s, u"result-ready"_s, u"join"_s};
    QTest::newRow("coroutine") << u"coroutine"_s
                               << QStringList{u"start-spinner"_s, u"start-slow-task"_s, u"slow-task-sleeps"_s,
                                              u"result-ready"_s, u"join"_s, u"stop-spinner"_s, u"print-answer"_s}
                               << coroutineSteps;
}

void TestStepMode::eachStepAdvancesExactlyOneStep_data()
{
    eachKind_data();
    // Lesson 2's coroutines go through the same supervisor: the same stops, their own work step.
    const auto coroutineStops = [](const QString &work) {
        return QStringList{u"start-spinner"_s, u"start-slow-task"_s, work, u"result-ready"_s, u"join"_s,
                           u"stop-spinner"_s, u"print-answer"_s};
    };
    const auto coroutineUnitSteps = [](const QString &work) {
        return QStringList{u"start-slow-task"_s, work, u"result-ready"_s, u"join"_s};
    };
    QTest::newRow("block") << u"block"_s << coroutineStops(u"slow-task-sleeps"_s) << coroutineUnitSteps(u"slow-task-sleeps"_s);
    for (const DemoId &demo : {u"block-cpu"_s, u"cooperative-cpu"_s})
        QTest::newRow(qPrintable(demo)) << demo << coroutineStops(u"slow-task-computes"_s) << coroutineUnitSteps(u"slow-task-computes"_s);
}

void TestStepMode::eachStepAdvancesExactlyOneStep()
{
    QFETCH(DemoId, demo);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, unitSteps);
    Trace trace;
    auto runner = LabTest::makeRunner(demo);
    runner->setTrace(&trace);
    runner->setStepMode(true);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    LabTest::start(*runner, 100ms);

    QStringList stops;
    while (stops.size() < 12) {
        QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingStep().isEmpty() || !runner->isRunning(), 10000);
        if (!runner->isRunning())
            break;
        const QString step = runner->waitingStep();
        const QStringList passedBefore = ::unitSteps(trace);
        // Paused: given time (more than the whole slow task), nothing moves on by itself.
        QTest::qWait(150);
        QCOMPARE(runner->waitingStep(), step);
        QCOMPARE(::unitSteps(trace), passedBefore);
        QCOMPARE(runner->state(), DemoRunner::State::Running);
        stops << step;
        runner->stepOnce();
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    QCOMPARE(LabTest::answerOf(*runner), std::optional<int>(42));
    if (demo == u"thread"_s || demo == u"process"_s)
        stops.removeAll(u"join"_s);
    QCOMPARE(stops, steps);                     // one Step, one step: none skipped, none twice
    QCOMPARE(::unitSteps(trace), unitSteps);
    if (demo == u"thread"_s || demo == u"process"_s)   // the GUI thread saw the worker end
        QTRY_VERIFY(std::any_of(trace.events().cbegin(), trace.events().cend(), [](const TraceEvent &e) {
            return e.unit == UnitKind::GuiLoop && e.detail == u"join"_s;
        }));
}

void TestStepMode::cancelWhilePausedEndsCleanly()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo);
    runner->setStepMode(true);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);

    // Paused at the GUI thread's first step: nothing has started yet.
    LabTest::start(*runner, 100ms);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"start-spinner"_s, 10000);
    runner->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);

    // Paused inside the slow task: the thread, child or coroutine ends at once.
    LabTest::start(*runner, 100ms);
    QVERIFY(stepUntil(runner.get(), u"slow-task-sleeps"_s));
    qint64 pid = 0;
    if (demo == u"process"_s) {
        QVERIFY(runner->executor());
        QCOMPARE(runner->executor()->kind, UnitKind::ChildProcess);
        pid = runner->executor()->id;
        QVERIFY(pid > 0);
    }
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 3000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QVERIFY(runner->waitingStep().isEmpty());
    if (pid > 0)
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) == -1 && errno == ESRCH, 3000);

    // Paused at the GUI thread's last steps, after the answer came: the run ends as cancelled.
    LabTest::start(*runner, 100ms);
    QVERIFY(stepUntil(runner.get(), u"stop-spinner"_s));
    runner->cancel();
    QCOMPARE(finished.count(), 3);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
}

void TestStepMode::continueRunsToTheEnd()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo);
    runner->setStepMode(true);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    LabTest::start(*runner, 100ms);
    QVERIFY(stepUntil(runner.get(), u"slow-task-sleeps"_s));
    runner->continueToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(LabTest::answerOf(*runner), std::optional<int>(42));
    // Step mode stays on for the next run.
    LabTest::start(*runner, 100ms);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"start-spinner"_s, 10000);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 3000);
}

void TestStepMode::stepModeSwitchedOnMidRunPausesTheUnit()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    LabTest::start(*runner, 800ms);
    QTRY_VERIFY_WITH_TIMEOUT(runner->executor().has_value(), 10000);
    QTest::qWait(200);   // the unit is in its sleep now
    runner->setStepMode(true);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"result-ready"_s, 10000);
    QTest::qWait(300);
    QCOMPARE(runner->waitingStep(), u"result-ready"_s);   // really paused, not just shown so
    QCOMPARE(finished.count(), 0);
    runner->continueToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
}

void TestStepMode::stepModeOffAndOnAgainLeavesNoHiddenWaiter()
{
    auto runner = LabTest::makeRunner(u"thread"_s);
    runner->setStepMode(true);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    LabTest::start(*runner, 100ms);
    QVERIFY(stepUntil(runner.get(), u"slow-task-sleeps"_s));
    runner->setStepMode(false);   // lets the worker go...
    runner->setStepMode(true);    // ...even if it has not woken before the gate closes again
    // It stops at its next step, where Step can reach it.
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"result-ready"_s, 10000);
    runner->continueToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
}

void TestStepMode::coroutineRunsLeaveNoControlsBehind()
{
    auto runner = LabTest::makeRunner(u"coroutine"_s);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    for (int run = 1; run <= 5; ++run) {
        LabTest::start(*runner, 100ms);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), run, 10000);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(runner->findChildren<CoroutineGate *>().size() <= 1);
}

void TestStepMode::viewerFollowsTheUnitsAndStepButtonSteps()
{
    QSettings().clear();
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(100ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StepPanel *steps = window.docks()->stepPanel();
    CodeViewer *viewer = window.docks()->codeViewer();
    steps->setStepMode(true);

    window.runDemo(u"thread"_s);
    DemoRunner *runner = window.runner(u"thread"_s);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"start-spinner"_s, 10000);
    QVERIFY(!window.panel(u"thread"_s)->spinner()->isSpinning());   // paused before it
    QVERIFY(stepUntil(runner, u"slow-task-sleeps"_s));
    QVERIFY(window.panel(u"thread"_s)->spinner()->isSpinning());
    // The worker waits at its step while the GUI thread has moved on: two units on two lines.
    QVERIFY(runner->waitingUnit());
    const ExecutionUnit worker = *runner->waitingUnit();
    QCOMPARE(worker.kind, UnitKind::WorkerThread);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->unitSteps().contains(UnitStep{worker, u"slow-task-sleeps"_s}), 5000);
    QVERIFY(viewer->unitSteps().contains(UnitStep{ExecutionUnit{UnitKind::GuiLoop, ThreadId::gui()}, u"start-slow-task"_s}));
    if (const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);
        window.grab().save(dir + u"/stepmode-thread.png"_s);
    }

    // F10 / the Step button lets the worker past one step.
    auto *stepButton = steps->findChild<QToolButton *>(u"stepButton"_s);
    QVERIFY(stepButton && stepButton->isEnabled());
    QTest::mouseClick(stepButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"result-ready"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->unitSteps().contains(UnitStep{worker, u"result-ready"_s}), 5000);
    while (runner->isRunning()) {
        QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingStep().isEmpty() || !runner->isRunning(), 10000);
        QTest::mouseClick(stepButton, Qt::LeftButton);
    }
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    steps->setStepMode(false);
}

// For people, not for the verdict: with LAB_SCREENSHOT_DIR set, saves the window with each spinner
// demo paused in step mode (the code viewer showing its units on their lines).
void TestStepMode::screenshotsOfEachDemoPaused()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set LAB_SCREENSHOT_DIR to save screenshots");
    QSettings().clear();
    MainWindow window(LabTest::registry());
    window.resize(1920, 1080);
    window.setSlowTaskDuration(100ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.docks()->stepPanel()->setStepMode(true);
    for (const DemoId &demo : LabTest::spinnerDemoIds()) {
        window.runDemo(demo);
        DemoRunner *runner = window.runner(demo);
        QVERIFY(stepUntil(runner, u"slow-task-sleeps"_s));
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + u"/stepmode-"_s + demo + u".png"_s));
        runner->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 5000);
    }
    window.docks()->stepPanel()->setStepMode(false);
}

LAB_TEST_MAIN(TestStepMode)
#include "tst_stepmode.moc"
