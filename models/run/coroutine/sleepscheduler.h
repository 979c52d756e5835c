// SPDX-License-Identifier: MIT
#pragma once

#include <QBasicTimer>
#include <QObject>

#include <chrono>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

// Coroutine sleeps that scale: `co_await lab::sleepFor(d)` is asyncio.sleep(d) for Qt's event loop.
//
// One QTimer per sleeping coroutine does not scale in Qt 6.4 (its timer bookkeeping is linear per
// timer: 100,000 QCoro::sleepFor() sleepers took about 27 s for a 1 s sleep). Like asyncio's event
// loop, each thread that sleeps has one SleepScheduler: a binary heap of wake-up times and one
// precise timer set to the earliest of them. Cost per sleeper: one heap entry (24 bytes) and the
// awaiter in the coroutine's frame.
namespace lab {

class SleepScheduler;
class SleepAwaiter;

// Wakes a group of sleeps early. cancel() resumes every sleep that was given this canceller right
// now (their co_await evaluates to false); sleeps given it afterwards do not suspend and evaluate
// to false too. Destroying it cancels, so no coroutine is ever left suspended by a canceller that is
// gone. Thread of its sleeps only; not copyable.
class SleepCanceller
{
public:
    SleepCanceller() = default;
    SleepCanceller(const SleepCanceller &) = delete;
    SleepCanceller &operator=(const SleepCanceller &) = delete;
    ~SleepCanceller();

    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Sleeps given this canceller that are suspended now.
    std::size_t sleeping() const { return m_sleeping; }

private:
    friend class SleepAwaiter;
    friend class SleepScheduler;
    bool m_cancelled = false;
    std::size_t m_sleeping = 0;
    SleepScheduler *m_scheduler = nullptr;   // of its sleeps' thread, once one has slept
};

// What lab::sleepFor() returns; co_await it once. Lives in the awaiting coroutine's frame: when the
// frame is destroyed while it sleeps (the coroutine's task is destroyed), it leaves the scheduler
// and is never resumed.
class SleepAwaiter
{
public:
    SleepAwaiter(std::chrono::nanoseconds duration, SleepCanceller *canceller);
    // Movable until awaited (QCoro's await_transform may move it); never copied.
    SleepAwaiter(SleepAwaiter &&other) noexcept;
    SleepAwaiter &operator=(SleepAwaiter &&) = delete;
    SleepAwaiter(const SleepAwaiter &) = delete;
    ~SleepAwaiter();

    // Ready (no suspension) only when the canceller is cancelled already. A zero or negative
    // duration still suspends: the coroutine yields one turn of the event loop (asyncio.sleep(0)).
    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> awaiting);
    // true: the whole duration passed; false: cancelled.
    bool await_resume() const noexcept { return m_sleptFully; }

private:
    friend class SleepScheduler;
    static constexpr std::uint32_t notQueued = std::numeric_limits<std::uint32_t>::max();

    // 32 bytes, because g++ 12 keeps two copies of it in the awaiting coroutine's frame: a 32-bit
    // slot, and no scheduler pointer (a suspended awaiter belongs to its thread's scheduler).
    std::chrono::nanoseconds m_duration;
    SleepCanceller *m_canceller;             // null once its cancel has taken it
    std::coroutine_handle<> m_awaiting;
    std::uint32_t m_slot = notQueued;        // while suspended: its index in the heap, or in the wake list
    bool m_inWakeList = false;               // which of the two m_slot indexes
    bool m_sleptFully = false;
};

// co_await lab::sleepFor(d): suspends the coroutine for at least d on its thread's event loop, then
// resumes it (true), or sooner when `canceller` (may be null) is cancelled (false). Sleepers resume
// in order of their wake-up times; sleepers with the same wake-up time resume in the order they
// started sleeping. Never early.
SleepAwaiter sleepFor(std::chrono::nanoseconds duration, SleepCanceller *canceller = nullptr);

// The scheduler of one thread: created on the first sleep in that thread (which needs an event loop),
// destroyed with the thread. Resumes due sleepers from its timer in slices of at most sliceBudget,
// yielding to the event loop between slices, so a million wake-ups do not freeze the window.
class SleepScheduler : public QObject
{
public:
    static constexpr std::chrono::milliseconds sliceBudget{8};
    // Heap capacity kept once nothing sleeps; more is given back.
    static constexpr std::size_t keptCapacity = 4096;

    // The current thread's scheduler (created on first use).
    static SleepScheduler *forCurrentThread();

    // Sleepers suspended now.
    std::size_t sleeping() const { return m_heap.size(); }
    // Whether its timer is running: exactly when some sleeper waits.
    bool isTimerActive() const { return m_timer.isActive(); }

    ~SleepScheduler() override;

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class SleepAwaiter;
    friend class SleepCanceller;
    struct Entry {
        std::chrono::steady_clock::time_point deadline;
        quint64 arrival;          // FIFO among equal deadlines
        SleepAwaiter *awaiter;
    };

    SleepScheduler() = default;
    void add(SleepAwaiter *awaiter, std::chrono::steady_clock::time_point deadline);
    void remove(SleepAwaiter *awaiter);        // a frame destroyed while suspended
    void cancelAll(SleepCanceller *canceller); // resumes its sleepers with false
    void resumeDue();
    void rearm();
    static void wake(SleepAwaiter *awaiter, bool sleptFully);
    static bool before(const Entry &a, const Entry &b);
    void siftUp(std::size_t index);
    void siftDown(std::size_t index);
    void place(std::size_t index, const Entry &entry);
    Entry takeAt(std::size_t index);

    std::vector<Entry> m_heap;
    // Sleepers being woken by a cancel, resumed one by one; a slot is nulled when its awaiter is
    // destroyed meanwhile (a resumed coroutine may destroy another's frame).
    std::vector<SleepAwaiter *> m_waking;
    QBasicTimer m_timer;
    quint64 m_arrivals = 0;
};

} // namespace lab
