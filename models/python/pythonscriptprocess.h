// SPDX-License-Identifier: MIT
#pragma once

#include "linesplitter.h"
#include "processgroupchild.h"
#include "stderrtail.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <chrono>
#include <functional>

// One run of a Python script in real CPython, as a child process in a process group of its own
// (ProcessGroupChild), reading the JSON lines it prints with --jsonl (one object per line, the first
// {"ready": <pid>}, the last {"total": ...}; see app/lessons/primes/python/primes_cli.py).
//
// Started as `<interpreter> -B <scriptDirectory>/<script> <arguments...> --jsonl`, without a shell,
// in scriptDirectory (so the script imports its neighbours). cancel() reaches the whole group (the
// workers the script spawns too); on Linux the child also dies with this app.
//
// Every run ends in exactly one of succeeded(), failed() or cancelled(), then exited() once the
// child is reaped and its whole process group is gone. Owned by its runner; GUI thread only.
class PythonScriptProcess : public QObject
{
    Q_OBJECT
public:
    // What to run: `script`, a file name in `scriptDirectory`, with `arguments` (--jsonl is added).
    struct Request {
        QString scriptDirectory;
        QString script;
        QStringList arguments;
    };

    struct Options {
        QString interpreter = PythonScriptProcess::interpreter();   // empty: not found
        std::chrono::milliseconds terminateGrace{500};               // SIGTERM, then SIGKILL after this
        // Runs in the child between fork and exec (Unix), after the rest of its set-up:
        // async-signal-safe calls only, e.g. pinning it to one core. May be empty.
        std::function<void()> inChild;
    };

    // Longest stdout line accepted; a longer one (or one that never ends) is a protocol error.
    static constexpr qsizetype maxLineLength = 4096;
    // After the child is reaped, how long exited() waits for the rest of its group to go away
    // (killing it again meanwhile) before it is emitted anyway.
    static constexpr std::chrono::milliseconds groupExitTimeout = ProcessGroupChild::groupExitTimeout;

    // python3 found on PATH (QStandardPaths::findExecutable), or an empty string. Any thread.
    static QString interpreter();

    // Options{}: python3 from PATH, 500 ms between SIGTERM and SIGKILL.
    explicit PythonScriptProcess(Request request, QObject *parent = nullptr);
    PythonScriptProcess(Request request, Options options, QObject *parent = nullptr);
    // Kills the whole group of a run still going (ChildReaper reaps the child from the loop),
    // quietly; emits nothing.
    ~PythonScriptProcess() override;

    // Starts the run; call once. Never emits before it returns: a missing interpreter or a failed
    // start is reported from the event loop (failed(), then exited()).
    void start();
    // SIGTERM to the whole process group, SIGKILL after Options::terminateGrace; cancelled() once
    // the child has exited, then exited(). Does nothing before start() or once the run has
    // reported its outcome (a failed run is being stopped already).
    void cancel();

    // The child's PID from the system once started, else 0.
    qint64 pid() const { return m_child.pid(); }
    // The child's process group (its PID) on Unix once started, else 0.
    qint64 processGroup() const { return m_child.processGroup(); }
    // The whole command line: the interpreter first. Empty before start().
    QStringList commandLine() const { return m_commandLine; }
    // The {"ready": ...} object, once received (e.g. its "workers").
    QJsonObject readyObject() const { return m_readyObject; }
    // The last lines the child wrote to stderr (at most StderrTail::linesKept, each shortened).
    QStringList stderrTail() const { return m_stderrTail.lines(); }
    // true between start() and exited().
    bool isActive() const { return m_started && !m_exited; }

Q_SIGNALS:
    // The child's first line, {"ready": <pid>}, named its real PID.
    void ready(qint64 pid);
    // Every later line, a JSON object; the last one holds "total".
    void record(const QJsonObject &object);
    // Exactly one of these three per run.
    void succeeded();                          // exit 0 after a {"total": ...} record
    void failed(const QString &translated);    // not found, failed to start, crashed, non-zero exit,
                                               // no total, or a protocol error; the child is stopped
    void cancelled();                          // cancel() was called and the child has exited
    // The child is reaped and its process group is empty: nothing more will be reported and nothing
    // is left running; the last thing this object does: safe to delete it, with deleteLater() or
    // right in a slot connected here. Deleting it earlier is safe too (the destructor kills the
    // group), but not from a slot connected to its other signals: use deleteLater() there.
    void exited();

private:
    void readOutput();
    void readErrors();
    void handleLine(QByteArrayView line);
    void handleLine(const LineSplitter::Line &line);
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void handleFailedStart(const QString &systemReason);
    void handleExited();
    void fail(const QString &translated);     // reports once, then stops the child
    void protocolError(const QString &reason);
    QString scriptName() const { return m_request.script; }

    const Request m_request;
    const Options m_options;
    ProcessGroupChild m_child;
    QStringList m_commandLine;
    // stdout received but not yet a whole line (bounded; room for a '\r' before the '\n')
    LineSplitter m_lines{maxLineLength + 1};
    StderrTail m_stderrTail;
    QJsonObject m_readyObject;
    bool m_started = false;
    bool m_readySeen = false;
    bool m_totalSeen = false;
    bool m_cancelRequested = false;
    bool m_reported = false;      // one of succeeded/failed/cancelled was emitted
    bool m_exited = false;        // exited() was emitted
};
