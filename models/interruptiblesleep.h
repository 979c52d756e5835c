// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <coroutine>
#include <memory>

// How one coroutine run is steered: cancelled (QCoro 0.8 has no cancellation of its own) and, in
// step mode, let past one step at a time. GUI thread only; it lives as long as the run's owner keeps
// it. Both requests resume the waiting coroutine right now, not at the next turn of the event loop.
class CoroutineRunControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isCancelRequested() const { return m_requested; }
    void requestCancel();

    // Step mode (see StepPoint). setGated(false) is "continue to the end".
    void setGated(bool gated);
    bool isGated() const { return m_gated; }
    void permitStep();

Q_SIGNALS:
    void cancelRequested();
    void stepPermitted();

private:
    bool m_requested = false;
    bool m_gated = false;
};

// `co_await InterruptibleSleep(d, source)`: asyncio.sleep(d) for the GUI thread's event loop, that a
// cancel wakes at once. Evaluates to true when the whole duration passed, false when cancelled.
// With a zero duration it yields one turn of the event loop, like asyncio.sleep(0).
// Unlike awaiting a signal with QCoro 0.8, it always resumes the coroutine, also when the source is
// destroyed, so no coroutine frame is ever left suspended (and leaked) by a cancel or a shutdown.
class InterruptibleSleep
{
public:
    InterruptibleSleep(std::chrono::milliseconds duration, CoroutineRunControl *source);
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
    QPointer<CoroutineRunControl> m_source;
    std::unique_ptr<QTimer> m_timer;  // created when suspending
    QMetaObject::Connection m_onCancel;
    QMetaObject::Connection m_onSourceGone;
    std::coroutine_handle<> m_awaiting;
    bool m_sleptFully = false;
};

// `co_await StepPoint(control)`: where a coroutine stops in step mode until the user presses Step.
// Passes at once when the run is not gated. Evaluates to false when the run was cancelled. Like
// InterruptibleSleep it always resumes the coroutine, also when `control` is destroyed.
class StepPoint
{
public:
    explicit StepPoint(CoroutineRunControl *control);
    StepPoint(StepPoint &&) noexcept = default;
    StepPoint &operator=(StepPoint &&) noexcept = default;
    ~StepPoint();

    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> awaiting);
    bool await_resume() const noexcept { return m_control && !m_control->isCancelRequested(); }

private:
    void wake();

    QPointer<CoroutineRunControl> m_control;
    std::unique_ptr<QObject> m_context;   // owns the connections while suspended
    std::coroutine_handle<> m_awaiting;
};
