// SPDX-License-Identifier: MIT
#pragma once

#include "rungate.h"

#include <QMutex>
#include <QWaitCondition>

#include <chrono>

// The RunGate of a blocking execution unit (a worker thread, the child program's main thread):
// cancelled from outside, and in step mode let past one step at a time. A cancel request is noticed at
// once: sleepFor() and waitAtStep() wait on a condition variable that cancel() wakes, so a sleeping
// worker stops within microseconds instead of at the end of its sleep.
// Thread-safe: the steering calls from any thread, the waits from the working thread.
class BlockingGate : public RunGate
{
public:
    void cancel() override;
    bool isCancelled() const;

    // Blocks the calling thread for `duration`, or until cancel(). Returns true when the whole
    // duration passed, false when cancelled (at once if it already was).
    bool sleepFor(std::chrono::milliseconds duration);

    // Step mode. While gated, waitAtStep() blocks until permitStep() (one waiter passes, once) or
    // cancel(); ungated, it returns at once. setGated(false) is "continue to the end": it releases the
    // current waiter even if the gate closes again before that waiter has woken.
    void setGated(bool gated) override;
    bool isGated() const;
    void permitStep() override;
    // Returns false when cancelled.
    bool waitAtStep();

private:
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_cancelled = false;  // all guarded by m_mutex
    bool m_gated = false;
    int m_permits = 0;
    quint64 m_ungatings = 0;   // setGated(false) releases whoever waits at a step now
};
