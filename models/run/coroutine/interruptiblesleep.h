// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinegate.h"
#include "sleepscheduler.h"

#include <chrono>
#include <coroutine>

// `co_await InterruptibleSleep(d, gate)`: asyncio.sleep(d) for the GUI thread's event loop, that the
// gate's cancel wakes at once. Evaluates to true when the whole duration passed, false when the gate
// is cancelled or destroyed (and at once, without suspending, when it is null or cancelled already).
// With a zero duration it yields one turn of the event loop, like asyncio.sleep(0).
// Unlike awaiting a signal with QCoro 0.8, it always resumes the coroutine, also when the gate is
// destroyed, so no coroutine frame is ever left suspended (and leaked) by a cancel or a shutdown.
// A lab::sleepFor() with the gate's SleepCanceller: one shared timer, not one QTimer per sleep.
class InterruptibleSleep
{
public:
    InterruptibleSleep(std::chrono::milliseconds duration, CoroutineGate *gate);
    // Movable until awaited (QCoro's await_transform may move it); never copied.
    InterruptibleSleep(InterruptibleSleep &&) noexcept = default;

    bool await_ready() const noexcept { return !m_hasGate || m_sleep.await_ready(); }
    void await_suspend(std::coroutine_handle<> awaiting) { m_sleep.await_suspend(awaiting); }
    bool await_resume() const noexcept { return m_hasGate && m_sleep.await_resume(); }

private:
    lab::SleepAwaiter m_sleep;
    bool m_hasGate;
};
