// SPDX-License-Identifier: MIT
#pragma once

#include "slowtask.h"
#include "typeddemorunner.h"
#include "workerprocess.h"

// Lesson 1, process model: the slow task runs in a concurrency-lab-worker child (WorkerProcess), the
// same slow task code as the thread demo, in its own address space. Python: multiprocessing.Process.
// GUI thread only.
class ProcessRunner : public TypedDemoRunner<SlowTaskParameters, SlowTaskResult>
{
    Q_OBJECT
public:
    explicit ProcessRunner(SlowTaskParameters parameters = {}, QObject *parent = nullptr);
    // Kills and reaps every child still running: no orphan is left behind.
    ~ProcessRunner() override;

    // Defaults: the worker found by WorkerLocator, no extra arguments, 5 s answer grace, 1 s
    // terminate grace. Tests change them to drive the worker's failure paths. Apply to the next run.
    void setWorkerOptions(const WorkerProcess::Options &options) { m_options = options; }
    WorkerProcess::Options workerOptions() const { return m_options; }

protected:
    void startWork(quint64 runId) override;

private:
    WorkerProcess::Options m_options = WorkerProcess::Options::standard();
};
