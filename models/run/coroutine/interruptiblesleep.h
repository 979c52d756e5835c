// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinegate.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <coroutine>
#include <memory>

// `co_await InterruptibleSleep(d, source)`: asyncio.sleep(d) for the GUI thread's event loop, that a
// cancel wakes at once. Evaluates to true when the whole duration passed, false when cancelled.
// With a zero duration it yields one turn of the event loop, like asyncio.sleep(0).
// Unlike awaiting a signal with QCoro 0.8, it always resumes the coroutine, also when the source is
// destroyed, so no coroutine frame is ever left suspended (and leaked) by a cancel or a shutdown.
class InterruptibleSleep
{
public:
    InterruptibleSleep(std::chrono::milliseconds duration, CoroutineGate *source);
    // Movable until awaited (QCoro's await_transform may move it); never copied.
    InterruptibleSleep(InterruptibleSleep &&) noexcept = default;
    InterruptibleSleep &operator=(InterruptibleSleep &&) noexcept = default;
    ~InterruptibleSleep();

    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> awaiting);
    bool await_resume() const noexcept { return m_sleptFully; }

private:
    void wake(bool sleptFully);

    std::chrono::milliseconds m_duration;
    QPointer<CoroutineGate> m_source;
    std::unique_ptr<QTimer> m_timer;  // created when suspending
    QMetaObject::Connection m_onCancel;
    QMetaObject::Connection m_onSourceGone;
    std::coroutine_handle<> m_awaiting;
    bool m_sleptFully = false;
};
