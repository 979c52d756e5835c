// SPDX-License-Identifier: MIT
// Lesson 5's counters on threads and coroutines. With a lock or an atomic, never a lost update;
// coroutines without an await inside the increment never lose one, with one they lose exactly
// (N - 1) x M (one thread: the interleaving is deterministic); in step mode two threads lose an
// update by hand; a cancel or a new run ends every unit of the old one.
#include "labtest.h"

#include "coroutinecounterrunner.h"
#include "threadcounterrunner.h"
#include "trace.h"

#include <QDir>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace {

// The threads of this process, from /proc (Linux).
int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// Runs `runner` to its end; its result, or nullopt when it did not finish with one.
std::optional<CounterResult> runToEnd(CounterRunner &runner, const CounterParameters &parameters)
{
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start(parameters);
    if (!finished.wait(120'000) && finished.count() == 0)
        return std::nullopt;
    if (runner.state() != DemoRunner::State::Done)
        return std::nullopt;
    return runner.result();
}

// Waits until `unit` of `runner` waits at a step; that step, or empty after the timeout.
QString stepOf(const DemoRunner &runner, const ExecutionUnit &unit)
{
    QString step;
    // The step, or empty after the timeout: the caller's comparison reports which.
    [[maybe_unused]] const bool reached = QTest::qWaitFor([&] {
        for (const DemoRunner::WaitingUnit &waiting : runner.waitingUnits()) {
            if (waiting.unit == unit)
                step = waiting.step;
        }
        return !step.isEmpty();
    }, 10'000);
    return step;
}

} // namespace

class TestSharedStateRunners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lockedThreadsNeverLose_data();
    void lockedThreadsNeverLose();
    void unlockedThreadsShowAFigure();
    void longCriticalSectionSerializes();
    void coroutinesWithoutAwaitNeverLose_data();
    void coroutinesWithoutAwaitNeverLose();
    void coroutinesAwaitingInsideLoseExactly();
    void stepModeLosesAnUpdateByHand();
    void cancelEndsEveryThread();
    void cancelEndsTheCoroutines();
    void restartEndsThePreviousRun();
    void cancelAtJoinInStepMode_data();
    void cancelAtJoinInStepMode();
};

void TestSharedStateRunners::lockedThreadsNeverLose_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("mutex") << int(ThreadCounterRunner::Variant::Mutex);
    QTest::newRow("atomic") << int(ThreadCounterRunner::Variant::Atomic);
}

void TestSharedStateRunners::lockedThreadsNeverLose()
{
    QFETCH(int, variant);
    ThreadCounterRunner runner(u"counter-test"_s, ThreadCounterRunner::Variant(variant), {});
    for (int run = 0; run < 5; ++run) {
        const auto result = runToEnd(runner, {4, 20'000, false});
        QVERIFY2(result, qPrintable(runner.errorString()));
        QCOMPARE(result->expected(), 80'000);
        QCOMPARE(result->total, 80'000);
        QCOMPARE(result->lost(), 0);
        QVERIFY(result->elapsedNs > 0);
    }
}

// The unsafe variant's losses are whatever the machine makes of it: a figure, not an assertion. Only
// what holds on any machine is checked: some write landed, and no increment counted twice. (Not even
// M is a floor: a thread that read long ago may write a small value last.)
void TestSharedStateRunners::unlockedThreadsShowAFigure()
{
    ThreadCounterRunner runner(u"counter-test"_s, ThreadCounterRunner::Variant::Unlocked, {});
    for (const bool widen : {false, true}) {
        const auto result = runToEnd(runner, {4, 100'000, widen});
        QVERIFY(result);
        QCOMPARE(result->expected(), 400'000);
        QVERIFY(result->total >= 1 && result->total <= 400'000);
        qInfo("without a lock%s: %lld of %lld (%lld lost)", widen ? ", yielding between read and write" : "",
              result->total, result->expected(), result->lost());
    }
}

void TestSharedStateRunners::longCriticalSectionSerializes()
{
    ThreadCounterRunner runner(u"counter-test"_s, ThreadCounterRunner::Variant::LongCriticalSection, {});
    const auto result = runToEnd(runner, {4, 5000, false});
    QVERIFY(result);
    const int each = CounterParameters::longSectionIncrements(5000);
    QCOMPARE(result->increments, 2 * each);
    QCOMPARE(result->lost(), 0);
    QVERIFY(result->outsideElapsedNs && result->insideParallelism && result->outsideParallelism);
    // Inside the lock one thread computes at a time: never more than one at once on average (a
    // bound that holds on any machine; the figure outside depends on its cores).
    QVERIFY2(*result->insideParallelism <= 1.05, qPrintable(QString::number(*result->insideParallelism)));
    qInfo("work inside the lock: %.1f at a time; outside: %.1f", *result->insideParallelism, *result->outsideParallelism);
}

void TestSharedStateRunners::coroutinesWithoutAwaitNeverLose_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("no await inside") << int(CoroutineCounterRunner::Variant::WithoutAwait);
    QTest::newRow("await under the lock") << int(CoroutineCounterRunner::Variant::AwaitUnderLock);
}

void TestSharedStateRunners::coroutinesWithoutAwaitNeverLose()
{
    QFETCH(int, variant);
    CoroutineCounterRunner runner(u"counter-test"_s, CoroutineCounterRunner::Variant(variant), {});
    for (int run = 0; run < 3; ++run) {
        const auto result = runToEnd(runner, {5, 300, false});
        QVERIFY(result);
        QCOMPARE(result->total, 1500);
        QCOMPARE(result->lost(), 0);
    }
}

// One thread: every round, each coroutine reads the same value before any writes. Exactly M of N x M.
void TestSharedStateRunners::coroutinesAwaitingInsideLoseExactly()
{
    CoroutineCounterRunner runner(u"counter-test"_s, CoroutineCounterRunner::Variant::AwaitInside, {});
    for (const auto &[units, increments] : {std::pair{2, 100}, std::pair{3, 50}, std::pair{7, 1000}}) {
        const auto result = runToEnd(runner, {units, increments, false});
        QVERIFY(result);
        QCOMPARE(result->total, increments);
        QCOMPARE(result->lost(), qint64(units - 1) * increments);
    }
}

// The lesson's exercise: thread A reads; thread B reads, adds and writes; A adds and writes what it
// read plus one. Two increments, a counter of 1.
void TestSharedStateRunners::stepModeLosesAnUpdateByHand()
{
    Trace trace;
    ThreadCounterRunner runner(u"counter-test"_s, ThreadCounterRunner::Variant::Unlocked, {});
    runner.setTrace(&trace);
    runner.setStepMode(true);
    runner.start({2, 1, false});
    const ExecutionUnit gui{UnitKind::GuiLoop, ThreadId::gui()};
    QCOMPARE(stepOf(runner, gui), u"start-units"_s);
    runner.stepOnce(gui);
    // Both threads wait before their read.
    QTRY_COMPARE_WITH_TIMEOUT(runner.waitingUnits().size(), 2, 10'000);
    const ExecutionUnit a = runner.waitingUnits().at(0).unit;
    const ExecutionUnit b = runner.waitingUnits().at(1).unit;
    QCOMPARE(a.kind, UnitKind::WorkerThread);
    QCOMPARE(b.kind, UnitKind::WorkerThread);
    QCOMPARE(stepOf(runner, a), u"read"_s);
    QCOMPARE(stepOf(runner, b), u"read"_s);

    runner.stepOnce(a);   // A reads 0
    QCOMPARE(stepOf(runner, a), u"add"_s);
    for (const QString &next : {u"add"_s, u"write"_s}) {   // B reads 0, adds one...
        runner.stepOnce(b);
        QCOMPARE(stepOf(runner, b), next);
    }
    runner.stepOnce(b);   // ... and writes 1
    QCOMPARE(stepOf(runner, a), u"add"_s);   // A has not moved meanwhile
    runner.stepOnce(a);   // A adds one to the 0 it read...
    QCOMPARE(stepOf(runner, a), u"write"_s);
    runner.stepOnce(a);   // ... and writes 1: B's update is lost
    // The GUI thread's steps: join, then report.
    QCOMPARE(stepOf(runner, gui), u"join"_s);
    runner.stepOnce(gui);
    QCOMPARE(stepOf(runner, gui), u"report"_s);
    runner.stepOnce(gui);
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(), DemoRunner::State::Done, 10'000);
    QCOMPARE(runner.result()->total, 1);
    QCOMPARE(runner.result()->lost(), 1);
    QVERIFY(runner.resultText().contains(u"1 lost"_s));
    QVERIFY(runner.resultText().contains(u"stepped by hand"_s));   // no time per increment: it timed the user
}

void TestSharedStateRunners::cancelEndsEveryThread()
{
    const int before = threadCount();
    ThreadCounterRunner runner(u"counter-test"_s, ThreadCounterRunner::Variant::Mutex, {});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({8, CounterParameters::mostIncrements, false});
    QTRY_VERIFY_WITH_TIMEOUT(runner.executor().has_value(), 10'000);
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner.hasResult());
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), before, 10'000);
}

void TestSharedStateRunners::cancelEndsTheCoroutines()
{
    CoroutineCounterRunner runner(u"counter-test"_s, CoroutineCounterRunner::Variant::AwaitUnderLock, {});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({6, CounterParameters::mostIncrements, false});
    QTest::qWait(100);   // they are counting, a turn of the event loop at a time
    QVERIFY(runner.isRunning());
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
}

void TestSharedStateRunners::restartEndsThePreviousRun()
{
    const int before = threadCount();
    ThreadCounterRunner runner(u"counter-test"_s, ThreadCounterRunner::Variant::Atomic, {});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({4, CounterParameters::mostIncrements, false});
    QTRY_VERIFY_WITH_TIMEOUT(runner.executor().has_value(), 10'000);
    runner.start({2, 1000, false});   // the first run's threads are cancelled and joined
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(), DemoRunner::State::Done, 30'000);
    QCOMPARE(runner.result()->total, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), before, 10'000);
}

void TestSharedStateRunners::cancelAtJoinInStepMode_data()
{
    QTest::addColumn<bool>("threads");
    QTest::newRow("threads") << true;
    QTest::newRow("coroutines") << false;
}

// Every unit has ended and the run waits at its join step (step mode): Cancel still ends it.
void TestSharedStateRunners::cancelAtJoinInStepMode()
{
    QFETCH(bool, threads);
    std::unique_ptr<CounterRunner> runner;
    if (threads)
        runner = std::make_unique<ThreadCounterRunner>(u"counter-test"_s, ThreadCounterRunner::Variant::Atomic, CounterParameters{});
    else
        runner = std::make_unique<CoroutineCounterRunner>(u"counter-test"_s, CoroutineCounterRunner::Variant::WithoutAwait, CounterParameters{});
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->setStepMode(true);
    runner->start({1, 1, false});
    for (int steps = 0; steps < 20 && runner->waitingStep() != u"join"_s; ++steps) {
        QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingStep().isEmpty(), 10'000);
        if (runner->waitingStep() != u"join"_s)
            runner->stepOnce();
    }
    QCOMPARE(runner->waitingStep(), u"join"_s);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
}

LAB_TEST_MAIN(TestSharedStateRunners)
#include "tst_sharedstaterunners.moc"
