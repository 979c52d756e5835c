// SPDX-License-Identifier: MIT
// Every mode of lesson 3, C++ and CPython: the same nine primes, the units it promises, a cancel that
// leaves nothing behind (no thread, child or grandchild, no late result), and a child that dies
// mid-run failing the run with a clear message.
#include "labtest.h"

#include "guiprimesrunner.h"
#include "processgroup.h"
#include "processprimesrunner.h"
#include "pythonprimesrunner.h"
#include "pythonscriptprocess.h"
#include "threadprimesrunner.h"
#include "trace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>

#include <cerrno>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {

// A zombie waiting for init to reap it (the orphaned workers of a killed script) runs nothing.
bool processExists(qint64 pid)
{
    return ProcessGroup::isRunning(pid);
}

bool groupExists(qint64 group)
{
    return ProcessGroup::hasRunningMembers(group);
}

// The threads of this process, from /proc (Linux): a run that cancelled must leave none behind.
int threadCount()
{
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

enum class Mode { Gui, OneThread, Concurrent, Processes, Gil, PythonSequential, PythonThreads, PythonProcesses };

std::unique_ptr<PrimesRunner> makeRunner(Mode mode, const PrimesParameters &p)
{
    switch (mode) {
    case Mode::Gui: return std::make_unique<GuiPrimesRunner>(p);
    case Mode::OneThread: return std::make_unique<ThreadPrimesRunner>(u"primes-thread"_s, ThreadPrimesRunner::Mode::OneThread, p);
    case Mode::Concurrent:
        return std::make_unique<ThreadPrimesRunner>(u"primes-concurrent"_s, ThreadPrimesRunner::Mode::QtConcurrent, p);
    case Mode::Processes: return std::make_unique<ProcessPrimesRunner>(p);
    case Mode::Gil: return std::make_unique<ThreadPrimesRunner>(u"primes-gil"_s, ThreadPrimesRunner::Mode::SimulatedGil, p);
    case Mode::PythonSequential:
        return std::make_unique<PythonPrimesRunner>(u"primes-python-sequential"_s, PythonPrimesRunner::Script::Sequential, p);
    case Mode::PythonThreads:
        return std::make_unique<PythonPrimesRunner>(u"primes-python-threads"_s, PythonPrimesRunner::Script::Threads, p);
    case Mode::PythonProcesses:
        return std::make_unique<PythonPrimesRunner>(u"primes-python-processes"_s, PythonPrimesRunner::Script::Processes, p);
    }
    return {};
}

bool isPython(Mode mode)
{
    return mode == Mode::PythonSequential || mode == Mode::PythonThreads || mode == Mode::PythonProcesses;
}

const QList<std::pair<const char *, Mode>> cppModes{{"gui", Mode::Gui},
                                                    {"one-thread", Mode::OneThread},
                                                    {"concurrent", Mode::Concurrent},
                                                    {"processes", Mode::Processes},
                                                    {"gil", Mode::Gil}};
const QList<std::pair<const char *, Mode>> pythonModes{{"python-sequential", Mode::PythonSequential},
                                                       {"python-threads", Mode::PythonThreads},
                                                       {"python-processes", Mode::PythonProcesses}};

QSet<quint64> primesIn(const PrimesResult &result)
{
    QSet<quint64> primes;
    for (const PrimeCheck &check : result.checks) {
        if (check.prime)
            primes.insert(check.number);
    }
    return primes;
}

QSet<quint64> expectedPrimes(PrimeNumbers::NumberSet set)
{
    QSet<quint64> primes;
    for (quint64 n : PrimeNumbers::numbers(set)) {
        if (*PrimeNumbers::isPrime(n, [] { return true; }))
            primes.insert(n);
    }
    return primes;
}

} // namespace

Q_DECLARE_METATYPE(Mode)

class TestPrimesRunners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findsTheNinePrimes_data();
    void findsTheNinePrimes();
    void workerCounts_data();
    void workerCounts();
    void cancelLeavesNothingBehind_data();
    void cancelLeavesNothingBehind();
    void destroyingMidRunLeavesNothingBehind();
    void childDyingMidRunFailsTheRun();
    void workerThatCannotStartFailsTheRun();
    void pythonNotFound();
    void pythonWorkerDyingFailsTheRun();
    void parametersChangedMidRunApplyToTheNextRun();
    void gilCountsItsHandOffs();
    void oneCorePinsEveryWorker_data();
    void oneCorePinsEveryWorker();
};

void TestPrimesRunners::initTestCase()
{
    qRegisterMetaType<Mode>();
}

void TestPrimesRunners::findsTheNinePrimes_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("set");
    // The book's numbers in C++ (about a second each); CPython on the quick set (tst_primeslong runs
    // it on the book's numbers, tens of seconds each).
    for (const auto &[name, mode] : cppModes) {
        QTest::addRow("%s book", name) << mode << int(PrimeNumbers::NumberSet::Book);
        QTest::addRow("%s quick", name) << mode << int(PrimeNumbers::NumberSet::Quick);
    }
    for (const auto &[name, mode] : pythonModes)
        QTest::addRow("%s quick", name) << mode << int(PrimeNumbers::NumberSet::Quick);
}

void TestPrimesRunners::findsTheNinePrimes()
{
    QFETCH(Mode, mode);
    QFETCH(int, set);
    if (isPython(mode) && PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not on PATH: the CPython modes cannot run here");
    const auto numbers = PrimeNumbers::NumberSet(set);
    Trace trace;
    auto runner = makeRunner(mode, {numbers, 2, false});
    runner->setTrace(&trace);
    QSignalSpy checked(runner.get(), &PrimesRunner::checked);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
    const PrimesResult &result = *runner->result();
    QCOMPARE(result.checks.size(), 20);
    QCOMPARE(checked.count(), 20);                      // each shown live, once
    QCOMPARE(primesIn(result), expectedPrimes(numbers));
    QCOMPARE(result.primeCount(), PrimeNumbers::primesPerSet);
    QSet<int> indexes;
    for (const PrimeCheck &check : result.checks) {
        indexes.insert(check.index);
        QCOMPARE(check.number, PrimeNumbers::numbers(numbers).at(check.index));
        QVERIFY(check.nanoseconds >= 0);
        QVERIFY(check.unit.id > 0);
    }
    QCOMPARE(indexes.size(), 20);                       // every number once
    QVERIFY(result.totalNs > 0);
    const QString which = numbers == PrimeNumbers::NumberSet::Book ? u"the book's"_s : u"quick"_s;
    QVERIFY2(runner->resultText().startsWith(u"9 primes of 20 (%1) in "_s.arg(which)), qPrintable(runner->resultText()));
}

void TestPrimesRunners::workerCounts_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("workers");
    for (const auto &[name, mode] : cppModes) {
        QTest::addRow("%s 1", name) << mode << 1;
        QTest::addRow("%s 2 x cores", name) << mode << PrimesParameters::maximumWorkers();
    }
    QTest::addRow("python-threads 2 x cores") << Mode::PythonThreads << PrimesParameters::maximumWorkers();
    QTest::addRow("python-processes 2 x cores") << Mode::PythonProcesses << PrimesParameters::maximumWorkers();
}

// The units that checked the numbers are the ones the mode promises: the GUI thread, one thread, or
// at most N workers of the right kind, none of them the GUI thread.
void TestPrimesRunners::workerCounts()
{
    QFETCH(Mode, mode);
    QFETCH(int, workers);
    if (isPython(mode) && PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not on PATH: the CPython modes cannot run here");
    auto runner = makeRunner(mode, {PrimeNumbers::NumberSet::Quick, workers, false});
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
    const PrimesResult &result = *runner->result();
    QCOMPARE(result.primeCount(), PrimeNumbers::primesPerSet);
    QSet<ExecutionUnit> units;
    for (const PrimeCheck &check : result.checks)
        units.insert(check.unit);
    const int allowed = mode == Mode::Gui || mode == Mode::OneThread ? 1 : workers;
    QVERIFY2(units.size() >= 1 && units.size() <= allowed, qPrintable(QString::number(units.size())));
    const UnitKind kind = mode == Mode::Gui                                                      ? UnitKind::GuiLoop
                        : mode == Mode::Processes || mode == Mode::PythonProcesses ? UnitKind::ChildProcess
                                                                                   : UnitKind::WorkerThread;
    for (const ExecutionUnit &unit : std::as_const(units)) {
        QCOMPARE(unit.kind, kind);
        if (kind != UnitKind::GuiLoop)
            QVERIFY(unit.id != QCoreApplication::applicationPid());
    }
    QCOMPARE(result.workers, allowed);
}

void TestPrimesRunners::cancelLeavesNothingBehind_data()
{
    QTest::addColumn<Mode>("mode");
    for (const auto &[name, mode] : cppModes) {
        if (mode != Mode::Gui)   // it holds the loop: nothing can cancel it mid-check (its own test below)
            QTest::addRow("%s", name) << mode;
    }
    for (const auto &[name, mode] : pythonModes)
        QTest::addRow("%s", name) << mode;
}

void TestPrimesRunners::cancelLeavesNothingBehind()
{
    QFETCH(Mode, mode);
    if (isPython(mode) && PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not on PATH: the CPython modes cannot run here");
    const int threadsBefore = threadCount();
    // The book's numbers: long enough to be mid-run when the first result is in.
    auto runner = makeRunner(mode, {PrimeNumbers::NumberSet::Book, 2, false});
    QSignalSpy checked(runner.get(), &PrimesRunner::checked);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    QSet<qint64> children;
    connect(runner.get(), &PrimesRunner::checked, this, [&children](const PrimeCheck &check) {
        if (check.unit.kind == UnitKind::ChildProcess)
            children.insert(check.unit.id);
    });
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(runner->executor().has_value(), 10000);
    const qint64 executor = runner->executor()->id;   // the Python interpreter, for the CPython modes
    if (isPython(mode) || mode == Mode::Processes)
        children.insert(executor);
    QElapsedTimer cancelling;
    connect(runner.get(), &DemoRunner::finished, this, [&cancelling] {
        // A figure for the README and the benchmark, not an assertion (shared machines are noisy).
        qInfo("cancel confirmed after %.1f ms", cancelling.nsecsElapsed() / 1e6);
    });
    cancelling.start();
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner->hasResult());
    const qsizetype shown = checked.count();
    // No late result: whatever a unit finished after the cancel is dropped.
    QTest::qWait(300);
    QCOMPARE(checked.count(), shown);
    QCOMPARE(runner->checks().size(), shown);
    // Nothing left: every worker thread joined, every child and grandchild gone, and the Python
    // process group (its PID) empty.
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), threadsBefore, 5000);
    for (qint64 pid : std::as_const(children)) {
        QVERIFY2(!processExists(pid), qPrintable(QString::number(pid)));
        if (isPython(mode))
            QVERIFY2(!groupExists(executor), "a process of the Python run's group is still alive");
    }
}

// Quitting mid-run (the runner goes with the window): no thread, child or grandchild left, and no
// Qt warning (LAB_TEST_MAIN fails on any).
void TestPrimesRunners::destroyingMidRunLeavesNothingBehind()
{
    const int threadsBefore = threadCount();
    QList<qint64> pids;
    for (Mode mode : {Mode::Concurrent, Mode::Gil, Mode::Processes, Mode::PythonProcesses}) {
        if (isPython(mode) && PythonScriptProcess::interpreter().isEmpty())
            continue;
        auto runner = makeRunner(mode, {PrimeNumbers::NumberSet::Book, 2, false});
        QSignalSpy checked(runner.get(), &PrimesRunner::checked);
        runner->start();
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 60000);
        if (runner->executor() && runner->executor()->kind == UnitKind::ChildProcess)
            pids << runner->executor()->id;
        for (const QList<QVariant> &arguments : std::as_const(checked)) {
            const auto check = arguments.constFirst().value<PrimeCheck>();
            if (check.unit.kind == UnitKind::ChildProcess)
                pids << check.unit.id;
        }
        runner.reset();
    }
    QTRY_COMPARE_WITH_TIMEOUT(threadCount(), threadsBefore, 5000);
    // The destructor kills and reaps its child at once; the Python workers it SIGKILLed die a moment
    // later.
    for (qint64 pid : std::as_const(pids)) {
        QTRY_VERIFY2_WITH_TIMEOUT(!processExists(pid), qPrintable(QString::number(pid)), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(!groupExists(pid), qPrintable(QString::number(pid)), 5000);
    }
}

void TestPrimesRunners::childDyingMidRunFailsTheRun()
{
    ProcessPrimesRunner runner({PrimeNumbers::NumberSet::Book, 2, false});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    QSet<qint64> children;
    qint64 killed = 0;
    connect(&runner, &PrimesRunner::checked, this, [&](const PrimeCheck &check) {
        children.insert(check.unit.id);
        if (killed == 0) {
            killed = check.unit.id;
            ::kill(pid_t(killed), SIGKILL);   // dies between two numbers, as a crash would
        }
    });
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY2(runner.errorString().contains(QString::number(killed)), qPrintable(runner.errorString()));
    QVERIFY2(runner.errorString().contains(u"crashed"_s), qPrintable(runner.errorString()));
    QVERIFY(!runner.hasResult());
    for (qint64 pid : std::as_const(children))
        QVERIFY2(!processExists(pid), qPrintable(QString::number(pid)));   // the others were stopped
}

void TestPrimesRunners::workerThatCannotStartFailsTheRun()
{
    ProcessPrimesRunner runner({PrimeNumbers::NumberSet::Quick, 2, false});
    WorkerProcess::Options options = runner.workerOptions();
    options.program = QDir::temp().filePath(u"no-such-concurrency-lab-worker"_s);
    runner.setWorkerOptions(options);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    // Not there: said so, with where it was looked for.
    QVERIFY2(runner.errorString().contains(u"was not found"_s), qPrintable(runner.errorString()));
}

void TestPrimesRunners::pythonNotFound()
{
    PythonPrimesRunner runner(u"primes-python-threads"_s, PythonPrimesRunner::Script::Threads, {PrimeNumbers::NumberSet::Quick, 2, false});
    runner.setInterpreter({});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY2(runner.errorString().contains(u"python3"_s), qPrintable(runner.errorString()));
}

// A CPython worker process killed mid-run: the script says which one died and the run fails,
// instead of waiting forever for that worker's "done".
void TestPrimesRunners::pythonWorkerDyingFailsTheRun()
{
    if (PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not on PATH: the CPython modes cannot run here");
    PythonPrimesRunner runner(u"primes-python-processes"_s, PythonPrimesRunner::Script::Processes,
                              {PrimeNumbers::NumberSet::Book, 2, false});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    qint64 killed = 0;
    connect(&runner, &PrimesRunner::checked, this, [&killed](const PrimeCheck &check) {
        if (killed == 0) {
            killed = check.unit.id;
            ::kill(pid_t(killed), SIGKILL);
        }
    });
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY2(runner.errorString().contains(u"worker process %1 died"_s.arg(killed)), qPrintable(runner.errorString()));
}

// The controls change a runner's parameters while it runs: the run goes on, and reports, with the
// ones it started with; the next run takes the new ones.
void TestPrimesRunners::parametersChangedMidRunApplyToTheNextRun()
{
    for (Mode mode : {Mode::Concurrent, Mode::PythonThreads}) {
        if (isPython(mode) && PythonScriptProcess::interpreter().isEmpty())
            continue;
        const PrimeNumbers::NumberSet started = isPython(mode) ? PrimeNumbers::NumberSet::Quick : PrimeNumbers::NumberSet::Book;
        const PrimeNumbers::NumberSet changed = isPython(mode) ? PrimeNumbers::NumberSet::Book : PrimeNumbers::NumberSet::Quick;
        auto runner = makeRunner(mode, {started, 2, false});
        QSignalSpy checked(runner.get(), &PrimesRunner::checked);
        QSignalSpy finished(runner.get(), &DemoRunner::finished);
        runner->start();
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 60000);
        runner->setParameters({changed, 1, true});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
        QCOMPARE(runner->result()->numbers, started);
        QCOMPARE(runner->result()->workers, 2);
        QVERIFY(!runner->result()->oneCore);
        QCOMPARE(runner->result()->checks.constFirst().number,
                 PrimeNumbers::numbers(started).at(runner->result()->checks.constFirst().index));
        QCOMPARE(runner->runParameters().numbers, started);
        QCOMPARE(runner->parameters().numbers, changed);   // for the next run
    }
}

// Under the simulated GIL two threads on the book's numbers hand the lock over many times, and the
// timeline shows it: each thread alternates between computing and waiting for the GIL.
void TestPrimesRunners::gilCountsItsHandOffs()
{
    Trace trace;
    ThreadPrimesRunner runner(u"primes-gil"_s, ThreadPrimesRunner::Mode::SimulatedGil, {PrimeNumbers::NumberSet::Book, 2, false});
    runner.setTrace(&trace);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    QVERIFY(runner.result()->forcedSwitches.has_value());
    QVERIFY2(*runner.result()->forcedSwitches >= 10, qPrintable(QString::number(*runner.result()->forcedSwitches)));
    QHash<qint64, int> waits;
    for (const TraceEvent &event : trace.events()) {
        if (event.kind == TraceEventKind::Sleeping && event.detail.contains(u"GIL"_s))
            ++waits[event.unitId];
    }
    QCOMPARE(waits.size(), 2);
    for (int count : std::as_const(waits))
        QVERIFY(count >= 3);
}

void TestPrimesRunners::oneCorePinsEveryWorker_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addRow("concurrent") << Mode::Concurrent;
    QTest::addRow("gil") << Mode::Gil;
    QTest::addRow("processes") << Mode::Processes;
    QTest::addRow("python-threads") << Mode::PythonThreads;
    QTest::addRow("python-processes") << Mode::PythonProcesses;
}

// "One core only": every unit that checks a number may run on one core, the same for all, as the
// kernel reports it (/proc/<id>/status works for a thread's TID too). The next run without the
// switch is free again.
void TestPrimesRunners::oneCorePinsEveryWorker()
{
    QFETCH(Mode, mode);
    if (isPython(mode) && PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not on PATH: the CPython modes cannot run here");
    const auto allowedCores = [](qint64 id) {
        QFile status(u"/proc/%1/status"_s.arg(id));
        if (!status.open(QIODevice::ReadOnly))
            return QString();
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Cpus_allowed_list:"))
                return QString::fromLatin1(line.mid(18).trimmed());
        }
        return QString();
    };
    for (const bool oneCore : {true, false}) {
        auto runner = makeRunner(mode, {PrimeNumbers::NumberSet::Book, 2, oneCore});
        QSignalSpy finished(runner.get(), &DemoRunner::finished);
        QStringList seen;
        connect(runner.get(), &PrimesRunner::checked, this, [&](const PrimeCheck &check) {
            if (const QString cores = allowedCores(check.unit.id); !cores.isEmpty())   // empty: it has ended meanwhile
                seen << cores;
        });
        runner->start();
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3 || finished.count() == 1, 60000);
        runner->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!seen.isEmpty());
        const QString everything = allowedCores(QCoreApplication::applicationPid());
        for (const QString &cores : std::as_const(seen)) {
            if (oneCore)
                QVERIFY2(!cores.contains(u',') && !cores.contains(u'-') && cores == seen.constFirst(), qPrintable(seen.join(u"; "_s)));
            else
                QCOMPARE(cores, everything);
        }
    }
}

LAB_TEST_MAIN(TestPrimesRunners)
#include "tst_primesrunners.moc"
