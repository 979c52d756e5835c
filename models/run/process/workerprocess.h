// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <chrono>

// One run of concurrency-lab-worker: starts it without a shell, reads its line protocol, enforces an
// answer deadline, and turns every way it can end into exactly one of answered(), cancelled() or
// failed() with a distinct translated message. Owned by ProcessRunner; GUI thread only.
class WorkerProcess : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString program;                      // the worker's path; empty: not found
        QStringList extraArguments;           // e.g. the worker's test-only fault flags
        std::chrono::milliseconds answerGrace{5000};     // how long past the duration to wait
        std::chrono::milliseconds terminateGrace{1000};  // SIGTERM, then SIGKILL after this
    };

    // `gated`: start the child in step mode (no answer deadline while it waits for the user).
    WorkerProcess(std::chrono::milliseconds duration, Options options, bool gated, QObject *parent = nullptr);
    // Kills a child that is still running and reaps it (a short, bounded wait).
    ~WorkerProcess() override;

    void start();
    // Terminates the child, then kills it after the grace period; reports cancelled() once it exits.
    void cancel();
    // Step mode: let the child past one step / run it to the end (commands on its stdin).
    void permitStep();
    void setGated(bool gated);
    qint64 pid() const { return m_pid; }
    bool hasExited() const { return m_process.state() == QProcess::NotRunning; }

Q_SIGNALS:
    void childReady(qint64 pid);
    void stepReached(const QString &stepId);
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

    const std::chrono::milliseconds m_duration;
    const Options m_options;
    QProcess m_process;
    QTimer m_answerDeadline;
    QTimer m_killTimer;
    QByteArray m_pending;          // stdout received but not yet a whole line
    qint64 m_pid = 0;              // from the child's "ready" line
    std::optional<int> m_answer;   // from its "answer" line; reported when it exits cleanly
    bool m_cancelRequested = false;
    bool m_gated = false;
    bool m_reported = false;       // one of answered/cancelled/failed was emitted
};
