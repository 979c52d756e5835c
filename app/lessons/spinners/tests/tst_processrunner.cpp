// SPDX-License-Identifier: MIT
// Every way the worker child can go wrong ends in its own clear message, never a hang, and never
// leaves a process behind.
#include "labtest.h"

#include "childreaper.h"
#include "processrunner.h"
#include "workerlocator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSet>
#include <QScopeGuard>
#include <QSignalSpy>

#include <csignal>
#include <cerrno>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workerIsFoundNextToTheBinary();
    void workerIsNeverTakenFromPath();
    void workloadArgumentsNeverReachAShell();
    void failures_data();
    void failures();
    void failureMessagesAreDistinct();
    void cancelKillsTheChild();
    void destroyingTheRunnerLeavesNoProcess();
    void workerExitsWhenStdinCloses();
    void workerRejectsBadArguments();
    void workerNotExecutableIsNotNotFound();

private:
    QSet<QString> m_messages;
};

void TestProcessRunner::workerIsFoundNextToTheBinary()
{
    const QString path = WorkerLocator::workerPath();
    QVERIFY2(!path.isEmpty(), qPrintable(WorkerLocator::candidatePaths().join(u", "_s)));
    QVERIFY(path.endsWith(u"/concurrency-lab-worker"_s));
}

// Security: only the app's own folder or its installed libexec folder, never PATH, where anyone's
// "concurrency-lab-worker" could be first.
void TestProcessRunner::workerIsNeverTakenFromPath()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    QCOMPARE(WorkerLocator::candidatePaths(),
             QStringList({appDir.filePath(u"concurrency-lab-worker"_s),
                          QDir::cleanPath(appDir.filePath(u"../libexec/concurrency-lab/concurrency-lab-worker"_s))}));

    QTemporaryDir impostorDir;
    QVERIFY(impostorDir.isValid());
    const QString impostor = impostorDir.filePath(u"concurrency-lab-worker"_s);
    QFile file(impostor);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho ready 1\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    const auto restore = qScopeGuard([path] { qputenv("PATH", path); });
    qputenv("PATH", QFile::encodeName(impostorDir.path()) + ':' + path);
    QVERIFY(WorkerLocator::workerPath() != impostor);
    QVERIFY(WorkerLocator::workerPath().startsWith(appDir.absolutePath()));
}

// Security: the worker is started with an argument list, no shell: shell syntax in a workload's
// arguments is an argument like any other (refused by the workload), and runs nothing.
void TestProcessRunner::workloadArgumentsNeverReachAShell()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString marker = dir.filePath(u"ran"_s);
    ProcessRunner runner;
    WorkerProcess::Options options = runner.workerOptions();
    options.extraArguments = {u"--workload"_s, u"slow-task; touch %1"_s.arg(marker)};
    runner.setWorkerOptions(options);
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({100ms});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY(!QFile::exists(marker));
}

// A worker that is there but cannot run is not "not found": the message names the file and what to do.
void TestProcessRunner::workerNotExecutableIsNotNotFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString candidate = dir.filePath(u"concurrency-lab-worker"_s);
    QCOMPARE(WorkerLocator::whyNotFound({candidate}).contains(u"was not found"_s), true);
    QVERIFY(WorkerLocator::whyNotFound({candidate}).contains(QDir::toNativeSeparators(dir.path())));

    QFile file(candidate);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));   // no x bit
    const QString message = WorkerLocator::whyNotFound({candidate});
    QVERIFY2(message.contains(u"is not an executable file"_s) && message.contains(candidate), qPrintable(message));
    QVERIFY2(!message.contains(u"was not found"_s), qPrintable(message));
}

void TestProcessRunner::failures_data()
{
    QTest::addColumn<QString>("program");   // "default", "missing", "not a program" or "none"
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("failed to start") << u"not a program"_s << QStringList() << u"could not be started"_s;
    QTest::newRow("missing file") << u"missing"_s << QStringList() << u"was not found (looked in /nonexistent)"_s;
    QTest::newRow("not found") << u"none"_s << QStringList() << u"was not found"_s;
    QTest::newRow("crash") << u"default"_s << QStringList{u"--test-crash"_s} << u"crashed"_s;
    QTest::newRow("non-zero exit") << u"default"_s << QStringList{u"--test-exit-code"_s, u"7"_s} << u"exited with code 7"_s;
    QTest::newRow("garbage") << u"default"_s << QStringList{u"--test-garbage"_s} << u"unexpected line"_s;
    // A line that never ends is an error once it passes the longest line there is, not a buffer that
    // grows until memory runs out (the child ignores SIGTERM and floods until it is killed).
    QTest::newRow("endless line") << u"default"_s << QStringList{u"--test-endless-line"_s} << u"longer than 64 bytes"_s;
    QTest::newRow("no answer, clean exit") << u"default"_s << QStringList{u"--test-silent"_s} << u"without an answer"_s;
    QTest::newRow("no answer in time") << u"default"_s << QStringList{u"--test-hang"_s} << u"did not answer within"_s;
    QTest::newRow("lies about its PID") << u"default"_s << QStringList{u"--test-wrong-pid"_s} << u"said it was PID 1, but it is PID"_s;
}

void TestProcessRunner::failures()
{
    QFETCH(QString, program);
    QFETCH(QStringList, flags);
    QFETCH(QString, expectedMessage);

    ProcessRunner runner;
    WorkerProcess::Options options = runner.workerOptions();
    QTemporaryDir dir;
    if (program == u"missing"_s) {
        options.program = u"/nonexistent/concurrency-lab-worker"_s;
    } else if (program == u"not a program"_s) {
        // Executable, but neither a binary nor a script: exec() itself refuses it.
        options.program = dir.filePath(u"concurrency-lab-worker"_s);
        QFile file(options.program);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("\x01\x02 not a program\n") > 0);
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    }
    else if (program == u"none"_s)
        options.program.clear();
    if (!flags.isEmpty())
        options.program = LabTest::faultyWorkerPath();   // the installed worker has no --test-* flags
    options.extraArguments = flags;
    options.answerGrace = 500ms;   // for the hanging worker
    runner.setWorkerOptions(options);

    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({100ms});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner.state(), DemoRunner::State::Failed);
    QVERIFY2(runner.errorString().contains(expectedMessage), qPrintable(runner.errorString()));
    QVERIFY(!runner.hasResult());
    m_messages.insert(runner.errorString());
    // The numbers on screen agree: a run that "did not answer within X s" ran at least X s.
    static const QRegularExpression within(u"within (\\d+(?:\\.\\d+)?) s"_s);
    if (const QRegularExpressionMatch match = within.match(runner.errorString()); match.hasMatch())
        QVERIFY2(runner.elapsedMs() >= qint64(match.captured(1).toDouble() * 1000),
                 qPrintable(u"%1 after %2 ms"_s.arg(runner.errorString()).arg(runner.elapsedMs())));

    // Whatever happened, the child is gone soon after (killed if it was still there).
    const qint64 pid = runner.executor() ? runner.executor()->id : 0;
    if (pid > 0)
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
}

void TestProcessRunner::failureMessagesAreDistinct()
{
    QCOMPARE(m_messages.size(), 10);
}

void TestProcessRunner::cancelKillsTheChild()
{
    ProcessRunner runner;
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start({60s});
    QTRY_VERIFY_WITH_TIMEOUT(runner.executor().has_value(), 10000);
    const qint64 pid = runner.executor()->id;
    QCOMPARE(runner.executor()->kind, UnitKind::ChildProcess);
    QVERIFY(processExists(pid));
    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    QCOMPARE(runner.state(), DemoRunner::State::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 3000);
}

void TestProcessRunner::destroyingTheRunnerLeavesNoProcess()
{
    auto runner = std::make_unique<ProcessRunner>();
    runner->start({60s});
    QTRY_VERIFY_WITH_TIMEOUT(runner->executor().has_value(), 10000);
    const qint64 pid = runner->executor()->id;
    const int pendingBefore = ChildReaper::pending();
    runner.reset();
    // Killed by the destructor, which does not wait for it on the GUI thread: the reaper has it...
    QCOMPARE(ChildReaper::pending(), pendingBefore + 1);
    // ...and reaps it from the event loop: not even a zombie is left.
    QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ChildReaper::pending(), pendingBefore, 5000);
}

void TestProcessRunner::workerExitsWhenStdinCloses()
{
    // What happens when the app dies: the pipe to the child's stdin closes.
    QProcess worker;
    worker.start(WorkerLocator::workerPath(), {u"--workload"_s, u"slow-task"_s, u"--"_s, u"--milliseconds"_s, u"60000"_s});
    QVERIFY(worker.waitForStarted(5000));
    QVERIFY(worker.waitForReadyRead(5000));
    QVERIFY(worker.readLine().startsWith("ready "));
    worker.closeWriteChannel();
    QVERIFY2(worker.waitForFinished(5000), "the worker kept running after its parent went away");
    QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker.exitCode(), 3);
}

void TestProcessRunner::workerRejectsBadArguments()
{
    // A workload's bad arguments, an unknown workload, a missing one: refused before "ready".
    const QList<QStringList> badCalls{
        {u"--workload"_s, u"slow-task"_s, u"--"_s, u"--milliseconds"_s, u"soon"_s},
        {u"--workload"_s, u"no-such-workload"_s},
        {u"--milliseconds"_s, u"100"_s},
        // The test-only faults are not in the worker users get (tests/helpers/faultyworker.cpp).
        {u"--workload"_s, u"slow-task"_s, u"--test-crash"_s, u"--"_s, u"--milliseconds"_s, u"100"_s},
    };
    for (const QStringList &arguments : badCalls) {
        QProcess worker;
        worker.start(WorkerLocator::workerPath(), arguments);
        QVERIFY(worker.waitForFinished(5000));
        QCOMPARE(worker.exitCode(), 2);
        QCOMPARE(worker.readAllStandardOutput(), QByteArray());
        QVERIFY(!worker.readAllStandardError().isEmpty());
    }
    // --help is not a usage error: it prints the options (the workloads named) and exits 0.
    QProcess help;
    help.start(WorkerLocator::workerPath(), {u"--help"_s});
    QVERIFY(help.waitForFinished(5000));
    QCOMPARE(help.exitStatus(), QProcess::NormalExit);
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromLocal8Bit(help.readAllStandardOutput());
    QVERIFY2(text.contains(u"--workload"_s) && text.contains(u"slow-task"_s), qPrintable(text));
    QVERIFY2(text.startsWith(u"Usage: "_s) && text.contains(u"concurrency-lab-worker [options]"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"--test-"_s), qPrintable(text));
    QCOMPARE(help.readAllStandardError(), QByteArray());
}

LAB_TEST_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
