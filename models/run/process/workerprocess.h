// SPDX-License-Identifier: MIT
#pragma once

#include "linesplitter.h"
#include "processgroupchild.h"
#include "rungate.h"
#include "stderrtail.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <limits>
#include <optional>

// One run of concurrency-lab-worker: starts it without a shell on one of its workloads, in a process
// group of its own (so that whatever it starts is stopped with it), reads its line protocol,
// enforces an answer deadline and a bound on what it may print, and turns every way it can end into
// exactly one of answered(), cancelled() or failed() with a distinct translated message (naming the
// last line the child wrote to stderr, if any). It is the run's RunGate: cancel terminates the
// child's group, step mode is a command on its stdin. Owned by its runner; GUI thread only.
class WorkerProcess : public QObject, public RunGate
{
    Q_OBJECT
public:
    struct Options {
        QString program;                      // the worker's path; empty: not found
        QStringList extraArguments;           // e.g. the worker's test-only fault flags
        std::chrono::milliseconds answerGrace{5000};     // how long past the duration to wait
        std::chrono::milliseconds terminateGrace{1000};  // SIGTERM, then SIGKILL after this
        // Runs in the child between fork and exec, after the parent-death signal is set up (Unix):
        // async-signal-safe calls only, e.g. pinning the child to one core. May be empty.
        std::function<void()> inChild;

        // The options every runner starts from: the worker found next to the app
        // (WorkerLocator::workerPath()), unless a test has set others (setStandardForTesting()).
        static Options standard();
        // Tests: what standard() returns from now on (a faulty worker, a shorter grace); nullopt
        // goes back to the real worker. Runners take it when they are created.
        static void setStandardForTesting(std::optional<Options> options);
    };

    // What the child runs: a workload registered in the worker (WorkerWorkloads), its arguments,
    // and how long it should take (the answer deadline is that plus Options::answerGrace; for a
    // workload that takes jobs, each result starts the deadline again). An answer outside
    // [minAnswer, maxAnswer] cannot be right, and fails the run.
    struct Request {
        QString workload;
        QStringList arguments;
        std::chrono::milliseconds expectedDuration{0};
        int minAnswer = std::numeric_limits<int>::min();
        int maxAnswer = std::numeric_limits<int>::max();
    };

    // Call setGated(true) before start() to start the child in step mode (no answer deadline while
    // it waits for the user).
    WorkerProcess(Request request, Options options, QObject *parent = nullptr);
    // Kills the child's whole group if it still runs; ChildReaper reaps the child from the event loop.
    ~WorkerProcess() override;

    void start();
    // Terminates the child's group, then kills it after the grace period; reports cancelled() once
    // the child exits.
    void cancel() override;
    // Step mode: let the child past one step / run it to the end (commands on its stdin).
    void permitStep() override;
    void setGated(bool gated) override;
    // A workload that takes jobs: one more job (WorkerProtocol::isJobText(text)), and "no more".
    // Ignored once the child has reported or is not running.
    void sendJob(QByteArrayView text);
    void endJobs();
    qint64 pid() const { return m_pid; }
    bool hasExited() const { return !m_child.isRunning(); }

Q_SIGNALS:
    void childReady(qint64 pid);
    void stepReached(const QString &stepId);
    // The result of one job, as the workload wrote it.
    void resultReceived(const QByteArray &text);
    void answered(int answer);
    void cancelled();
    void failed(const QString &errorString);
    // The child is reaped and its process group is empty: nothing more will be reported and nothing
    // of it runs; safe to delete this (with deleteLater()).
    void exited();

private:
    void readOutput();
    void handleLine(QByteArrayView line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleFailedStart(const QString &systemReason);
    void handleDeadline();
    void fail(const QString &errorString);   // reports once, then makes sure the child dies
    // `message`, followed by the last line the child wrote to stderr when there is one.
    QString withLastWords(const QString &message) const;
    void sendCommand(QByteArrayView command);
    void restartDeadline();

    const Request m_request;
    const Options m_options;
    ProcessGroupChild m_child;
    QTimer m_answerDeadline;
    LineSplitter m_lines;          // stdout received but not yet a whole line (bounded)
    StderrTail m_stderr;           // the last lines of its stderr (bounded)
    qsizetype m_linesRead = 0;
    qsizetype m_jobsSent = 0;
    qsizetype m_stepsPermitted = 0;   // each lets the child print one more step (and its result)
    qint64 m_pid = 0;              // from the child's "ready" line, checked against the system's
    std::optional<int> m_answer;   // from its "answer" line; reported when it exits cleanly
    bool m_cancelRequested = false;
    bool m_gated = false;
    bool m_reported = false;       // one of answered/cancelled/failed was emitted
};
