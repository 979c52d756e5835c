// SPDX-License-Identifier: MIT
#pragma once

#include "sleepersrunner.h"

class SleepingThreads;

// Lesson 4, part B, thread model: N std::threads, each sleeping in a wait that a cancel wakes, started
// and joined by a launcher thread (SleepingThreads). Python: N threading.Thread. GUI thread only.
class ThreadSleepersRunner : public SleepersRunner
{
    Q_OBJECT
public:
    explicit ThreadSleepersRunner(SleepersParameters parameters = {}, QObject *parent = nullptr);
    // Wakes and joins every thread of a run still going.
    ~ThreadSleepersRunner() override;

protected:
    void startWork(quint64 runId) override;

private:
    std::unique_ptr<SleepingThreads> m_threads;   // the current or last run's
    QPointer<CancelOnlyGate> m_gate;
};
