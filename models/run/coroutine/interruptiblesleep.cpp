// SPDX-License-Identifier: MIT
#include "interruptiblesleep.h"

#include <algorithm>
#include <utility>

InterruptibleSleep::InterruptibleSleep(std::chrono::milliseconds duration, CoroutineGate *source)
    : m_duration(duration)
    , m_source(source)
{
}

InterruptibleSleep::~InterruptibleSleep()
{
    QObject::disconnect(m_onCancel);
    QObject::disconnect(m_onSourceGone);
}

bool InterruptibleSleep::await_ready() const noexcept
{
    // Nothing to wait for when cancelled already. A zero duration still suspends: the coroutine
    // then yields one turn of the event loop (asyncio.sleep(0)).
    return !m_source || m_source->isCancelled();
}

void InterruptibleSleep::await_suspend(std::coroutine_handle<> awaiting)
{
    m_awaiting = awaiting;
    m_timer = std::make_unique<QTimer>();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    // Direct connections: the coroutine resumes inside cancel() or the timer's timeout.
    QTimer *timer = m_timer.get();
    QObject::connect(timer, &QTimer::timeout, timer, [this] { wake(true); });
    m_onCancel = QObject::connect(m_source, &CoroutineGate::cancelRequested, timer, [this] { wake(false); });
    m_onSourceGone = QObject::connect(m_source, &QObject::destroyed, timer, [this] { wake(false); });
    timer->start(std::max(m_duration, std::chrono::milliseconds(0)));
}

void InterruptibleSleep::wake(bool sleptFully)
{
    if (!m_awaiting)
        return;
    m_timer->stop();
    QObject::disconnect(m_onCancel);
    QObject::disconnect(m_onSourceGone);
    m_sleptFully = sleptFully && !(m_source && m_source->isCancelled());
    // Resuming may run the coroutine to its end and destroy this awaiter (it lives in the frame):
    // touch no member after resume().
    std::exchange(m_awaiting, nullptr).resume();
}
