// SPDX-License-Identifier: MIT
#pragma once

#include "primesrunner.h"

#include <QThreadPool>

class PrimeCheckingThreads;

// Lesson 3's thread modes, all checking the numbers on worker threads while the GUI thread stays free
// (PrimeCheckingThreads does the work):
// - OneThread: one QThread checks them one after another (the fix for lesson 2's busy loop);
// - QtConcurrent: N tasks on a QThreadPool of N threads: no GIL, so as fast as the cores allow;
// - SimulatedGil: N QThreads that must hold one lock to compute, as CPython's threads do.
// GUI thread only.
class ThreadPrimesRunner : public PrimesRunner
{
    Q_OBJECT
public:
    enum class Mode { OneThread, QtConcurrent, SimulatedGil };

    ThreadPrimesRunner(const DemoId &demoId, Mode mode, PrimesParameters parameters, QObject *parent = nullptr);
    // Cancels and joins every worker of every run.
    ~ThreadPrimesRunner() override;

protected:
    void startWork(quint64 runId) override;

private:
    void launch(PrimeCheckingThreads &threads);

    const Mode m_mode;
    // The Qt Concurrent mode's own pool, sized to the worker count of each run: the global pool is
    // the machine's core count, and the lesson sweeps from 1 to 2 x cores. Declared first: the runs
    // (children, deleted before members) wait for its tasks.
    QThreadPool m_pool;
};
