// SPDX-License-Identifier: MIT
#pragma once

#include "primesrunner.h"
#include "workerprocess.h"

// Lesson 3, N child processes (the book's procs.py): concurrency-lab-worker children check the
// numbers in address spaces of their own, each number handed out over the line protocol
// (PrimeCheckingChildren). No GIL in C++ either way; in Python this is how CPU-bound work uses every
// core. GUI thread only.
class ProcessPrimesRunner : public PrimesRunner
{
    Q_OBJECT
public:
    explicit ProcessPrimesRunner(PrimesParameters parameters, QObject *parent = nullptr);
    // Kills and reaps every child still running.
    ~ProcessPrimesRunner() override;

    // Defaults: the worker found by WorkerLocator. Tests pass fault flags. Apply to the next run.
    void setWorkerOptions(const WorkerProcess::Options &options) { m_options = options; }
    WorkerProcess::Options workerOptions() const { return m_options; }

protected:
    void startWork(quint64 runId) override;

private:
    WorkerProcess::Options m_options = WorkerProcess::Options::standard();
};
