// SPDX-License-Identifier: MIT
#pragma once

#include "counterrunner.h"
#include "countingthreads.h"

// Part A's thread demos: N threads increment one counter M times each, without a lock, with a
// QMutex, with an atomic add, or with a long critical section (CountingThreads does the work).
// GUI thread only.
class ThreadCounterRunner : public CounterRunner
{
    Q_OBJECT
public:
    using Variant = CountingThreads::Variant;

    ThreadCounterRunner(const DemoId &demoId, Variant variant, CounterParameters parameters, QObject *parent = nullptr);
    // Cancels and joins the threads of every run.
    ~ThreadCounterRunner() override;

protected:
    void startWork(quint64 runId) override;

private:
    const Variant m_variant;
};
