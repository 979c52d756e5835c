// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <coroutine>
#include <memory>

// The cancel switch of one coroutine run (QCoro 0.8 has no cancellation of its own).
// GUI thread only; it lives as long as the run's owner keeps it.
class CoroutineCancelSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isCancelRequested() const { return m_requested; }
    // Resumes every coroutine sleeping on this source, right now (not at the next event loop turn).
    void requestCancel();

Q_SIGNALS:
    void cancelRequested();

private:
    bool m_requested = false;
};

// `co_await InterruptibleSleep(d, source)`: asyncio.sleep(d) for the GUI thread's event loop, that a
// cancel wakes at once. Evaluates to true when the whole duration passed, false when cancelled.
// With a zero duration it yields one turn of the event loop, like asyncio.sleep(0).
// Unlike awaiting a signal with QCoro 0.8, it always resumes the coroutine, also when the source is
// destroyed, so no coroutine frame is ever left suspended (and leaked) by a cancel or a shutdown.
class InterruptibleSleep
{
public:
    InterruptibleSleep(std::chrono::milliseconds duration, CoroutineCancelSource *source);
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
    QPointer<CoroutineCancelSource> m_source;
    std::unique_ptr<QTimer> m_timer;  // created when suspending
    QMetaObject::Connection m_onCancel;
    QMetaObject::Connection m_onSourceGone;
    std::coroutine_handle<> m_awaiting;
    bool m_sleptFully = false;
};
