// SPDX-License-Identifier: MIT
#pragma once

#include "demorunner.h"
#include "workerprocess.h"

#include <QPointer>

// Lesson 1, process model: the slow task runs in a concurrency-lab-worker child (WorkerProcess), the
// same slow task code as the thread demo, in its own address space. Python: multiprocessing.Process.
// GUI thread only.
class ProcessRunner : public DemoRunner
{
    Q_OBJECT
public:
    explicit ProcessRunner(QObject *parent = nullptr);
    // Kills and reaps every child still running: no orphan is left behind.
    ~ProcessRunner() override;

    // Defaults: the worker found by WorkerLocator, no extra arguments, 5 s answer grace, 1 s
    // terminate grace. Tests change them to drive the worker's failure paths. Apply to the next run.
    void setWorkerOptions(const WorkerProcess::Options &options) { m_options = options; }
    WorkerProcess::Options workerOptions() const { return m_options; }
    // PID of the current run's child once it said "ready", else 0.
    qint64 childPid() const { return m_current ? m_current->pid() : 0; }

protected:
    void startRun(quint64 runId, std::chrono::milliseconds duration) override;
    void cancelRun(quint64 runId) override;
    void setRunGated(quint64 runId, bool gated) override;
    void permitStep(quint64 runId) override;

private:
    WorkerProcess::Options m_options;
    QPointer<WorkerProcess> m_current;   // the current run's child; a child of this
};
