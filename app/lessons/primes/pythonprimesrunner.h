// SPDX-License-Identifier: MIT
#pragma once

#include "primesrunner.h"

class PythonScriptProcess;

// Lesson 3 in real CPython: the bundled sequential.py, threads.py or procs.py (written for the app
// after the book's) run by python3 as a child process in a process group of its own
// (PythonScriptProcess), their results filled in as they print them. This is the GIL measured, not
// simulated. "python3 not found" is a clear failure. GUI thread only.
class PythonPrimesRunner : public PrimesRunner
{
    Q_OBJECT
public:
    enum class Script { Sequential, Threads, Processes };

    PythonPrimesRunner(const DemoId &demoId, Script script, PrimesParameters parameters, QObject *parent = nullptr);
    // Kills every script still running, with its whole process group.
    ~PythonPrimesRunner() override;

    // Where python3 is: found on PATH by default; tests point it elsewhere. Applies to the next run.
    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }

protected:
    void startWork(quint64 runId) override;

private:
    QString handleRecord(quint64 runId, const QJsonObject &record, QList<bool> &taken, qint64 &totalNs);
    QString scriptName() const;

    const Script m_script;
    QString m_interpreter;
};
