// SPDX-License-Identifier: MIT
#pragma once

#include "processgroupchild.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

// One run of a Python script as a student would run it in a terminal, for the code viewer's console:
// `<interpreter> -B <interpreterOptions...> <script> <arguments...>` in scriptDirectory (so the
// script imports its neighbours), its stdout and stderr passed on raw, as they come. The child runs
// in a process group of its own (ProcessGroupChild): stop() reaches every process the script starts,
// and on Linux the child dies with this app. Its environment adds PYTHONUNBUFFERED=1 (output arrives
// as it is printed, as on a terminal) and PYTHONIOENCODING=utf-8 (what ConsoleText decodes).
//
// Every start() ends in ended(), once the child is reaped and its whole group is gone; destroying
// the object earlier kills the group quietly. Owned by its console; GUI thread only.
class PythonConsoleRun : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QString scriptDirectory;
        QString script;                  // a file name in scriptDirectory
        QStringList interpreterOptions;  // after -B, e.g. {"-X", "dev"}
        QStringList arguments;           // the script's own
    };
    struct Options {
        QString interpreter;                             // empty: python3 from PATH, looked up at start()
        std::chrono::milliseconds terminateGrace{500};   // SIGTERM, then SIGKILL after this
    };
    // How a run ended.
    enum class Ending {
        Exited,          // on its own, with an exit code
        Crashed,         // killed by a signal nobody here sent
        Stopped,         // stop() was called
        NotFound,        // no interpreter: python3 is not on PATH
        FailedToStart,   // the interpreter could not be started
    };
    Q_ENUM(Ending)

    PythonConsoleRun(Request request, Options options, QObject *parent = nullptr);
    // Kills the whole group of a run still going (ChildReaper reaps the child from the loop),
    // quietly: emits nothing.
    ~PythonConsoleRun() override;

    // Starts the run; call once. Never emits before it returns.
    void start();
    // SIGTERM to the whole group, SIGKILL after the grace; ended(Stopped) once it is gone. Does
    // nothing before start() or after the child has exited.
    void stop();

    // The whole command line, the interpreter first (after start(); "python3" when not found).
    QStringList commandLine() const { return m_commandLine; }
    // The command line as one would type it (arguments with spaces or quotes quoted).
    QString commandText() const;
    QString scriptDirectory() const { return m_request.scriptDirectory; }
    // The child's PID once started, else 0.
    qint64 pid() const { return m_child.pid(); }
    // true between start() and ended().
    bool isActive() const { return m_started && !m_ended; }
    // Whether stop() was called.
    bool isStopping() const { return m_stopRequested; }

    // How `ending` is told in the console (translated), e.g. "exited with code 0".
    static QString describe(Ending ending, int exitCode, const QString &detail = {});

Q_SIGNALS:
    void output(const QByteArray &bytes);        // what the script wrote to stdout
    void errorOutput(const QByteArray &bytes);   // ... to stderr
    // The last signal: nothing of the run is left. `message` is describe(ending, exitCode, ...).
    // Safe to delete the object with deleteLater() from here.
    void ended(PythonConsoleRun::Ending ending, int exitCode, const QString &message);

private:
    void handleFinished(int exitCode, QProcess::ExitStatus status);
    void end(Ending ending, int exitCode, const QString &detail = {});

    const Request m_request;
    const Options m_options;
    ProcessGroupChild m_child;
    QStringList m_commandLine;
    Ending m_ending = Ending::Exited;
    int m_exitCode = 0;
    QString m_detail;
    bool m_started = false;
    bool m_stopRequested = false;
    bool m_ended = false;
};
