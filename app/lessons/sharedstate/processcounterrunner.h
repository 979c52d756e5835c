// SPDX-License-Identifier: MIT
#pragma once

#include "counterrunner.h"
#include "countingchildren.h"
#include "workerprocess.h"

// Part A's process demos: N concurrency-lab-worker children add 1 to a counter M times each: each to
// its own copy, to one in shared memory with no lock or under a QSystemSemaphore, or counting on
// their own and sending their counts (CountingChildren runs them). GUI thread only.
//
// Step mode: each child stops at its own steps and the user picks which one goes on, as with the
// threads (a whole process can wait at a step: its stdin says when to go on); the GUI thread's steps
// (create-shared, start-children, join or sum, report) wait in its step queue.
class ProcessCounterRunner : public CounterRunner
{
    Q_OBJECT
public:
    using Variant = CountingMode;

    ProcessCounterRunner(const DemoId &demoId, Variant variant, CounterParameters parameters, QObject *parent = nullptr);
    // Kills and reaps the children of every run, then removes their shared counter and semaphore.
    ~ProcessCounterRunner() override;

    // The GUI thread's steps of the script: report. startWork() adds the others, which depend on the
    // variant.
    static StepScript script();

    // Defaults: the worker found by WorkerLocator. Tests pass fault flags. Apply to the next run.
    void setWorkerOptions(const WorkerProcess::Options &options) { m_options = options; }
    // The key of the current or last run's shared counter; empty for the demos that share nothing.
    QString sharedKey() const { return m_sharedKey; }

protected:
    void startWork(quint64 runId) override;

private:
    void finishCounting(quint64 runId, const CountingChildren::Outcome &outcome);

    const Variant m_variant;
    WorkerProcess::Options m_options = WorkerProcess::Options::standard();
    QString m_sharedKey;
};
