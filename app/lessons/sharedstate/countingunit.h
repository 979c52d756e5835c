// SPDX-License-Identifier: MIT
#pragma once

#include "countingthreads.h"
#include "executionunit.h"
#include "trace.h"

#include <QString>

// One counting thread's view of its run: where it records its steps and, in step mode, waits at
// them. Cheap when neither applies (two relaxed atomic loads), so the cost per increment that the
// demo reports is the mechanism's, not the bookkeeping's. The unit's first few increments are
// recorded step by step for the timeline and the code viewer; in step mode, every one is.
// Used by its own thread only.
class CountingUnit
{
public:
    static constexpr int tracedIncrements = 20;

    CountingUnit(CountingThreads &run, ExecutionUnit unit);

    const ExecutionUnit &unit() const { return m_unit; }
    // A new increment begins.
    void beginIncrement() { ++m_increment; }
    // At a step marker: records it (a traced increment, or step mode) and in step mode waits for Step.
    // False once the run is cancelled: stop counting.
    bool reach(const QString &stepId)
    {
        if (!isTraced())
            return !m_run.isCancelled();
        return reachSlowly(stepId);
    }
    // Records what the unit does now (holding the lock, waiting for it) for the timeline, on
    // traced increments only.
    void record(TraceEventKind kind, const QString &detail = {});

private:
    bool isTraced() const { return m_increment <= tracedIncrements || m_run.stepMode(); }
    bool reachSlowly(const QString &stepId);

    CountingThreads &m_run;
    const ExecutionUnit m_unit;
    qint64 m_increment = 0;
};
