// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDeadlineTimer>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

// The lifecycle of one child program run in a process group of its own, so that stopping it
// reaches every process it starts (a multiprocessing pool, say), which a signal to the child alone
// would not. On Unix the child makes itself the leader of a new group before exec; on Linux it also
// dies with this app (PR_SET_PDEATHSIG). Elsewhere only the child itself is stopped.
//
// What the child writes is passed on as it is (readAllStandardOutput()/readAllStandardError());
// what it means is the owner's business (PythonScriptProcess reads JSON lines, PythonConsoleRun
// shows it). Every start() ends in failedToStart() or finished(), then exited() once the child is
// reaped and its whole process group is gone. Owned by one object; GUI thread only.
class ProcessGroupChild : public QObject
{
    Q_OBJECT
public:
    struct Options {
        std::chrono::milliseconds terminateGrace{500};   // SIGTERM, then SIGKILL after this
        // Runs in the child between fork and exec (Unix), after the rest of its set-up:
        // async-signal-safe calls only, e.g. pinning it to one core. May be empty.
        std::function<void()> inChild;
        // The child's environment; empty: this process's own.
        QProcessEnvironment environment;
        // The child reads its stdin from this object (write()); otherwise from the null device.
        bool writableStdin = false;
    };

    // After the child is reaped, how long exited() waits for the rest of its group to go away
    // (killing it again meanwhile) before it is emitted anyway.
    static constexpr std::chrono::milliseconds groupExitTimeout{5000};
    static constexpr std::chrono::milliseconds groupPollInterval{10};

    explicit ProcessGroupChild(Options options, QObject *parent = nullptr);
    // Kills the whole group of a child still going, quietly (emits nothing); ChildReaper reaps the
    // child from the event loop.
    ~ProcessGroupChild() override;

    // Starts `program` with `arguments` (no shell: passed as they are) in `workingDirectory`, stdin
    // from the null device unless Options::writableStdin; call once. Never emits before it returns: a failed start is reported
    // from the event loop (failedToStart(), then exited()).
    void start(const QString &program, const QStringList &arguments, const QString &workingDirectory);
    // SIGTERM to the whole group, SIGKILL after Options::terminateGrace. Does nothing unless the
    // child runs. finished() and exited() follow as usual.
    void stop();
    // Writes `bytes` to the child's stdin (Options::writableStdin); ignored unless the child runs.
    void write(QByteArrayView bytes);

    // The child's PID from the system once started, else 0.
    qint64 pid() const { return m_pid; }
    // The child's process group (its PID) on Unix once started, else 0.
    qint64 processGroup() const { return m_processGroup; }
    // true between start() and exited().
    bool isActive() const { return m_started && !m_exited; }
    // The child runs (started and not yet reaped).
    bool isRunning() const { return m_process->state() != QProcess::NotRunning; }

    // What the child wrote since the last call (bytes as they came). After finished(), what is left.
    QByteArray readAllStandardOutput() { return m_process->readAllStandardOutput(); }
    QByteArray readAllStandardError() { return m_process->readAllStandardError(); }

Q_SIGNALS:
    void readyReadStandardOutput();
    void readyReadStandardError();
    // The program could not be started; `systemReason` is the system's (translated by Qt) words.
    void failedToStart(const QString &systemReason);
    // The child was reaped (CrashExit: killed by a signal); what it wrote last can still be read.
    // The rest of its group is killed next.
    void finished(int exitCode, QProcess::ExitStatus status);
    // The child is reaped and its process group is empty: the last thing this object emits; safe to
    // delete it from here (or with deleteLater() from any slot).
    void exited();

private:
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleError(QProcess::ProcessError error);
    void signalGroup(bool force);   // SIGKILL when force, else SIGTERM
    void waitForGroupExit();        // after the child is reaped (or failed to start)
    void checkGroupGone();

    const Options m_options;
    std::unique_ptr<QProcess> m_process = std::make_unique<QProcess>();
    QTimer m_killTimer;      // SIGKILL after the terminate grace
    QTimer m_groupTimer;     // polls for the process group's end after the child is reaped
    QDeadlineTimer m_groupDeadline;
    qint64 m_pid = 0;
    qint64 m_processGroup = 0;
    bool m_started = false;
    bool m_exited = false;
};
