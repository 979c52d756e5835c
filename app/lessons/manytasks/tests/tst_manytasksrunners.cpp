// SPDX-License-Identifier: MIT
// Lesson 4's runners. Part A: one after the other takes two sleeps, both at once one; the eager start
// and waitFor()'s re-entrancy show in the output's order. Part B: N sleepers of each model all done;
// a cancel mid-run frees every unit (frames, threads, children) at once; a count beyond the machine's
// bound is refused with a message and starts nothing; CPython's figures arrive.
#include "labtest.h"

#include "awaitwaysrunner.h"
#include "coroutinesleepersrunner.h"
#include "processsleepersrunner.h"
#include "pythonscriptprocess.h"
#include "pythonsleepersrunner.h"
#include "pythonwaysrunner.h"
#include "sleeperslimits.h"
#include "sleepscheduler.h"
#include "threadsleepersrunner.h"
#include "trace.h"
#include "waitforrunner.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The threads of this process, from /proc (Linux).
int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// The children of this process that are still there (zombies included), from /proc (Linux).
QStringList childPids()
{
    QStringList pids;
    for (const QString &task : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(u"/proc/self/task/%1/children"_s.arg(task));
        if (children.open(QIODevice::ReadOnly))
            pids += QString::fromLatin1(children.readAll()).split(u' ', Qt::SkipEmptyParts);
    }
    return pids;
}

// The index of the first output line containing `text`, or -1.
qsizetype lineWith(const QStringList &lines, const QString &text)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i;
    }
    return -1;
}

bool runToEnd(DemoRunner &runner, int timeoutMs)
{
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    return finished.wait(timeoutMs) || finished.count() == 1;
}

} // namespace

class TestManyTasksRunners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sequentialTakesTwoSleepsConcurrentOne();
    void taskStartsEagerly();
    void waitForIsReentrant();
    void waitForCancels();
    void sleepersAllDone_data();
    void sleepersAllDone();
    void cancelFreesEveryUnit_data();
    void cancelFreesEveryUnit();
    void restartEndsThePreviousRun();
    void beyondTheBoundStartsNothing_data();
    void beyondTheBoundStartsNothing();
    void pythonSleepers_data();
    void pythonSleepers();
    void pythonWays();
};

void TestManyTasksRunners::sequentialTakesTwoSleepsConcurrentOne()
{
    AwaitWaysRunner sequential(AwaitWaysRunner::Way::Sequential, {300ms});
    AwaitWaysRunner concurrent(AwaitWaysRunner::Way::Concurrent, {300ms});
    QVERIFY(runToEnd(sequential, 10000));
    QVERIFY(runToEnd(concurrent, 10000));
    QCOMPARE(sequential.state(), DemoRunner::State::Done);
    QCOMPARE(concurrent.state(), DemoRunner::State::Done);
    // Never early: two whole sleeps, one whole sleep. Generous above: shared machines are slow.
    QVERIFY2(sequential.result()->sleeps() >= 2.0, qPrintable(describe(*sequential.result())));
    QVERIFY2(concurrent.result()->sleeps() >= 1.0, qPrintable(describe(*concurrent.result())));
    QVERIFY2(concurrent.result()->sleeps() < 1.9, qPrintable(describe(*concurrent.result())));
    QVERIFY(sequential.result()->elapsedNs > concurrent.result()->elapsedNs);
}

void TestManyTasksRunners::taskStartsEagerly()
{
    AwaitWaysRunner concurrent(AwaitWaysRunner::Way::Concurrent, {100ms});
    QVERIFY(runToEnd(concurrent, 10000));
    const QStringList lines = concurrent.result()->lines;
    // slow(A)'s body ran before the call returned, and B's before main awaited anything.
    const qsizetype calls = lineWith(lines, u"main: calls slow(A)"_s);
    const qsizetype bodyA = lineWith(lines, u"A: its body starts"_s);
    const qsizetype returned = lineWith(lines, u"slow(A) returned its task"_s);
    const qsizetype bodyB = lineWith(lines, u"B: its body starts"_s);
    const qsizetype awaits = lineWith(lines, u"main awaits them"_s);
    const qsizetype doneA = lineWith(lines, u"A: done sleeping"_s);
    QVERIFY2(calls >= 0 && calls < bodyA && bodyA < returned && returned < bodyB && bodyB < awaits && awaits < doneA,
             qPrintable(lines.join(u'\n')));
    // One after the other: B starts only after A is done.
    AwaitWaysRunner sequential(AwaitWaysRunner::Way::Sequential, {100ms});
    QVERIFY(runToEnd(sequential, 10000));
    const QStringList ordered = sequential.result()->lines;
    QVERIFY2(lineWith(ordered, u"A: done sleeping"_s) < lineWith(ordered, u"B: its body starts"_s), qPrintable(ordered.join(u'\n')));
}

void TestManyTasksRunners::waitForIsReentrant()
{
    WaitForRunner runner({400ms});
    QVERIFY(runToEnd(runner, 10000));
    QCOMPARE(runner.state(), DemoRunner::State::Done);
    const QStringList lines = runner.result()->lines;
    const qsizetype timer = lineWith(lines, u"fired INSIDE waitFor()"_s);
    const qsizetype returned = lineWith(lines, u"waitFor() returned"_s);
    QVERIFY2(timer >= 0 && timer < returned, qPrintable(lines.join(u'\n')));
    QCOMPARE(runner.result()->timerFiredInside, std::optional(true));
    // The nested loop kept turning: the 10 ms ticker ran many times inside the call.
    QVERIFY2(runner.result()->eventsInside.value_or(0) >= 5, qPrintable(QString::number(runner.result()->eventsInside.value_or(0))));
    QVERIFY(!runner.isInsideWaitFor());
}

void TestManyTasksRunners::waitForCancels()
{
    WaitForRunner runner({5000ms});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    // A cancel handled inside the nested loop ends the coroutine, so waitFor() returns at once.
    QTimer::singleShot(300, &runner, &DemoRunner::cancel);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
    QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!runner.isInsideWaitFor());
}

void TestManyTasksRunners::sleepersAllDone_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("count");
    QTest::newRow("coroutines") << int(SleepersModel::Coroutines) << 20'000;
    QTest::newRow("threads") << int(SleepersModel::Threads) << 300;
    QTest::newRow("processes") << int(SleepersModel::Processes) << 6;
}

std::unique_ptr<SleepersRunner> makeSleepers(SleepersModel model, SleepersParameters parameters)
{
    switch (model) {
    case SleepersModel::Coroutines: return std::make_unique<CoroutineSleepersRunner>(parameters);
    case SleepersModel::Threads: return std::make_unique<ThreadSleepersRunner>(parameters);
    case SleepersModel::Processes: return std::make_unique<ProcessSleepersRunner>(parameters);
    }
    return {};
}

void TestManyTasksRunners::sleepersAllDone()
{
    QFETCH(int, model);
    QFETCH(int, count);
    const int threadsBefore = threadCount();
    auto runner = makeSleepers(SleepersModel(model), {count, 300ms});
    Trace trace;
    runner->setTrace(&trace);
    QVERIFY(runToEnd(*runner, 60000));
    QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
    const SleepersResult &result = *runner->result();
    QCOMPARE(result.count, count);
    QCOMPARE(result.done, count);
    QVERIFY(result.peakAlive >= 1 && result.peakAlive <= count);
    QVERIFY2(result.beyondSleepNs() >= 0, qPrintable(describe(result)));   // none woke early
    QVERIFY(result.launchNs >= 0 && result.launchNs <= result.wallNs);
    QVERIFY(result.peakRssBytes > 0);
    QCOMPARE(result.childrenPssBytes.has_value(), SleepersModel(model) == SleepersModel::Processes);
    const SleepersRunner::Progress p = runner->progress();
    QCOMPARE(p.started, count);
    QCOMPARE(p.done, count);
    QCOMPARE(p.alive, 0);
    QVERIFY(!runner->aliveOverTime().isEmpty());
    QVERIFY(runner->aliveOverTime().size() <= SleepersRunner::maxAliveSamples);
    // The timeline stays bounded: a handful of lanes' events, not one per unit; and every lane that
    // started ends (a lane left open would stay "awaiting" on the timeline for ever).
    QVERIFY2(trace.size() < 60, qPrintable(QString::number(trace.size())));
    QSet<qint64> open;
    for (const TraceEvent &event : trace.events()) {
        if (event.kind == TraceEventKind::Started)
            open.insert(qint64(event.unit) << 48 ^ event.unitId);
        if (event.kind == TraceEventKind::Result)
            open.remove(qint64(event.unit) << 48 ^ event.unitId);
    }
    QVERIFY2(open.isEmpty(), qPrintable(QString::number(open.size()) + u" lanes never ended"_s));
    QTRY_COMPARE(threadCount(), threadsBefore);   // every thread joined
    QTRY_VERIFY(childPids().isEmpty());           // every child reaped
    QCOMPARE(lab::SleepScheduler::forCurrentThread()->sleeping(), size_t(0));
}

void TestManyTasksRunners::cancelFreesEveryUnit_data()
{
    sleepersAllDone_data();
}

void TestManyTasksRunners::cancelFreesEveryUnit()
{
    QFETCH(int, model);
    QFETCH(int, count);
    const int threadsBefore = threadCount();
    auto runner = makeSleepers(SleepersModel(model), {count, 30s});
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(runner->progress().started == count, 30000);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    const SleepersRunner::Progress p = runner->progress();
    QCOMPARE(p.alive, 0);
    QCOMPARE(p.done, 0);
    QCOMPARE(lab::SleepScheduler::forCurrentThread()->sleeping(), size_t(0));   // every frame resumed and freed
    QTRY_COMPARE(threadCount(), threadsBefore);
    QTRY_VERIFY(childPids().isEmpty());
}

void TestManyTasksRunners::restartEndsThePreviousRun()
{
    CoroutineSleepersRunner runner({5000, 30s});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    QTRY_COMPARE(runner.progress().started, 5000);
    runner.setParameters({100, 200ms});
    runner.start();   // the first run's 5000 sleepers end now; only the new run's wait
    QCOMPARE(lab::SleepScheduler::forCurrentThread()->sleeping(), size_t(100));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);   // the superseded run reports nothing
    QCOMPARE(runner.state(), DemoRunner::State::Done);
    QCOMPARE(runner.result()->done, 100);
}

void TestManyTasksRunners::beyondTheBoundStartsNothing_data()
{
    QTest::addColumn<int>("model");
    QTest::newRow("coroutines") << int(SleepersModel::Coroutines);
    QTest::newRow("threads") << int(SleepersModel::Threads);
    QTest::newRow("processes") << int(SleepersModel::Processes);
}

void TestManyTasksRunners::beyondTheBoundStartsNothing()
{
    QFETCH(int, model);
    const int bound = SleepersLimits::bound(SleepersModel(model)).count;
    QVERIFY(bound >= 1 && bound <= SleepersModels::designBound(SleepersModel(model)));
    QVERIFY(SleepersLimits::refusal(SleepersModel(model), bound).isEmpty());
    const int threadsBefore = threadCount();
    auto runner = makeSleepers(SleepersModel(model), {bound + 1, 1000ms});
    QVERIFY(runToEnd(*runner, 5000));
    QCOMPARE(runner->state(), DemoRunner::State::Failed);
    QVERIFY2(runner->errorString().contains(QString::number(bound + 1)), qPrintable(runner->errorString()));
    QVERIFY2(runner->errorString().contains(u"at most"_s), qPrintable(runner->errorString()));
    QCOMPARE(runner->progress().started, 0);
    QCOMPARE(threadCount(), threadsBefore);
    QVERIFY(childPids().isEmpty());
}

void TestManyTasksRunners::pythonSleepers_data()
{
    sleepersAllDone_data();
}

void TestManyTasksRunners::pythonSleepers()
{
    if (PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not installed");
    QFETCH(int, model);
    QFETCH(int, count);
    PythonSleepersRunner runner(u"many-python-test"_s, SleepersModel(model), {count, 300ms});
    QVERIFY(runToEnd(runner, 60000));
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    const SleepersResult &result = *runner.result();
    QVERIFY(result.python);
    QCOMPARE(result.count, count);
    QCOMPARE(result.done, count);
    QVERIFY2(result.beyondSleepNs() >= 0, qPrintable(describe(result)));
    QVERIFY(result.peakRssBytes > 0);
    QCOMPARE(result.childrenPssBytes.has_value(), SleepersModel(model) == SleepersModel::Processes);
    QTRY_VERIFY(childPids().isEmpty());
}

void TestManyTasksRunners::pythonWays()
{
    if (PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not installed");
    PythonWaysRunner runner({100ms});
    QVERIFY(runToEnd(runner, 30000));
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    const WaysResult &result = *runner.result();
    QCOMPARE(result.pythonSeconds.size(), 3);
    QVERIFY2(result.pythonError.contains(u"RuntimeError"_s), qPrintable(result.lines.join(u'\n')));
    // Python is lazy: main's line after create_task() comes before the task's body runs.
    const qsizetype scheduled = lineWith(result.lines, u"create_task"_s);
    const qsizetype bodyA = lineWith(result.lines, u"[concurrent] A:"_s);
    QVERIFY2(scheduled >= 0 && bodyA > scheduled, qPrintable(result.lines.join(u'\n')));
}

LAB_TEST_MAIN(TestManyTasksRunners)
#include "tst_manytasksrunners.moc"
