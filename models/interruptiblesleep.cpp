// SPDX-License-Identifier: MIT
#include "interruptiblesleep.h"

void CoroutineRunControl::requestCancel()
{
    if (m_requested)
        return;
    m_requested = true;
    Q_EMIT cancelRequested();
}

void CoroutineRunControl::setGated(bool gated)
{
    m_gated = gated;
    if (!gated)
        Q_EMIT stepPermitted();   // a coroutine waiting at a step goes on
}

void CoroutineRunControl::permitStep()
{
    Q_EMIT stepPermitted();
}

InterruptibleSleep::InterruptibleSleep(std::chrono::milliseconds duration, CoroutineRunControl *source)
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
    return !m_source || m_source->isCancelRequested();
}

void InterruptibleSleep::await_suspend(std::coroutine_handle<> awaiting)
{
    m_awaiting = awaiting;
    m_timer = std::make_unique<QTimer>();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    // Direct connections: the coroutine resumes inside requestCancel() or the timer's timeout.
    QTimer *timer = m_timer.get();
    QObject::connect(timer, &QTimer::timeout, timer, [this] { wake(true); });
    m_onCancel = QObject::connect(m_source, &CoroutineRunControl::cancelRequested, timer, [this] { wake(false); });
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
    m_sleptFully = sleptFully && !(m_source && m_source->isCancelRequested());
    // Resuming may run the coroutine to its end and destroy this awaiter (it lives in the frame):
    // touch no member after resume().
    std::exchange(m_awaiting, nullptr).resume();
}

StepPoint::StepPoint(CoroutineRunControl *control)
    : m_control(control)
{
}

StepPoint::~StepPoint() = default;

bool StepPoint::await_ready() const noexcept
{
    return !m_control || m_control->isCancelRequested() || !m_control->isGated();
}

void StepPoint::await_suspend(std::coroutine_handle<> awaiting)
{
    m_awaiting = awaiting;
    m_context = std::make_unique<QObject>();
    // Direct connections: the coroutine resumes inside permitStep() / requestCancel().
    QObject::connect(m_control, &CoroutineRunControl::stepPermitted, m_context.get(), [this] { wake(); });
    QObject::connect(m_control, &CoroutineRunControl::cancelRequested, m_context.get(), [this] { wake(); });
    QObject::connect(m_control, &QObject::destroyed, m_context.get(), [this] { wake(); });
}

void StepPoint::wake()
{
    if (!m_awaiting)
        return;
    // Resuming may end the coroutine and destroy this awaiter: touch no member after resume().
    std::exchange(m_awaiting, nullptr).resume();
}
