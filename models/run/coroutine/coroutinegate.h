// SPDX-License-Identifier: MIT
#pragma once

#include "rungate.h"
#include "sleepscheduler.h"

#include <QObject>

// The RunGate of one coroutine run: cancelled (QCoro 0.8 has no cancellation of its own) and, in
// step mode, let past one step at a time. GUI thread only; it lives as long as the run's owner keeps
// it. Both requests resume the waiting coroutine right now, not at the next turn of the event loop.
class CoroutineGate : public QObject, public RunGate
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Destroying the gate cancels the run.
    ~CoroutineGate() override;

    bool isCancelled() const { return m_requested; }
    // Wakes the run's sleeps (they evaluate to false), then emits cancelRequested().
    void cancel() override;

    // Step mode (see StepPoint). setGated(false) is "continue to the end".
    void setGated(bool gated) override;
    bool isGated() const { return m_gated; }
    void permitStep() override;

    // Cancelled with the gate: `co_await lab::sleepFor(d, gate->sleeps())` (see InterruptibleSleep).
    lab::SleepCanceller *sleeps() { return &m_sleeps; }

Q_SIGNALS:
    void cancelRequested();
    void stepPermitted();

private:
    bool m_requested = false;
    bool m_gated = false;
    lab::SleepCanceller m_sleeps;
};
