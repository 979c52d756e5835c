// SPDX-License-Identifier: MIT
// Step mode: each execution unit stops at every step until Step; one Step is one step; Cancel works
// while paused; Continue runs to the end; the code viewer follows the units.
#include "labtest.h"

#include "codeviewer.h"
#include "labdocks.h"
#include "mainwindow.h"
#include "processrunner.h"
#include "runnerfactory.h"
#include "steppanel.h"
#include "threadid.h"

#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>

#include <csignal>
#include <cerrno>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(DemoKind)

namespace {

// The steps the unit itself passed (not the GUI thread's), in order.
QStringList unitSteps(const Trace &trace)
{
    QStringList steps;
    for (const TraceEvent &event : trace.events()) {
        if (event.kind == TraceEventKind::Step && event.unit != UnitKind::GuiLoop)
            steps << event.detail;
    }
    return steps;
}

} // namespace

class TestStepMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachKind_data();
    void eachStepAdvancesExactlyOneStep_data() { eachKind_data(); }
    void eachStepAdvancesExactlyOneStep();
    void cancelWhilePausedEndsCleanly_data() { eachKind_data(); }
    void cancelWhilePausedEndsCleanly();
    void continueRunsToTheEnd_data() { eachKind_data(); }
    void continueRunsToTheEnd();
    void viewerFollowsTheUnitsAndStepButtonSteps();
    void screenshotsOfEachDemoPaused();
};

void TestStepMode::eachKind_data()
{
    QTest::addColumn<DemoKind>("kind");
    QTest::addColumn<QStringList>("steps");   // where the unit stops, in order
    const QStringList slowTask{u"slow-task-sleeps"_s, u"result-ready"_s};
    QTest::newRow("thread") << DemoKind::Thread << slowTask;
    QTest::newRow("process") << DemoKind::Process << slowTask;
    QTest::newRow("coroutine") << DemoKind::Coroutine
                               << QStringList{u"start-slow-task"_s, u"slow-task-sleeps"_s, u"result-ready"_s, u"join"_s};
}

void TestStepMode::eachStepAdvancesExactlyOneStep()
{
    QFETCH(DemoKind, kind);
    QFETCH(QStringList, steps);
    Trace trace;
    auto runner = RunnerFactory::make(kind);
    runner->setTrace(&trace);
    runner->setStepMode(true);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start(100ms);

    for (qsizetype i = 0; i < steps.size(); ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), steps[i], 10000);
        QVERIFY(!runner->waitingUnit().isEmpty());
        // Paused: given time (more than the whole slow task), the unit does not move on by itself.
        QTest::qWait(250);
        QCOMPARE(runner->waitingStep(), steps[i]);
        QCOMPARE(unitSteps(trace), steps.mid(0, i + 1));
        QCOMPARE(runner->state(), DemoRunner::State::Running);
        runner->stepOnce();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    QCOMPARE(runner->answer(), std::optional<int>(42));
    QCOMPARE(unitSteps(trace), steps);   // no step was skipped, none passed twice
}

void TestStepMode::cancelWhilePausedEndsCleanly()
{
    QFETCH(DemoKind, kind);
    QFETCH(QStringList, steps);
    auto runner = RunnerFactory::make(kind);
    runner->setStepMode(true);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start(100ms);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), steps.first(), 10000);
    const qint64 pid = kind == DemoKind::Process ? static_cast<ProcessRunner *>(runner.get())->childPid() : 0;
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QVERIFY(runner->waitingStep().isEmpty());
    if (pid > 0)
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) == -1 && errno == ESRCH, 3000);
}

void TestStepMode::continueRunsToTheEnd()
{
    QFETCH(DemoKind, kind);
    QFETCH(QStringList, steps);
    auto runner = RunnerFactory::make(kind);
    runner->setStepMode(true);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start(100ms);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), steps.first(), 10000);
    runner->continueToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner->answer(), std::optional<int>(42));
    // Step mode stays on for the next run.
    runner->start(100ms);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), steps.first(), 10000);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 3000);
}

void TestStepMode::viewerFollowsTheUnitsAndStepButtonSteps()
{
    QSettings().clear();
    MainWindow window;
    window.setSlowTaskDuration(100ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StepPanel *steps = window.docks()->stepPanel();
    CodeViewer *viewer = window.docks()->codeViewer();
    steps->setStepMode(true);

    window.runDemo(DemoKind::Thread);
    DemoRunner *runner = window.runner(DemoKind::Thread);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"slow-task-sleeps"_s, 10000);
    // The worker waits at its step while the GUI thread has moved on: two units on two lines.
    const QString worker = runner->waitingUnit();
    QTRY_VERIFY_WITH_TIMEOUT(viewer->unitSteps().contains(UnitStep{worker, u"slow-task-sleeps"_s}), 5000);
    QVERIFY(viewer->unitSteps().contains(UnitStep{DemoRunner::unitLabel(UnitKind::GuiLoop, ThreadId::gui()), u"start-slow-task"_s}));
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
    QTest::mouseClick(stepButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 10000);
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
    MainWindow window;
    window.resize(1920, 1080);
    window.setSlowTaskDuration(100ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.docks()->stepPanel()->setStepMode(true);
    for (DemoKind kind : spinnerDemoKinds) {
        window.runDemo(kind);
        DemoRunner *runner = window.runner(kind);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingStep().isEmpty(), 10000);
        if (runner->waitingStep() == u"start-slow-task"_s)   // the coroutine's first step
            runner->stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"slow-task-sleeps"_s, 10000);
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + u"/stepmode-"_s + DemoKinds::id(kind) + u".png"_s));
        runner->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 5000);
    }
    window.docks()->stepPanel()->setStepMode(false);
}

LAB_TEST_MAIN(TestStepMode)
#include "tst_stepmode.moc"
