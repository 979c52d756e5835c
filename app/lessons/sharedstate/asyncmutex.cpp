// SPDX-License-Identifier: MIT
#include "asyncmutex.h"

#include "resumequeue.h"

#include <QtGlobal>

#include <algorithm>
#include <utility>

// --- AsyncMutex ---

AsyncMutex::~AsyncMutex()
{
    // A waiter left behind would be suspended for ever and reach for this mutex when destroyed.
    Q_ASSERT(m_waiters.empty());
}

AsyncMutex::LockAwaiter AsyncMutex::lock()
{
    return LockAwaiter(this);
}

AsyncMutex::ScopedLockAwaiter AsyncMutex::scopedLock()
{
    return ScopedLockAwaiter(this);
}

void AsyncMutex::unlock()
{
    Q_ASSERT(m_locked);
    if (m_waiters.empty()) {
        m_locked = false;
        return;
    }
    // Hand-over: the lock stays taken and now belongs to the first waiter, before it even runs.
    // Nobody can barge in between (a lock() now finds it locked and queues), and the waiter cannot
    // miss its wake-up (it has the lock already; it only has to be resumed).
    LockAwaiter *next = m_waiters.front();
    m_waiters.pop_front();
    next->m_acquired = true;
    next->m_state = LockAwaiter::State::Resuming;
    ResumeQueue::forCurrentThread()->post(next->m_awaiting);
}

void AsyncMutex::cancelWaiters()
{
    ResumeQueue *resumer = ResumeQueue::forCurrentThread();
    for (LockAwaiter *waiter : std::exchange(m_waiters, {})) {
        waiter->m_acquired = false;
        waiter->m_state = LockAwaiter::State::Resuming;
        resumer->post(waiter->m_awaiting);
    }
}

// --- AsyncMutex::LockAwaiter ---

AsyncMutex::LockAwaiter::LockAwaiter(LockAwaiter &&other) noexcept
    : m_mutex(other.m_mutex)
{
    Q_ASSERT(other.m_state == State::Idle);   // only moved before it is awaited
}

AsyncMutex::LockAwaiter::~LockAwaiter()
{
    // Still suspended: the coroutine's frame is being destroyed, it will never run again.
    if (m_state == State::Waiting) {
        auto &waiters = m_mutex->m_waiters;
        waiters.erase(std::find(waiters.begin(), waiters.end(), this));
    } else if (m_state == State::Resuming) {
        ResumeQueue::forCurrentThread()->forget(m_awaiting);
        if (m_acquired)
            m_mutex->unlock();   // it was handed the lock: pass it on, or the lock would stay taken
    }
}

bool AsyncMutex::LockAwaiter::await_ready()
{
    if (m_mutex->m_locked)
        return false;
    m_mutex->m_locked = true;   // free (so nobody waits): take it without suspending
    m_acquired = true;
    return true;
}

void AsyncMutex::LockAwaiter::await_suspend(std::coroutine_handle<> awaiting)
{
    m_awaiting = awaiting;
    m_state = State::Waiting;
    m_mutex->m_waiters.push_back(this);
}

bool AsyncMutex::LockAwaiter::await_resume()
{
    m_state = State::Idle;
    return m_acquired;
}

// --- AsyncMutex::Locker ---

AsyncMutex::Locker::Locker(Locker &&other) noexcept
    : m_mutex(std::exchange(other.m_mutex, nullptr))
{
}

AsyncMutex::Locker &AsyncMutex::Locker::operator=(Locker &&other) noexcept
{
    if (this != &other) {
        unlock();
        m_mutex = std::exchange(other.m_mutex, nullptr);
    }
    return *this;
}

void AsyncMutex::Locker::unlock()
{
    if (m_mutex)
        std::exchange(m_mutex, nullptr)->unlock();
}

// --- AsyncMutex::ScopedLockAwaiter ---

std::optional<AsyncMutex::Locker> AsyncMutex::ScopedLockAwaiter::await_resume()
{
    if (!LockAwaiter::await_resume())
        return std::nullopt;
    return Locker(m_mutex);
}
