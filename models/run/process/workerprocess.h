// SPDX-License-Identifier: MIT
#pragma once

#include "linesplitter.h"
#include "rungate.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

// One run of concurrency-lab-worker: starts it without a shell on one of its workloads, reads its
// line protocol, enforces an answer deadline, and turns every way it can end into exactly one of
// answered(), cancelled() or failed() with a distinct translated message. It is the run's RunGate:
// cancel terminates the child, step mode is a command on its stdin. Owned by its runner; GUI thread only.
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
    };

    // What the child runs: a workload registered in the worker (WorkerWorkloads), its arguments,
    // and how long it should take (the answer deadline is that plus Options::answerGrace; for a
    // workload that takes jobs, each result starts the deadline again).
    struct Request {
        QString workload;
        QStringList arguments;
        std::chrono::milliseconds expectedDuration{0};
    };

    // Call setGated(true) before start() to start the child in step mode (no answer deadline while
    // it waits for the user).
    WorkerProcess(Request request, Options options, QObject *parent = nullptr);
    // Kills a child that is still running; ChildReaper reaps it from the event loop.
    ~WorkerProcess() override;

    void start();
    // Terminates the child, then kills it after the grace period; reports cancelled() once it exits.
    void cancel() override;
    // Step mode: let the child past one step / run it to the end (commands on its stdin).
    void permitStep() override;
    void setGated(bool gated) override;
    // A workload that takes jobs: one more job (WorkerProtocol::isJobText(text)), and "no more".
    // Ignored once the child has reported or is not running.
    void sendJob(QByteArrayView text);
    void endJobs();
    qint64 pid() const { return m_pid; }
    bool hasExited() const { return m_process->state() == QProcess::NotRunning; }

Q_SIGNALS:
    void childReady(qint64 pid);
    void stepReached(const QString &stepId);
    // The result of one job, as the workload wrote it.
    void resultReceived(const QByteArray &text);
    void answered(int answer);
    void cancelled();
    void failed(const QString &errorString);
    // The child is gone (reaped) and nothing more will be reported; safe to delete this.
    void exited();

private:
    void readOutput();
    void handleLine(QByteArrayView line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleError(QProcess::ProcessError error);
    void fail(const QString &errorString);   // reports once, then makes sure the child dies
    void stopChild();
    void sendCommand(QByteArrayView command);

    const Request m_request;
    const Options m_options;
    std::unique_ptr<QProcess> m_process = std::make_unique<QProcess>();
    QTimer m_answerDeadline;
    QTimer m_killTimer;
    LineSplitter m_lines;          // stdout received but not yet a whole line (bounded)
    qint64 m_pid = 0;              // from the child's "ready" line
    std::optional<int> m_answer;   // from its "answer" line; reported when it exits cleanly
    bool m_cancelRequested = false;
    bool m_gated = false;
    bool m_reported = false;       // one of answered/cancelled/failed was emitted
};
