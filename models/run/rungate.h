// SPDX-License-Identifier: MIT
#pragma once

#include "executionunit.h"

// How the runner steers the execution unit of one run, whatever its kind: BlockingGate for a worker
// thread, WorkerProcess for a child (commands on its stdin, signals), CoroutineGate for a coroutine.
// DemoRunner calls these on the GUI thread; each implementation makes them safe for its unit.
class RunGate
{
public:
    virtual ~RunGate() = default;
    // Stop the run's work as soon as possible; the unit then reports that it was cancelled.
    virtual void cancel() = 0;
    // Step mode on (the unit stops at each step until permitStep()) or off ("continue": it runs to
    // the end, and a unit waiting at a step now goes on).
    virtual void setGated(bool gated) = 0;
    // Let the unit past exactly one step.
    virtual void permitStep() = 0;
    // Let `unit` past exactly one step: a run of several units that each stop at steps (two threads
    // racing for a counter) lets the user choose which one goes on. By default the run has one unit.
    virtual void permitStepOf(const ExecutionUnit &unit)
    {
        Q_UNUSED(unit)
        permitStep();
    }
};
