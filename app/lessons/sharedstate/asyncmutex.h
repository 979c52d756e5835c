// SPDX-License-Identifier: MIT
#pragma once

// Not <coroutine> first: Qt 6.4's moc, given CMake's C++17 predefines, fails to parse it when it is
// the first header a moc-processed file reaches (a test or a page including this header first).
#include <QtGlobal>

#include <coroutine>
#include <deque>
#include <optional>

// A lock for coroutines on one thread: Python's asyncio.Lock. QCoro 0.8 has none.
//
// Why coroutines need a lock at all: between two co_awaits a coroutine runs alone, but a
// read-await-write sequence (read a counter, co_await something, write it back + 1) lets other
// coroutines run in the middle and their updates get lost. Holding this lock across the co_await
// keeps the others out of that section.
//
// Fair: waiters get the lock in the order they asked for it. unlock() hands the lock directly to the
// first waiter, so a coroutine that calls lock() right after unlock() queues behind it (no
// barging). The waiter resumes on a later turn of the event loop (ResumeQueue), never inside
// unlock(). Not thread-safe: one thread, no system lock. Nobody owns the lock in the C++ sense:
// unlock() may be called by any coroutine, as in asyncio. The mutex must outlive its waiters and
// its Lockers.
class AsyncMutex
{
public:
    class LockAwaiter;
    class ScopedLockAwaiter;
    class Locker;

    AsyncMutex() = default;
    AsyncMutex(const AsyncMutex &) = delete;
    AsyncMutex &operator=(const AsyncMutex &) = delete;
    ~AsyncMutex();

    // Its thread. `const bool ok = co_await mutex.lock();` true: the caller holds the lock (at once,
    // without suspending, when it was free); false: its wait was cancelled by cancelWaiters().
    [[nodiscard]] LockAwaiter lock();
    // Its thread. `std::optional<AsyncMutex::Locker> locker = co_await mutex.scopedLock();` as
    // lock(), but the lock comes inside a Locker that unlocks when it goes out of scope; nullopt
    // when cancelled.
    [[nodiscard]] ScopedLockAwaiter scopedLock();
    // Its thread; the mutex must be locked. Passes the lock to the first waiter, or frees it.
    void unlock();
    // Its thread. Every waiter resumes (later turn) with false; the holder keeps the lock.
    void cancelWaiters();

    // Its thread.
    bool isLocked() const { return m_locked; }
    // Its thread; coroutines suspended in lock() that have not been handed the lock yet.
    std::size_t waiters() const { return m_waiters.size(); }

private:
    bool m_locked = false;   // true from lock() to unlock(), and while handed to a waiter not yet resumed
    std::deque<LockAwaiter *> m_waiters;   // FIFO; invariant: empty whenever !m_locked
};

// What lock() returns; co_await it once. Lives in the awaiting coroutine's frame: when that frame is
// destroyed while suspended (the coroutine will never resume), its destructor leaves the line, or,
// when the lock had already been handed to it, passes the lock on. Movable until awaited (QCoro's
// await_transform may move it), never copied.
class AsyncMutex::LockAwaiter
{
public:
    explicit LockAwaiter(AsyncMutex *mutex)
        : m_mutex(mutex)
    {
    }
    LockAwaiter(LockAwaiter &&other) noexcept;
    LockAwaiter(const LockAwaiter &) = delete;
    LockAwaiter &operator=(const LockAwaiter &) = delete;
    ~LockAwaiter();

    bool await_ready();   // takes a free lock at once
    void await_suspend(std::coroutine_handle<> awaiting);
    bool await_resume();

protected:
    friend class AsyncMutex;
    enum class State {
        Idle,       // not suspended: before co_await, or after it resumed
        Waiting,    // in m_mutex->m_waiters
        Resuming,   // handed its result (m_acquired), its handle posted to the ResumeQueue
    };

    AsyncMutex *m_mutex;
    std::coroutine_handle<> m_awaiting;
    State m_state = State::Idle;
    bool m_acquired = false;
};

// The lock, held until it is destroyed (or unlock() is called): RAII for AsyncMutex, as
// QMutexLocker for QMutex. Movable (the lock moves with it), not copyable. Its mutex's thread.
class AsyncMutex::Locker
{
public:
    Locker(Locker &&other) noexcept;
    Locker &operator=(Locker &&other) noexcept;
    Locker(const Locker &) = delete;
    Locker &operator=(const Locker &) = delete;
    ~Locker() { unlock(); }

    // Unlocks now rather than at the end of the scope; does nothing the second time.
    void unlock();
    bool ownsLock() const { return m_mutex != nullptr; }

private:
    friend class ScopedLockAwaiter;
    explicit Locker(AsyncMutex *lockedMutex)
        : m_mutex(lockedMutex)
    {
    }
    AsyncMutex *m_mutex;   // null once unlocked or moved from
};

// What scopedLock() returns: a LockAwaiter whose result is a Locker instead of a bool.
class AsyncMutex::ScopedLockAwaiter : public AsyncMutex::LockAwaiter
{
public:
    using LockAwaiter::LockAwaiter;
    std::optional<Locker> await_resume();
};
