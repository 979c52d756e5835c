// SPDX-License-Identifier: MIT
// Lesson 5's process counters. With a QSystemSemaphore, or with the counts sent as messages, no
// update is ever lost; each child's own copy leaves the parent's counter at 0; shared memory without
// a lock runs (its losses are only a figure, printed, never asserted). A cancel, a second start() and
// a crashed child leave no child behind, and every run removes its shared counter and semaphore (and
// the note that names them); a shared run removes what runs of gone processes left. "Yield between
// read and write" reaches the shared demos' children as --widen; under the semaphore it loses nothing.
// In step mode each child stops at its own steps: a lost update made by hand. Every check is on
// counts and states, never on durations; timeouts are generous.
#include "labtest.h"

#include "childcounting.h"
#include "processcounterrunner.h"
#include "processgroup.h"
#include "trace.h"
#include "workerlocator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMultiHash>
#include <QProcess>
#include <QSet>
#include <QSharedMemory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSystemSemaphore>

#include <csignal>
#include <sys/ipc.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int longTimeoutMs = 120000;
using Variant = ProcessCounterRunner::Variant;

bool runToEnd(DemoRunner &runner)
{
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();   // may end at once (no worker at all)
    return finished.count() == 1 || finished.wait(longTimeoutMs);
}

// The children of run `runId` that said they were ready (their "started" events).
QSet<qint64> childPidsOf(const Trace &trace, quint64 runId)
{
    QSet<qint64> pids;
    for (const TraceEvent &event : trace.events()) {
        if (event.runId == runId && event.unit == UnitKind::ChildProcess && event.kind == TraceEventKind::Started)
            pids.insert(event.unitId);
    }
    return pids;
}

// The children of run `runId` that have passed a step: they are counting.
QSet<qint64> countingPidsOf(const Trace &trace, quint64 runId)
{
    QSet<qint64> pids;
    for (const TraceEvent &event : trace.events()) {
        if (event.runId == runId && event.unit == UnitKind::ChildProcess && event.kind == TraceEventKind::Step)
            pids.insert(event.unitId);
    }
    return pids;
}

// Whether any of `pids` still runs (zombies count as gone; reaped ones have no /proc entry at all).
bool anyRunning(const QSet<qint64> &pids)
{
    return std::any_of(pids.cbegin(), pids.cend(), [](qint64 pid) { return ProcessGroup::isRunning(pid); });
}

// The children of this process that are still there, zombies included (Linux).
QStringList childrenOfThisProcess()
{
    QStringList pids;
    for (const QString &task : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(u"/proc/self/task/%1/children"_s.arg(task));
        if (children.open(QIODevice::ReadOnly))
            pids += QString::fromLatin1(children.readAll()).split(u' ', Qt::SkipEmptyParts);
    }
    return pids;
}

// Where Qt 6.4 on Linux (System V IPC) keeps the file whose inode names the kernel object of `key`:
// QDir::tempPath()/<prefix><the key's letters><the key's SHA-1>. An internal detail of Qt's, so the
// tests check that these files exist during a run before they check that they are gone after it.
QString ipcFile(const char *prefix, const QString &key)
{
    QString letters;
    for (QChar c : key) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            letters += c;
    }
    const QByteArray sha1 = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir::tempPath() + u'/' + QLatin1StringView(prefix) + letters + QString::fromLatin1(sha1);
}

// The files of a run's kernel objects: the segment, QSharedMemory's own semaphore and, for the locked
// demo, the counter's semaphore.
QStringList ipcFilesOf(const QString &key, bool semaphore)
{
    QStringList files{ipcFile("qipc_sharedmemory_", key), ipcFile("qipc_systemsem_", key)};
    if (semaphore)
        files << ipcFile("qipc_systemsem_", SharedCounterSegment::semaphoreKey(key));
    return files;
}

// The System V objects listed in /proc/sysvipc/shm and /proc/sysvipc/sem: their ids (the second
// column) by their keys (the first). An id is not reused soon (the kernel adds a sequence number);
// a key may be, by another process's object, as soon as its file's inode is.
QMultiHash<qint64, qint64> sysvObjects()
{
    QMultiHash<qint64, qint64> idsByKey;
    for (const QString &kind : {u"shm"_s, u"sem"_s}) {
        QFile file(u"/proc/sysvipc/"_s + kind);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine();   // the header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() >= 2)
                idsByKey.insert(fields.at(0).toLongLong(), fields.at(1).toLongLong());
        }
    }
    return idsByKey;
}

// Nothing of the run with shared counter `key` is left: no file, no kernel object, no segment to
// attach to. `kernelIds`: the ids its System V objects had during the run.
void verifySharedThingsGone(const QString &key, bool semaphore, const QList<qint64> &kernelIds)
{
    for (const QString &file : ipcFilesOf(key, semaphore))
        QVERIFY2(!QFile::exists(file), qPrintable(file));
    const QList<qint64> listed = sysvObjects().values();
    for (qint64 id : kernelIds)
        QVERIFY2(!listed.contains(id), qPrintable(QString::number(id)));
    QVERIFY2(!QFile::exists(SharedCounterSegment::leftoverNote(key)), qPrintable(key));   // the parent's note too
    QSharedMemory probe(key);
    QVERIFY(!probe.attach());
    QCOMPARE(probe.error(), QSharedMemory::NotFound);
}

} // namespace

class TestSharedStateProcesses : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingLost_data();
    void nothingLost();
    void ownCopiesLeaveTheParentAtZero();
    void sharedMemoryWithoutLockRuns();
    void lostUpdateByHand();
    void sharedThingsAreGoneAfterTheRun_data();
    void sharedThingsAreGoneAfterTheRun();
    void cancelMidRunLeavesNoChild();
    void cancelInStepMode_data();
    void cancelInStepMode();
    void secondStartCancelsTheFirstRun();
    void destroyingMidRunLeavesNothing();
    void crashedChildFailsTheRun();
    void missingWorkerFailsTheRun();
    void leftoversOfGoneProcessesAreRemoved();
    void counterWorkloadTakesWiden_data();
    void counterWorkloadTakesWiden();
    void widenReachesTheChildren_data();
    void widenReachesTheChildren();
    void semaphoreWithWidenLosesNothing();
    void sharedMemoryWithWidenRuns();
};

void TestSharedStateProcesses::nothingLost_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("semaphore") << int(Variant::SharedSemaphore);
    QTest::newRow("messages") << int(Variant::Messages);
}

void TestSharedStateProcesses::nothingLost()
{
    QFETCH(int, variant);
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant(variant), {4, 20'000, false});
    for (int run = 0; run < 3; ++run) {
        QVERIFY(runToEnd(runner));
        QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
        const CounterResult &result = *runner.result();
        QCOMPARE(result.units, 4);
        QCOMPARE(result.increments, qint64(20'000));
        QCOMPARE(result.total, qint64(80'000));
        QCOMPARE(result.lost(), qint64(0));
        QVERIFY(result.elapsedNs > 0);
        qInfo("%s", qPrintable(describe(result)));
    }
    QTRY_VERIFY(childrenOfThisProcess().isEmpty());
}

void TestSharedStateProcesses::ownCopiesLeaveTheParentAtZero()
{
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::Isolated, {4, 20'000, false});
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    const CounterResult &result = *runner.result();
    QCOMPARE(result.total, qint64(0));
    QCOMPARE(result.childrenCounted, std::optional<qint64>(80'000));
    QCOMPARE(result.lost(), qint64(80'000));
    QCOMPARE(ChildCounting::counter, qint64(0));   // this process's copy: no child reached it
    QVERIFY(runner.sharedKey().isEmpty());
}

void TestSharedStateProcesses::sharedMemoryWithoutLockRuns()
{
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedUnlocked, {4, 100'000, false});
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    const CounterResult &result = *runner.result();
    QCOMPARE(result.expected(), qint64(400'000));
    // Some write always lands, and no increment can count twice; how many are lost is the machine's.
    QVERIFY2(result.total > 0 && result.total <= result.expected(), qPrintable(describe(result)));
    qInfo("shared memory, no lock: %s", qPrintable(describe(result)));
}

// Step mode: each child stops at its own steps. Child A reads 0; child B reads 0, adds, writes 1;
// A adds and writes 1 too: one update lost, by hand, across two processes.
void TestSharedStateProcesses::lostUpdateByHand()
{
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedUnlocked, {2, 1, false});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.setStepMode(true);
    runner.start();
    for (const QString &guiStep : {u"create-shared"_s, u"start-children"_s}) {
        QTRY_COMPARE_WITH_TIMEOUT(runner.waitingStep(), guiStep, 10000);
        QCOMPARE(runner.waitingUnit()->kind, UnitKind::GuiLoop);
        runner.stepOnce();
    }
    QTRY_COMPARE_WITH_TIMEOUT(runner.waitingUnits().size(), 2, 30000);
    const ExecutionUnit a = runner.waitingUnits().at(0).unit;
    const ExecutionUnit b = runner.waitingUnits().at(1).unit;
    QCOMPARE(a.kind, UnitKind::ChildProcess);
    QCOMPARE(b.kind, UnitKind::ChildProcess);
    const auto stepAt = [&runner](const ExecutionUnit &unit) -> QString {
        for (const DemoRunner::WaitingUnit &waiting : runner.waitingUnits()) {
            if (waiting.unit == unit)
                return waiting.step;
        }
        return {};
    };
    QCOMPARE(stepAt(a), u"read"_s);
    QCOMPARE(stepAt(b), u"read"_s);
    runner.stepOnce(a);   // A reads 0
    QTRY_COMPARE_WITH_TIMEOUT(stepAt(a), u"add"_s, 10000);
    for (const QString &next : {u"add"_s, u"write"_s}) {
        runner.stepOnce(b);
        QTRY_COMPARE_WITH_TIMEOUT(stepAt(b), next, 10000);
    }
    runner.stepOnce(b);   // B writes 1 and is done
    runner.stepOnce(a);
    QTRY_COMPARE_WITH_TIMEOUT(stepAt(a), u"write"_s, 10000);
    runner.stepOnce(a);   // A writes 1 as well
    QTRY_COMPARE_WITH_TIMEOUT(runner.waitingStep(), u"join"_s, 30000);
    runner.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(runner.waitingStep(), u"report"_s, 10000);
    runner.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    QCOMPARE(runner.result()->total, qint64(1));
    QCOMPARE(runner.result()->lost(), qint64(1));
}

void TestSharedStateProcesses::sharedThingsAreGoneAfterTheRun_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("shared") << int(Variant::SharedUnlocked);
    QTest::newRow("semaphore") << int(Variant::SharedSemaphore);
}

// In step mode the run waits with its children started: its kernel objects can be looked at.
void TestSharedStateProcesses::sharedThingsAreGoneAfterTheRun()
{
    QFETCH(int, variant);
    const bool semaphore = Variant(variant) == Variant::SharedSemaphore;
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant(variant), {2, 1000, false});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.setStepMode(true);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(runner.waitingStep(), u"create-shared"_s, 10000);
    runner.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(runner.waitingStep(), u"start-children"_s, 10000);
    runner.stepOnce();
    QTRY_COMPARE_WITH_TIMEOUT(runner.waitingUnits().size(), 2, 30000);   // both children at their first step
    const QString key = runner.sharedKey();
    QVERIFY(!key.isEmpty());
    QList<qint64> kernelIds;
    const QMultiHash<qint64, qint64> listed = sysvObjects();
    for (const QString &file : ipcFilesOf(key, semaphore)) {
        QVERIFY2(QFile::exists(file), qPrintable(file + u" is not where Qt 6.4 keeps it"_s));
        const key_t kernelKey = ::ftok(QFile::encodeName(file).constData(), 'Q');   // what Qt names it by
        QVERIFY(kernelKey != -1);
        QVERIFY2(listed.contains(kernelKey), qPrintable(file));
        kernelIds += listed.values(kernelKey);
    }
    runner.continueToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    verifySharedThingsGone(key, semaphore, kernelIds);
}

void TestSharedStateProcesses::cancelMidRunLeavesNoChild()
{
    Trace trace;
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedSemaphore, {4, 10'000'000, false});
    runner.setTrace(&trace);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    const quint64 runId = runner.currentRunId();
    QTRY_COMPARE_WITH_TIMEOUT(countingPidsOf(trace, runId).size(), 4, longTimeoutMs);   // all four count
    const QSet<qint64> pids = childPidsOf(trace, runId);
    const QString key = runner.sharedKey();
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner.hasResult());
    QCOMPARE(pids.size(), 4);
    QVERIFY(!anyRunning(pids));
    QVERIFY(childrenOfThisProcess().isEmpty());   // reaped, not zombies
    verifySharedThingsGone(key, true, {});
}

void TestSharedStateProcesses::cancelInStepMode_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("isolated") << int(Variant::Isolated);
    QTest::newRow("shared") << int(Variant::SharedUnlocked);
    QTest::newRow("semaphore") << int(Variant::SharedSemaphore);
    QTest::newRow("messages") << int(Variant::Messages);
}

// Children waiting at a step (blocked on their stdin) are stopped as well as counting ones.
void TestSharedStateProcesses::cancelInStepMode()
{
    QFETCH(int, variant);
    Trace trace;
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant(variant), {3, 1000, false});
    runner.setTrace(&trace);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.setStepMode(true);
    runner.start();
    while (runner.waitingUnits().size() < 3) {
        QTRY_VERIFY_WITH_TIMEOUT(!runner.waitingUnits().isEmpty(), 30000);
        if (runner.waitingUnit()->kind == UnitKind::GuiLoop)
            runner.stepOnce();   // create-shared, start-children
        else
            QTest::qWait(10);
    }
    const QSet<qint64> pids = childPidsOf(trace, runner.currentRunId());
    QCOMPARE(pids.size(), 3);
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
    QVERIFY(!anyRunning(pids));
    QVERIFY(childrenOfThisProcess().isEmpty());
    if (!runner.sharedKey().isEmpty())
        verifySharedThingsGone(runner.sharedKey(), Variant(variant) == Variant::SharedSemaphore, {});
}

void TestSharedStateProcesses::secondStartCancelsTheFirstRun()
{
    Trace trace;
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedSemaphore, {4, 10'000'000, false});
    runner.setTrace(&trace);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    const quint64 firstRun = runner.currentRunId();
    QTRY_COMPARE_WITH_TIMEOUT(countingPidsOf(trace, firstRun).size(), 4, longTimeoutMs);
    const QSet<qint64> firstPids = childPidsOf(trace, firstRun);
    const QString firstKey = runner.sharedKey();
    runner.setParameters({2, 1000, false});
    runner.start();   // the first run's children are stopped; only the new run reports
    QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(firstPids), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    QCOMPARE(runner.result()->total, qint64(2000));
    QCOMPARE(runner.result()->lost(), qint64(0));
    QVERIFY(runner.sharedKey() != firstKey);
    QTRY_VERIFY(childrenOfThisProcess().isEmpty());
    verifySharedThingsGone(firstKey, true, {});
    verifySharedThingsGone(runner.sharedKey(), true, {});
    QCOMPARE(finished.count(), 1);   // the superseded run said nothing
}

// The runner goes with its window: its destructor kills and reaps the children, then removes the
// shared counter and the semaphore; no Qt warning (LAB_TEST_MAIN fails on any).
void TestSharedStateProcesses::destroyingMidRunLeavesNothing()
{
    Trace trace;
    auto runner = std::make_unique<ProcessCounterRunner>(u"counter-processes-test"_s, Variant::SharedSemaphore,
                                                         CounterParameters{4, 10'000'000, false});
    runner->setTrace(&trace);
    runner->start();
    const quint64 runId = runner->currentRunId();
    QTRY_COMPARE_WITH_TIMEOUT(countingPidsOf(trace, runId).size(), 4, longTimeoutMs);
    const QSet<qint64> pids = childPidsOf(trace, runId);
    const QString key = runner->sharedKey();
    runner.reset();
    // Killed at once, reaped from the event loop (ChildReaper): nothing is left, zombies included.
    QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(pids), longTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(childrenOfThisProcess().isEmpty(), longTimeoutMs);
    verifySharedThingsGone(key, true, {});
}

// A child killed while it may hold the semaphore: the run fails with that child's message, the
// others are stopped, and everything is removed.
void TestSharedStateProcesses::crashedChildFailsTheRun()
{
    Trace trace;
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedSemaphore, {3, 10'000'000, false});
    runner.setTrace(&trace);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    const quint64 runId = runner.currentRunId();
    QTRY_COMPARE_WITH_TIMEOUT(countingPidsOf(trace, runId).size(), 3, longTimeoutMs);
    const QSet<qint64> pids = childPidsOf(trace, runId);
    const qint64 killed = *pids.cbegin();
    ::kill(pid_t(killed), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY2(runner.errorString().contains(QString::number(killed)), qPrintable(runner.errorString()));
    QVERIFY2(runner.errorString().contains(u"crashed"_s), qPrintable(runner.errorString()));
    QVERIFY(!anyRunning(pids));
    QVERIFY(childrenOfThisProcess().isEmpty());
    verifySharedThingsGone(runner.sharedKey(), true, {});
}

void TestSharedStateProcesses::missingWorkerFailsTheRun()
{
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedSemaphore, {2, 1000, false});
    WorkerProcess::Options options;
    options.program = QDir::temp().filePath(u"no-such-concurrency-lab-worker"_s);
    runner.setWorkerOptions(options);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY2(runner.errorString().contains(u"was not found"_s), qPrintable(runner.errorString()));
    verifySharedThingsGone(runner.sharedKey(), true, {});
    // No worker at all: WorkerProcess's own message.
    runner.setWorkerOptions({});
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY2(runner.errorString().contains(u"was not found"_s), qPrintable(runner.errorString()));
}

// A run's note (SharedCounterSegment::leftoverNote()) names its System V objects until they are gone.
// removeLeftovers() removes what the notes of gone processes name: of a PID that no longer runs, or
// of this PID that this process did not write; never those of a running process, and not while some
// process is attached to the segment. (tst_signalquit: the objects of a killed app, for real.)
void TestSharedStateProcesses::leftoversOfGoneProcessesAreRemoved()
{
    QProcess gone;
    gone.start(u"/bin/true"_s, {});
    QVERIFY(gone.waitForStarted(10000));
    const qint64 gonePid = gone.processId();
    QVERIFY(gone.waitForFinished(10000));
    QVERIFY(!ProcessGroup::isRunning(gonePid));
    const QString goneKey = u"concurrency-lab-counter-%1-1"_s.arg(gonePid);
    const QString earlierSelfKey = u"concurrency-lab-counter-%1-999999"_s.arg(QCoreApplication::applicationPid());
    const QString runningKey = u"concurrency-lab-counter-%1-1"_s.arg(::getppid());   // the test's parent runs
    const auto writeNote = [](const QString &key) {
        QFile note(SharedCounterSegment::leftoverNote(key));
        return note.open(QIODevice::WriteOnly) && note.write(key.toUtf8()) > 0;
    };
    for (const QString &key : {goneKey, earlierSelfKey, runningKey})
        QVERIFY(writeNote(key));
    auto cleanup = qScopeGuard([&] {
        for (const QString &key : {goneKey, earlierSelfKey, runningKey})
            QFile::remove(SharedCounterSegment::leftoverNote(key));
    });

    {
        // The gone process's segment, still attached (here, by this process): it stays, and so does its note.
        QSharedMemory attached(goneKey);
        QVERIFY(attached.create(sizeof(qint64)));
        const QStringList removed = SharedCounterSegment::removeLeftovers();
        QVERIFY2(!removed.contains(goneKey), qPrintable(removed.join(u' ')));
        QVERIFY(attached.isAttached());
        QVERIFY(QFile::exists(SharedCounterSegment::leftoverNote(goneKey)));
        QVERIFY2(removed.contains(earlierSelfKey), qPrintable(removed.join(u' ')));
        QVERIFY(!removed.contains(runningKey));
    }   // detached: the segment is gone, the note stays until the next removeLeftovers()
    // Its semaphores, as a killed run would leave them.
    auto lock = std::make_unique<QSystemSemaphore>(SharedCounterSegment::semaphoreKey(goneKey), 1, QSystemSemaphore::Create);
    const QString lockFile = ipcFile("qipc_systemsem_", SharedCounterSegment::semaphoreKey(goneKey));
    QVERIFY(QFile::exists(lockFile));
    const key_t lockKey = ::ftok(QFile::encodeName(lockFile).constData(), 'Q');
    QVERIFY(sysvObjects().contains(lockKey));
    SharedCounterSegment::removeLeftovers();   // (an app of this user starting a shared run may be first)
    QVERIFY(!QFile::exists(SharedCounterSegment::leftoverNote(goneKey)));
    QVERIFY(!QFile::exists(SharedCounterSegment::leftoverNote(earlierSelfKey)));
    QVERIFY(QFile::exists(SharedCounterSegment::leftoverNote(runningKey)));   // its process runs
    QVERIFY(!QFile::exists(lockFile));
    QVERIFY(!sysvObjects().contains(lockKey));
    verifySharedThingsGone(goneKey, true, {});
    lock.reset();   // taken over and removed already: destroying it is harmless
}

void TestSharedStateProcesses::counterWorkloadTakesWiden_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("accepted");
    const QString key = u"concurrency-lab-counter-1-1"_s;   // no such segment: the child says so and ends
    QTest::newRow("shared") << QStringList{u"--mode"_s, u"shared"_s, u"--increments"_s, u"10"_s, u"--key"_s, key, u"--widen"_s} << true;
    QTest::newRow("semaphore, first") << QStringList{u"--widen"_s, u"--mode"_s, u"semaphore"_s, u"--increments"_s, u"10"_s, u"--key"_s, key}
                                      << true;
    QTest::newRow("isolated") << QStringList{u"--mode"_s, u"isolated"_s, u"--increments"_s, u"10"_s, u"--widen"_s} << false;
    QTest::newRow("messages") << QStringList{u"--mode"_s, u"messages"_s, u"--increments"_s, u"10"_s, u"--widen"_s} << false;
    QTest::newRow("twice") << QStringList{u"--mode"_s, u"shared"_s, u"--increments"_s, u"10"_s, u"--key"_s, key, u"--widen"_s, u"--widen"_s}
                           << false;
    QTest::newRow("with a value") << QStringList{u"--mode"_s, u"shared"_s, u"--increments"_s, u"10"_s, u"--key"_s, key, u"--widen"_s, u"1"_s}
                                  << false;
}

// The "counter" workload's argument check (in the worker): --widen, a flag, for the shared modes only.
void TestSharedStateProcesses::counterWorkloadTakesWiden()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, accepted);
    QProcess worker;
    worker.start(WorkerLocator::workerPath(), QStringList{u"--workload"_s, u"counter"_s, u"--"_s} + arguments);
    QVERIFY(worker.waitForStarted(10000));
    worker.closeWriteChannel();   // the parent is gone at once: the child ends after its check
    QVERIFY(worker.waitForFinished(30000));
    const QByteArray error = worker.readAllStandardError();
    const QByteArray output = worker.readAllStandardOutput();
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    if (accepted) {
        QVERIFY2(worker.exitCode() != 2, error.constData());   // 2: bad usage
        QVERIFY2(output.startsWith("ready "), output.constData());
    } else {
        QCOMPARE(worker.exitCode(), 2);
        QVERIFY2(error.startsWith("concurrency-lab-worker: counter "), error.constData());
    }
}

void TestSharedStateProcesses::widenReachesTheChildren_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<bool>("widen");
    QTest::newRow("shared, widen") << int(Variant::SharedUnlocked) << true;
    QTest::newRow("semaphore, widen") << int(Variant::SharedSemaphore) << true;
    QTest::newRow("shared") << int(Variant::SharedUnlocked) << false;
    QTest::newRow("isolated, widen") << int(Variant::Isolated) << true;   // nothing to widen: not passed
    QTest::newRow("messages, widen") << int(Variant::Messages) << true;
}

// The page's "Yield between read and write" reaches each child as --widen (its command line, read
// while the children wait at their first step), for the shared demos only.
void TestSharedStateProcesses::widenReachesTheChildren()
{
    QFETCH(int, variant);
    QFETCH(bool, widen);
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant(variant), {2, 1, widen});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.setStepMode(true);
    runner.start();
    while (runner.waitingUnits().size() < 2) {
        QTRY_VERIFY_WITH_TIMEOUT(!runner.waitingUnits().isEmpty(), 30000);
        if (runner.waitingUnit()->kind == UnitKind::GuiLoop)
            runner.stepOnce();   // create-shared, start-children
        else
            QTest::qWait(10);
    }
    const bool shared = Variant(variant) == Variant::SharedUnlocked || Variant(variant) == Variant::SharedSemaphore;
    for (const DemoRunner::WaitingUnit &waiting : runner.waitingUnits()) {
        QCOMPARE(waiting.unit.kind, UnitKind::ChildProcess);
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(waiting.unit.id));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QList<QByteArray> arguments = cmdline.readAll().split('\0');
        QVERIFY2(arguments.contains("counter"), qPrintable(QString::number(waiting.unit.id)));
        QCOMPARE(arguments.contains("--widen"), widen && shared);
    }
    runner.continueToEnd();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
}

// Yielding while holding the semaphore costs time, never an update.
void TestSharedStateProcesses::semaphoreWithWidenLosesNothing()
{
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedSemaphore, {4, 20'000, true});
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    QCOMPARE(runner.result()->total, qint64(80'000));
    QCOMPARE(runner.result()->lost(), qint64(0));
    qInfo("semaphore, yielding between read and write: %s", qPrintable(describe(*runner.result())));
}

// Without a lock, yielding inside the window loses more (a figure, printed, never asserted).
void TestSharedStateProcesses::sharedMemoryWithWidenRuns()
{
    ProcessCounterRunner runner(u"counter-processes-test"_s, Variant::SharedUnlocked, {4, 20'000, true});
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    const CounterResult &result = *runner.result();
    QVERIFY2(result.total > 0 && result.total <= result.expected(), qPrintable(describe(result)));
    qInfo("shared memory, no lock, yielding between read and write: %s", qPrintable(describe(result)));
}

LAB_TEST_MAIN(TestSharedStateProcesses)
#include "tst_sharedstateprocesses.moc"
