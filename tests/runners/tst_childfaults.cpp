// SPDX-License-Identifier: MIT
// Faults of every lesson's worker children: each demo that starts concurrency-lab-worker (lesson 1's
// process, lesson 3's primes, lesson 4's sleepers, lesson 5's counters and queue) is run against a
// child that is killed, stopped, missing, not executable, floods its stdout or stderr, stays
// silent, babbles, answers a wrong value or leaves a grandchild behind. Each run ends with a clear
// message naming what happened (or, for a flood of stderr, normally), in bounded time, and no
// process it started, child or grandchild, is left running afterwards (checked by PID).
#include "labtest.h"
#include "labtestdemos.h"

#include "childreaper.h"
#include "processgroup.h"
#include "workerprocess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <csignal>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// Every demo whose units are concurrency-lab-worker children.
const QList<DemoId> workerDemos{u"process"_s,
                                u"primes-processes"_s,
                                u"many-processes"_s,
                                u"counter-processes-isolated"_s,
                                u"counter-processes-shared"_s,
                                u"counter-processes-semaphore"_s,
                                u"counter-processes-messages"_s,
                                u"queue-processes"_s};

enum class Fault { Killed, Stopped, Missing, NotExecutable, FloodStdout, FloodStderr, Silent, Garbage, WrongAnswer, Grandchild };

// The children of `pid` (all its threads'), from /proc.
QSet<qint64> childrenOf(qint64 pid)
{
    QSet<qint64> children;
    const QString tasks = u"/proc/%1/task"_s.arg(pid);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks + u'/' + task + u"/children"_s);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : file.readAll().simplified().split(' ')) {
            if (!child.isEmpty())
                children.insert(child.toLongLong());
        }
    }
    return children;
}

// This process's children and their children, running now.
QSet<qint64> descendants()
{
    QSet<qint64> all;
    for (qint64 child : childrenOf(QCoreApplication::applicationPid())) {
        all.insert(child);
        all.unite(childrenOf(child));
    }
    return all;
}

} // namespace

class TestChildFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyWorkerDemoIsCovered();
    void faultEndsTheRunClearly_data();
    void faultEndsTheRunClearly();

private:
    QTemporaryDir m_dir;
    QString m_notExecutable;
};

void TestChildFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(LabTest::faultyWorkerPath()).isExecutable());
    // A worker that is there but may not be run: a copy without its x bits.
    m_notExecutable = m_dir.filePath(u"concurrency-lab-worker"_s);
    QVERIFY(QFile::copy(LabTest::faultyWorkerPath(), m_notExecutable));
    QVERIFY(QFile::setPermissions(m_notExecutable, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestChildFaults::cleanup()
{
    WorkerProcess::Options::setStandardForTesting(std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(ChildReaper::pending(), 0, 10000);
}

// A demo added later with worker children must be added above. Found by what really runs, whatever
// options or messages a runner uses: each other demo runs once, and the programs of the children it
// starts are looked at while it runs (/proc/<pid>/comm: CPython is fine, a concurrency-lab worker is not).
void TestChildFaults::everyWorkerDemoIsCovered()
{
    QStringList uncovered;
    for (const DemoId &id : LabTest::allDemoIds()) {
        if (workerDemos.contains(id))
            continue;
        auto runner = LabTest::makeRunner(id);
        QSignalSpy finished(runner.get(), &DemoRunner::finished);
        bool startsWorkers = false;
        const auto look = [&startsWorkers] {
            for (qint64 child : childrenOf(QCoreApplication::applicationPid())) {
                QFile comm(u"/proc/%1/comm"_s.arg(child));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("concurrency-lab"))
                    startsWorkers = true;
            }
        };
        runner->start();
        QTRY_VERIFY_WITH_TIMEOUT((look(), finished.count() == 1), 60000);
        QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(id + u": "_s + runner->errorString()));
        if (startsWorkers)
            uncovered << id;
        runner.reset();
        QTRY_COMPARE_WITH_TIMEOUT(ChildReaper::pending(), 0, 10000);
    }
    QVERIFY2(uncovered.isEmpty(), qPrintable(u"worker demos without fault tests: "_s + uncovered.join(u", "_s)));
}

void TestChildFaults::faultEndsTheRunClearly_data()
{
    QTest::addColumn<DemoId>("demo");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("expected");   // a regular expression the failure message matches; empty: Done
    const QList<std::tuple<const char *, Fault, QString>> faults{
        {"killed", Fault::Killed, u"killed by a signal"_s},
        {"stopped", Fault::Stopped, u"is stopped"_s},
        {"missing", Fault::Missing, u"was not found"_s},
        {"not-executable", Fault::NotExecutable, u"not an executable file"_s},
        {"flood-stdout", Fault::FloodStdout, u"flooded its output"_s},
        {"flood-stderr", Fault::FloodStderr, QString()},
        {"silent", Fault::Silent, u"without an answer"_s},
        {"garbage", Fault::Garbage, u"unexpected line"_s},
        {"wrong-answer", Fault::WrongAnswer, u"answered \\d+, but its task can only answer"_s},
        {"grandchild", Fault::Grandchild, QString()},
    };
    for (const DemoId &demo : workerDemos) {
        for (const auto &[name, fault, expected] : faults)
            QTest::addRow("%s/%s", qPrintable(demo), name) << demo << fault << expected;
    }
}

void TestChildFaults::faultEndsTheRunClearly()
{
    QFETCH(DemoId, demo);
    QFETCH(Fault, fault);
    QFETCH(QString, expected);

    WorkerProcess::Options options;
    options.program = LabTest::faultyWorkerPath();
    options.answerGrace = 1s;   // a silent child is given up soon
    const QString grandchildPidFile = m_dir.filePath(u"grandchild-%1.pid"_s.arg(demo));
    QFile::remove(grandchildPidFile);
    switch (fault) {
    case Fault::Killed:
    case Fault::Stopped: options.extraArguments << u"--test-hang"_s; break;
    case Fault::Missing: options.program.clear(); break;
    case Fault::NotExecutable: options.program = m_notExecutable; break;
    case Fault::FloodStdout: options.extraArguments << u"--test-flood-stdout"_s; break;
    case Fault::FloodStderr: options.extraArguments << u"--test-flood-stderr"_s; break;
    case Fault::Silent: options.extraArguments << u"--test-silent"_s; break;
    case Fault::Garbage: options.extraArguments << u"--test-garbage"_s; break;
    case Fault::WrongAnswer: options.extraArguments << u"--test-wrong-answer"_s; break;
    case Fault::Grandchild: options.extraArguments << u"--test-grandchild"_s << grandchildPidFile; break;
    }
    WorkerProcess::Options::setStandardForTesting(options);

    auto runner = LabTest::makeRunner(demo);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QSet<qint64> seen;   // every process the run started, as they appear
    QSet<qint64> stopped;
    const auto look = [&] {
        seen.unite(descendants());
        // Stopped: every child, as soon as it is seen (one stopped among hanging ones could be
        // outlived by another's plain "did not answer").
        if (fault == Fault::Stopped) {
            for (qint64 child : childrenOf(QCoreApplication::applicationPid())) {
                if (!stopped.contains(child) && ::kill(pid_t(child), SIGSTOP) == 0)
                    stopped.insert(child);
            }
        }
    };
    if (fault == Fault::Killed) {
        // A child that said "ready" (the demo shows its PID), then killed.
        QTRY_VERIFY_WITH_TIMEOUT((look(), runner->executor().has_value() && !childrenOf(QCoreApplication::applicationPid()).isEmpty()), 20000);
        QCOMPARE(::kill(pid_t(*childrenOf(QCoreApplication::applicationPid()).cbegin()), SIGKILL), 0);
    }
    // Bounded: the longest a demo lets a silent child be (primes: 20 s), and then some.
    QTRY_VERIFY_WITH_TIMEOUT((look(), finished.count() == 1), 40000);
    if (fault == Fault::Stopped)
        QVERIFY(!stopped.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
    } else {
        QCOMPARE(runner->state(), DemoRunner::State::Failed);
        QVERIFY2(runner->errorString().contains(QRegularExpression(expected)), qPrintable(runner->errorString()));
    }

    if (fault == Fault::Grandchild) {
        QFile pidFile(grandchildPidFile);
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        seen.insert(pidFile.readAll().trimmed().toLongLong());
    }
    // Nothing the run started runs on: no child, no grandchild (a zombie waiting for init runs nothing).
    runner.reset();
    QTRY_COMPARE_WITH_TIMEOUT(ChildReaper::pending(), 0, 10000);
    for (qint64 pid : std::as_const(seen))
        QTRY_VERIFY2_WITH_TIMEOUT(!ProcessGroup::isRunning(pid), qPrintable(u"PID %1 still runs"_s.arg(pid)), 10000);
}

LAB_TEST_MAIN(TestChildFaults)
#include "tst_childfaults.moc"
