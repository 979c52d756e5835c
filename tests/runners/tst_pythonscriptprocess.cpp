// SPDX-License-Identifier: MIT
// PythonScriptProcess against real CPython: the primes scripts of lesson 3 straight from the source
// tree, and throwaway scripts for every way a run can go wrong. Cancel and destruction must leave
// no process of the run's group behind.
#include "labtest.h"
#include "processgroup.h"
#include "pythonscriptprocess.h"
#include "pythonscripts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString primesFolder = QStringLiteral(LAB_SOURCE_DIR "/app/lessons/primes/python");

// Generous bounds for runs of well under a second on an idle machine (this one is shared).
constexpr int runTimeout = 60'000;

const QList<qint64> quickNumbers{2, 142702110479, 299593572319, 3333333333301, 3333333333333, 3333388623049,
                                 4444444444439, 4444444444444, 4444637949361, 5555555555551, 5555555555555,
                                 5555576278729, 6666666666629, 6666666666666, 6666677524081, 7777777777771,
                                 7777777777777, 7777901854321, 9999999999971, 9999999999999};
const QSet<qint64> quickPrimes{2, 142702110479, 299593572319, 3333333333301, 4444444444439, 5555555555551,
                               6666666666629, 7777777777771, 9999999999971};

// Everything one run reported, in order.
struct Outcome {
    QStringList events;   // "ready", "record", "succeeded", "failed", "cancelled", "exited"
    QList<QJsonObject> records;
    qint64 readyPid = 0;
    QString failure;

    int count(const QString &event) const { return int(events.count(event)); }
    bool hasExited() const { return events.contains(u"exited"_s); }
    // The "worker" of every record with an "n" or a "job".
    QSet<qint64> workers() const
    {
        QSet<qint64> ids;
        for (const QJsonObject &object : records) {
            if (object.contains(u"n"_s) || object.contains(u"job"_s))
                ids.insert(object.value(u"worker"_s).toInteger());
        }
        return ids;
    }
};

void watch(PythonScriptProcess &process, Outcome &outcome)
{
    QObject::connect(&process, &PythonScriptProcess::ready, &process, [&outcome](qint64 pid) {
        outcome.events << u"ready"_s;
        outcome.readyPid = pid;
    });
    QObject::connect(&process, &PythonScriptProcess::record, &process, [&outcome](const QJsonObject &object) {
        outcome.events << u"record"_s;
        outcome.records << object;
    });
    QObject::connect(&process, &PythonScriptProcess::succeeded, &process, [&outcome] { outcome.events << u"succeeded"_s; });
    QObject::connect(&process, &PythonScriptProcess::cancelled, &process, [&outcome] { outcome.events << u"cancelled"_s; });
    QObject::connect(&process, &PythonScriptProcess::failed, &process, [&outcome](const QString &message) {
        outcome.events << u"failed"_s;
        outcome.failure = message;
    });
    QObject::connect(&process, &PythonScriptProcess::exited, &process, [&outcome] { outcome.events << u"exited"_s; });
}

PythonScriptProcess::Options withInterpreter(const QString &interpreter, std::chrono::milliseconds terminateGrace = 500ms)
{
    PythonScriptProcess::Options options;
    options.interpreter = interpreter;
    options.terminateGrace = terminateGrace;
    return options;
}

// No process of the group runs any more (a zombie waiting for init to reap it runs nothing).
bool groupGone(qint64 group)
{
    return !ProcessGroup::hasRunningMembers(group);
}

bool processGone(qint64 pid)
{
    return !ProcessGroup::isRunning(pid);
}

} // namespace

class TestPythonScriptProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void primes_data();
    void primes();
    void bigNumbersAreExact();
    void gilRelease_data();
    void gilRelease();
    void cancelProcs();
    void cancelAtOnce();
    void cancelEscalatesToKill();
    void destroyMidRun();
    void grandchildren_data();
    void grandchildren();
    void deleteOnExited();
    void workersFollowTheirParent();
    void leftoversAreKilled();
    void interpreterNotFound();
    void interpreterFailsToStart();
    void scriptRaises();
    void scriptCrashes();
    void protocolErrors_data();
    void protocolErrors();
    void extract();
    void extractErrors();

private:
    QString writeScript(const QString &name, const QString &text);

    QString m_python;
    QTemporaryDir m_scratch;   // throwaway scripts
};

#define REQUIRE_PYTHON()                                                                       \
    do {                                                                                       \
        if (m_python.isEmpty())                                                                \
            QSKIP("python3 is not on PATH: the Python scripts cannot run (apt install python3)"); \
    } while (false)

void TestPythonScriptProcess::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_python = PythonScriptProcess::interpreter();
}

QString TestPythonScriptProcess::writeScript(const QString &name, const QString &text)
{
    QFile file(m_scratch.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        return {};
    return name;
}

void TestPythonScriptProcess::primes_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("workers");   // as the script reports them
    QTest::newRow("sequential") << u"sequential.py"_s << 1;
    QTest::newRow("threads") << u"threads.py"_s << 2;
    QTest::newRow("procs") << u"procs.py"_s << 2;
}

// --quick with two workers: twenty records, the nine quick primes, then the total.
void TestPythonScriptProcess::primes()
{
    REQUIRE_PYTHON();
    QFETCH(QString, script);
    QFETCH(int, workers);

    PythonScriptProcess process({primesFolder, script, {u"--quick"_s, u"--workers"_s, u"2"_s}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QVERIFY(process.pid() > 0);
    QCOMPARE(process.processGroup(), process.pid());
    QCOMPARE(process.commandLine().mid(1, 2), (QStringList{u"-B"_s, primesFolder + u'/' + script}));
    QCOMPARE(process.commandLine().constLast(), u"--jsonl"_s);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);

    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    QCOMPARE(outcome.count(u"succeeded"_s), 1);
    QCOMPARE(outcome.count(u"failed"_s) + outcome.count(u"cancelled"_s), 0);
    QCOMPARE(outcome.events.constFirst(), u"ready"_s);
    QCOMPARE(outcome.events.mid(outcome.events.size() - 2), (QStringList{u"succeeded"_s, u"exited"_s}));
    QCOMPARE(outcome.readyPid, process.pid());
    QCOMPARE(process.readyObject().value(u"workers"_s).toInt(), workers);
    QVERIFY(groupGone(process.processGroup()));

    QCOMPARE(outcome.records.size(), 21);
    QList<qint64> checked;
    QSet<qint64> primes;
    for (const QJsonObject &object : outcome.records.first(20)) {
        const qint64 n = object.value(u"n"_s).toInteger();
        checked << n;
        QVERIFY2(object.value(u"prime"_s).isBool(), qPrintable(QString::number(n)));
        if (object.value(u"prime"_s).toBool())
            primes.insert(n);
        QVERIFY(object.value(u"seconds"_s).toDouble(-1) >= 0);
        QVERIFY(object.value(u"worker"_s).toInteger() > 0);
    }
    std::sort(checked.begin(), checked.end());
    QCOMPARE(checked, quickNumbers);
    QCOMPARE(primes, quickPrimes);
    const QJsonObject total = outcome.records.constLast();
    QVERIFY(total.value(u"total"_s).toDouble(-1) > 0);
    QCOMPARE(total.value(u"workers"_s).toInt(), workers);
    QCOMPARE(total.value(u"checked"_s).toInt(), 20);

    const QSet<qint64> ids = outcome.workers();
    if (script == u"sequential.py"_s) {
        QCOMPARE(ids, QSet<qint64>{process.pid()});   // the main thread's native id is the PID
    } else {
        // Threads (native ids) or child processes (PIDs), never the main thread of the script.
        QVERIFY2(ids.size() >= 1 && ids.size() <= 2, qPrintable(QString::number(ids.size())));
        QVERIFY(!ids.contains(process.pid()));
    }
}

// Integers past 2^53 survive the JSON trip (Qt 6 keeps them as qint64, not double).
void TestPythonScriptProcess::bigNumbersAreExact()
{
    REQUIRE_PYTHON();
    PythonScriptProcess process({primesFolder, u"sequential.py"_s,
                                 {u"--numbers"_s, u"9999999999999999,7777777777777777,4444444444444444"_s}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QCOMPARE(outcome.count(u"succeeded"_s), 1);
    QCOMPARE(outcome.records.size(), 4);
    QCOMPARE(outcome.records.at(0).value(u"n"_s).toInteger(), Q_INT64_C(9999999999999999));
    QCOMPARE(outcome.records.at(1).value(u"n"_s).toInteger(), Q_INT64_C(7777777777777777));
    QCOMPARE(outcome.records.at(2).value(u"n"_s).toInteger(), Q_INT64_C(4444444444444444));
    QCOMPARE(outcome.records.at(3).value(u"checked"_s).toInt(), 3);
}

void TestPythonScriptProcess::gilRelease_data()
{
    QTest::addColumn<QString>("task");
    QTest::newRow("hash") << u"hash"_s;
    QTest::newRow("zlib") << u"zlib"_s;
    QTest::newRow("primes") << u"primes"_s;
}

void TestPythonScriptProcess::gilRelease()
{
    REQUIRE_PYTHON();
    QFETCH(QString, task);
    PythonScriptProcess process({primesFolder, u"gil_release.py"_s,
                                 {u"--task"_s, task, u"--workers"_s, u"2"_s, u"--jobs"_s, u"3"_s}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    QCOMPARE(outcome.count(u"succeeded"_s), 1);
    QCOMPARE(outcome.records.size(), 4);
    QSet<int> jobs;
    for (const QJsonObject &object : outcome.records.first(3)) {
        jobs.insert(object.value(u"job"_s).toInt());
        QCOMPARE(object.value(u"task"_s).toString(), task);
        QVERIFY(object.value(u"seconds"_s).toDouble(-1) > 0);
    }
    QCOMPARE(jobs, (QSet<int>{1, 2, 3}));
    const QSet<qint64> ids = outcome.workers();
    QVERIFY(ids.size() >= 1 && ids.size() <= 2);
    QVERIFY(!ids.contains(process.pid()));
    QCOMPARE(outcome.records.constLast().value(u"checked"_s).toInt(), 3);
    QCOMPARE(outcome.records.constLast().value(u"workers"_s).toInt(), 2);
}

// The book's numbers take many seconds: cancel once both worker processes have reported.
void TestPythonScriptProcess::cancelProcs()
{
    REQUIRE_PYTHON();
    PythonScriptProcess process({primesFolder, u"procs.py"_s, {u"--workers"_s, u"2"_s}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.workers().size() == 2 || outcome.hasExited(), runTimeout);
    QVERIFY2(!outcome.hasExited(), qPrintable(outcome.events.join(u' ') + u' ' + outcome.failure));
    const QSet<qint64> workers = outcome.workers();
    const qint64 group = process.processGroup();
    QVERIFY(!workers.contains(process.pid()));
    QCOMPARE(qint64(::getpgid(pid_t(process.pid()))), group);   // the child leads a group of its own
    for (const qint64 worker : workers)
        QCOMPARE(qint64(::getpgid(pid_t(worker))), group);        // and its workers are in it

    process.cancel();
    process.cancel();   // a second cancel changes nothing
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QCOMPARE(outcome.count(u"cancelled"_s), 1);
    QCOMPARE(outcome.count(u"succeeded"_s) + outcome.count(u"failed"_s), 0);
    QCOMPARE(outcome.events.mid(outcome.events.size() - 2), (QStringList{u"cancelled"_s, u"exited"_s}));
    QVERIFY(!outcome.records.constLast().contains(u"total"_s));
    QVERIFY(groupGone(group));
    for (const qint64 worker : workers)
        QVERIFY2(processGone(worker), qPrintable(QString::number(worker)));
    process.cancel();   // after the end: nothing happens
    QCOMPARE(outcome.count(u"exited"_s), 1);
}

// Cancelled right after start(), perhaps before the child has even exec'd Python.
void TestPythonScriptProcess::cancelAtOnce()
{
    REQUIRE_PYTHON();
    PythonScriptProcess process({primesFolder, u"procs.py"_s, {u"--workers"_s, u"2"_s}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    process.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QCOMPARE(outcome.count(u"cancelled"_s), 1);
    QCOMPARE(outcome.count(u"succeeded"_s) + outcome.count(u"failed"_s), 0);
    QVERIFY(groupGone(process.processGroup()));
}

// A script that ignores SIGTERM is killed after the grace period.
void TestPythonScriptProcess::cancelEscalatesToKill()
{
    REQUIRE_PYTHON();
    const QString script = writeScript(u"stubborn.py"_s, uR"(import json, os, signal, time
signal.signal(signal.SIGTERM, signal.SIG_IGN)
print(json.dumps({"ready": os.getpid()}), flush=True)
time.sleep(120)
)"_s);
    QVERIFY(!script.isEmpty());
    PythonScriptProcess process({m_scratch.path(), script, {}}, withInterpreter(m_python, 100ms));
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.count(u"ready"_s) == 1 || outcome.hasExited(), runTimeout);
    process.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), 30'000);   // well before its sleep ends
    QCOMPARE(outcome.events, (QStringList{u"ready"_s, u"cancelled"_s, u"exited"_s}));
    QVERIFY(groupGone(process.processGroup()));
}

// Deleting the object mid-run kills the whole group, quietly (any Qt warning fails the test).
void TestPythonScriptProcess::destroyMidRun()
{
    REQUIRE_PYTHON();
    auto process = std::make_unique<PythonScriptProcess>(
        PythonScriptProcess::Request{primesFolder, u"procs.py"_s, {u"--workers"_s, u"2"_s}});
    Outcome outcome;
    watch(*process, outcome);
    process->start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.workers().size() == 2 || outcome.hasExited(), runTimeout);
    QVERIFY(!outcome.hasExited());
    const QSet<qint64> workers = outcome.workers();
    const qint64 parent = process->pid();
    const qint64 group = process->processGroup();
    for (const qint64 worker : workers)
        QCOMPARE(qint64(::getpgid(pid_t(worker))), group);

    process.reset();
    QCOMPARE(outcome.count(u"exited"_s), 0);   // the destructor emits nothing
    // Killed by the destructor, reaped from the event loop (ChildReaper), never waited for.
    QTRY_VERIFY_WITH_TIMEOUT(processGone(parent), 10'000);
    // The workers were killed too; init reaps them, which may take a moment.
    QTRY_VERIFY_WITH_TIMEOUT(groupGone(group), 10'000);
    for (const qint64 worker : workers)
        QTRY_VERIFY_WITH_TIMEOUT(processGone(worker), 10'000);
}

// A grandchild that knows nothing of its parent's death (unlike procs.py's workers) still goes:
// cancel() and the destructor signal the whole group.
void TestPythonScriptProcess::grandchildren_data()
{
    QTest::addColumn<bool>("destroy");   // else cancel
    QTest::newRow("cancel") << false;
    QTest::newRow("destroy") << true;
}

void TestPythonScriptProcess::grandchildren()
{
    REQUIRE_PYTHON();
    QFETCH(bool, destroy);
    const QString script = writeScript(u"grandchild.py"_s, uR"(import json, os, subprocess, sys, time
print(json.dumps({"ready": os.getpid()}), flush=True)
child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])
print(json.dumps({"child": child.pid}), flush=True)
time.sleep(120)
)"_s);
    QVERIFY(!script.isEmpty());
    auto process = std::make_unique<PythonScriptProcess>(PythonScriptProcess::Request{m_scratch.path(), script, {}});
    Outcome outcome;
    watch(*process, outcome);
    process->start();
    QTRY_VERIFY_WITH_TIMEOUT(!outcome.records.isEmpty() || outcome.hasExited(), runTimeout);
    const qint64 grandchild = outcome.records.value(0).value(u"child"_s).toInteger();
    QVERIFY2(grandchild > 0, qPrintable(outcome.events.join(u' ') + u' ' + outcome.failure));
    auto cleanup = qScopeGuard([grandchild] { ::kill(pid_t(grandchild), SIGKILL); });
    const qint64 group = process->processGroup();
    QCOMPARE(qint64(::getpgid(pid_t(grandchild))), group);

    if (destroy) {
        process.reset();
    } else {
        process->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
        QCOMPARE(outcome.events, (QStringList{u"ready"_s, u"record"_s, u"cancelled"_s, u"exited"_s}));
        QVERIFY(groupGone(group));
    }
    QTRY_VERIFY_WITH_TIMEOUT(groupGone(group), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(grandchild), 10'000);
    cleanup.dismiss();   // its PID is free now
}

// exited() is the last thing the object does: a slot may delete it right there.
void TestPythonScriptProcess::deleteOnExited()
{
    REQUIRE_PYTHON();
    auto *process = new PythonScriptProcess({primesFolder, u"threads.py"_s, {u"--numbers"_s, u"2,3"_s}});
    QPointer<PythonScriptProcess> guard(process);
    int exits = 0;
    connect(process, &PythonScriptProcess::exited, this, [process, &exits] {
        ++exits;
        delete process;
    });
    process->start();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), runTimeout);
    QCOMPARE(exits, 1);
}

// procs.py on its own (no process group, no app): if its main process is killed, the workers it
// started notice and exit rather than checking numbers for nobody.
void TestPythonScriptProcess::workersFollowTheirParent()
{
    REQUIRE_PYTHON();
    QProcess python;
    python.setWorkingDirectory(primesFolder);
    python.start(m_python, {u"-B"_s, u"procs.py"_s, u"--workers"_s, u"2"_s, u"--jsonl"_s});
    QVERIFY2(python.waitForStarted(30'000), qPrintable(python.errorString()));
    QByteArray output;
    QSet<qint64> workers;
    const auto readWorkers = [&] {
        output += python.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(u"n"_s))
                workers.insert(object.value(u"worker"_s).toInteger());
        }
        return workers.size() == 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(readWorkers() || python.state() == QProcess::NotRunning, runTimeout);
    QCOMPARE(python.state(), QProcess::Running);
    auto cleanup = qScopeGuard([&workers] {
        for (const qint64 worker : std::as_const(workers)) {
            if (worker > 0)
                ::kill(pid_t(worker), SIGKILL);
        }
    });

    const qint64 parent = python.processId();
    QVERIFY(parent > 0);
    ::kill(pid_t(parent), SIGKILL);   // the main process only
    QVERIFY(python.waitForFinished(30'000));
    for (const qint64 worker : std::as_const(workers))
        QTRY_VERIFY_WITH_TIMEOUT(processGone(worker), 30'000);   // the book's numbers take far longer
    cleanup.dismiss();   // their PIDs are free now
}

// A script that exits 0 but leaves a grandchild running: exited() only once that one is gone too.
void TestPythonScriptProcess::leftoversAreKilled()
{
    REQUIRE_PYTHON();
    const QString script = writeScript(u"leftover.py"_s, uR"(import json, os, subprocess, sys
print(json.dumps({"ready": os.getpid()}), flush=True)
child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'])
print(json.dumps({"child": child.pid}), flush=True)
print(json.dumps({"total": 0.0, "workers": 1, "checked": 0}), flush=True)
)"_s);
    QVERIFY(!script.isEmpty());
    PythonScriptProcess process({m_scratch.path(), script, {}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    const qint64 child = outcome.records.value(0).value(u"child"_s).toInteger();
    auto cleanup = qScopeGuard([child] {   // should this test fail
        if (child > 0)
            ::kill(pid_t(child), SIGKILL);
    });
    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    QCOMPARE(outcome.events, (QStringList{u"ready"_s, u"record"_s, u"record"_s, u"succeeded"_s, u"exited"_s}));
    QVERIFY(child > 0);
    QVERIFY(groupGone(process.processGroup()));
    QVERIFY(processGone(child));
    cleanup.dismiss();   // its PID is free now
}

void TestPythonScriptProcess::interpreterNotFound()
{
    PythonScriptProcess process({primesFolder, u"threads.py"_s, {u"--quick"_s}}, withInterpreter(QString()));
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QVERIFY(outcome.events.isEmpty());   // never from inside start()
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QCOMPARE(outcome.events, (QStringList{u"failed"_s, u"exited"_s}));
    QVERIFY2(outcome.failure.contains(u"python3 was not found on PATH"_s), qPrintable(outcome.failure));
    QVERIFY2(outcome.failure.contains(u"apt install python3"_s), qPrintable(outcome.failure));
    QCOMPARE(process.pid(), qint64(0));
    process.cancel();   // nothing to cancel
    QCOMPARE(outcome.events.size(), 2);
}

void TestPythonScriptProcess::interpreterFailsToStart()
{
    const QString missing = m_scratch.filePath(u"no-such-python3"_s);
    PythonScriptProcess process({primesFolder, u"threads.py"_s, {u"--quick"_s}}, withInterpreter(missing));
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QVERIFY(outcome.events.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QCOMPARE(outcome.events, (QStringList{u"failed"_s, u"exited"_s}));
    QVERIFY2(outcome.failure.contains(u"could not be started"_s), qPrintable(outcome.failure));
    QVERIFY2(outcome.failure.contains(missing), qPrintable(outcome.failure));
}

// An exception: exit code 1, and the message names the exception (the traceback's last line).
void TestPythonScriptProcess::scriptRaises()
{
    REQUIRE_PYTHON();
    const QString script = writeScript(u"raises.py"_s, uR"(import json, os
print(json.dumps({"ready": os.getpid()}), flush=True)
print(json.dumps({"n": 2, "prime": True, "seconds": 0.0, "worker": os.getpid()}), flush=True)
raise ValueError('no numbers today')
)"_s);
    QVERIFY(!script.isEmpty());
    PythonScriptProcess process({m_scratch.path(), script, {}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QCOMPARE(outcome.events, (QStringList{u"ready"_s, u"record"_s, u"failed"_s, u"exited"_s}));
    QVERIFY2(outcome.failure.contains(u"ValueError: no numbers today"_s), qPrintable(outcome.failure));
    QVERIFY2(outcome.failure.contains(u"exit code 1"_s), qPrintable(outcome.failure));
    QVERIFY2(outcome.failure.contains(u"raises.py"_s), qPrintable(outcome.failure));
    QCOMPARE(process.stderrTail().constLast(), u"ValueError: no numbers today"_s);
    QVERIFY(process.stderrTail().size() <= StderrTail::linesKept);
}

void TestPythonScriptProcess::scriptCrashes()
{
    REQUIRE_PYTHON();
    const QString script = writeScript(u"crashes.py"_s, uR"(import json, os, signal
print(json.dumps({"ready": os.getpid()}), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
)"_s);
    QVERIFY(!script.isEmpty());
    PythonScriptProcess process({m_scratch.path(), script, {}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QCOMPARE(outcome.events, (QStringList{u"ready"_s, u"failed"_s, u"exited"_s}));
    QVERIFY2(outcome.failure.contains(u"crashed or was killed by a signal"_s), qPrintable(outcome.failure));
}

void TestPythonScriptProcess::protocolErrors_data()
{
    QTest::addColumn<QString>("body");       // runs after "import json, os, sys, time"
    QTest::addColumn<QString>("expected");   // in the message
    QTest::addColumn<int>("records");        // received before the failure

    const QString ready = u"print(json.dumps({'ready': os.getpid(), 'workers': 1}), flush=True)\n"_s;
    // Each sleeps afterwards: a protocol error must stop the child, not wait for it.
    const QString sleep = u"time.sleep(120)\n"_s;
    QTest::newRow("not JSON") << ready + u"print('hello there', flush=True)\n"_s + sleep
                              << u"not a JSON object: \"hello there\""_s << 0;
    QTest::newRow("not an object") << ready + u"print('[1, 2]', flush=True)\n"_s + sleep
                                   << u"not a JSON object"_s << 0;
    QTest::newRow("empty line") << ready + u"print(flush=True)\n"_s + sleep << u"not a JSON object"_s << 0;
    QTest::newRow("too long") << ready + u"print(json.dumps({'x': 'a' * 5000}), flush=True)\n"_s + sleep
                              << u"longer than 4096 bytes"_s << 0;
    QTest::newRow("never ends") << ready + u"sys.stdout.write('{' * 5000); sys.stdout.flush()\n"_s + sleep
                                << u"longer than 4096 bytes"_s << 0;
    QTest::newRow("no ready first") << u"print(json.dumps({'n': 2}), flush=True)\n"_s + sleep
                                    << u"first line must be {\"ready\""_s << 0;
    QTest::newRow("wrong PID") << u"print(json.dumps({'ready': os.getpid() + 1}), flush=True)\n"_s + sleep
                               << u"but it is PID"_s << 0;
    QTest::newRow("second ready") << ready + u"print(json.dumps({'n': 2}), flush=True)\n"_s + ready + sleep
                                  << u"second \"ready\""_s << 1;
    QTest::newRow("after total")
        << ready + u"print(json.dumps({'total': 1.0}), flush=True)\nprint(json.dumps({'n': 2}), flush=True)\n"_s + sleep
        << u"after its total"_s << 1;
    QTest::newRow("no total") << ready + u"print(json.dumps({'n': 2}), flush=True)\n"_s
                              << u"without reporting its total"_s << 1;
    QTest::newRow("exit 3") << ready + u"sys.exit(3)\n"_s << u"exit code 3."_s << 0;
}

// Every bad line fails the run (and stops the child); each reason has its own message.
void TestPythonScriptProcess::protocolErrors()
{
    REQUIRE_PYTHON();
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QFETCH(int, records);
    const QString script = writeScript(u"bad_%1.py"_s.arg(QLatin1StringView(QTest::currentDataTag())).replace(u' ', u'_'),
                                       u"import json, os, sys, time\n"_s + body);
    QVERIFY(!script.isEmpty());
    PythonScriptProcess process({m_scratch.path(), script, {}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);   // well before any sleep ends
    QCOMPARE(outcome.count(u"failed"_s), 1);
    QCOMPARE(outcome.count(u"succeeded"_s) + outcome.count(u"cancelled"_s), 0);
    QCOMPARE(outcome.records.size(), records);
    QCOMPARE(outcome.events.mid(outcome.events.size() - 2), (QStringList{u"failed"_s, u"exited"_s}));
    QVERIFY2(outcome.failure.contains(expected), qPrintable(outcome.failure));
    QVERIFY2(outcome.failure.contains(script), qPrintable(outcome.failure));
    QVERIFY(groupGone(process.processGroup()));
}

// Scripts copied out of resources (or files) into a temporary folder run from there.
void TestPythonScriptProcess::extract()
{
    const QString embedded = u":/sources/models/python/pythonscripts.h"_s;   // lab_models' listings
    QVERIFY(QFile::exists(embedded));
    QString error;
    const auto folder = PythonScripts::extract({primesFolder + u"/primes.py"_s, primesFolder + u"/primes_cli.py"_s,
                                                primesFolder + u"/threads.py"_s, embedded},
                                               &error);
    QVERIFY2(folder, qPrintable(error));
    QVERIFY(error.isEmpty());
    for (const QString &name : {u"primes.py"_s, u"primes_cli.py"_s, u"threads.py"_s}) {
        QFile original(primesFolder + u'/' + name);
        QFile copy(folder->filePath(name));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(name));
        QCOMPARE(copy.readAll(), original.readAll());
    }
    QFile embeddedCopy(folder->filePath(u"pythonscripts.h"_s));
    QVERIFY(embeddedCopy.open(QIODevice::ReadWrite));   // a resource's copy is writable (removable)
    QVERIFY(embeddedCopy.size() > 0);
    embeddedCopy.close();

    REQUIRE_PYTHON();
    PythonScriptProcess process({folder->path(), u"threads.py"_s, {u"--numbers"_s, u"2,3,4,5,6,7"_s, u"--workers"_s, u"2"_s}});
    Outcome outcome;
    watch(process, outcome);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(outcome.hasExited(), runTimeout);
    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    QCOMPARE(outcome.records.size(), 7);
    QVERIFY(!QFile::exists(folder->filePath(u"__pycache__"_s)));   // -B
}

void TestPythonScriptProcess::extractErrors()
{
    QString error;
    const QString missing = u":/python/no-such-script.py"_s;
    QVERIFY(!PythonScripts::extract({primesFolder + u"/primes.py"_s, missing}, &error));
    QVERIFY2(error.contains(missing), qPrintable(error));

    error.clear();
    QVERIFY(!PythonScripts::extract({primesFolder + u"/primes.py"_s, m_scratch.filePath(u"primes.py"_s)}, &error));
    QVERIFY2(error.contains(u"primes.py"_s) && error.contains(u"named"_s), qPrintable(error));

    QVERIFY(!PythonScripts::extract({missing}, nullptr));   // no error wanted: still fails cleanly
    const auto empty = PythonScripts::extract({}, &error);
    QVERIFY(empty && empty->isValid());
}

LAB_TEST_MAIN(TestPythonScriptProcess)
#include "tst_pythonscriptprocess.moc"
