// SPDX-License-Identifier: MIT
#include "sleepscheduler.h"

#include <QTimerEvent>

#include <algorithm>
#include <utility>

namespace lab {

using Clock = std::chrono::steady_clock;

// --- SleepCanceller ---

SleepCanceller::~SleepCanceller()
{
    cancel();
}

void SleepCanceller::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    if (m_sleeping > 0)
        m_scheduler->cancelAll(this);
}

// --- SleepAwaiter ---

SleepAwaiter::SleepAwaiter(std::chrono::nanoseconds duration, SleepCanceller *canceller)
    : m_duration(duration)
    , m_canceller(canceller)
{
}

SleepAwaiter::SleepAwaiter(SleepAwaiter &&other) noexcept
    : m_duration(other.m_duration)
    , m_canceller(other.m_canceller)
{
    Q_ASSERT(other.m_slot == notQueued);   // only moved before it is awaited
}

SleepAwaiter::~SleepAwaiter()
{
    // Still suspended: the coroutine's frame is being destroyed. Leave, so it is never resumed.
    if (m_slot != notQueued)
        SleepScheduler::forCurrentThread()->remove(this);
}

bool SleepAwaiter::await_ready() const noexcept
{
    return m_canceller && m_canceller->isCancelled();
}

void SleepAwaiter::await_suspend(std::coroutine_handle<> awaiting)
{
    m_awaiting = awaiting;
    SleepScheduler *scheduler = SleepScheduler::forCurrentThread();
    if (m_canceller) {
        Q_ASSERT(!m_canceller->m_scheduler || m_canceller->m_scheduler == scheduler);
        m_canceller->m_scheduler = scheduler;
        ++m_canceller->m_sleeping;
    }
    // A negative duration is a zero one; a huge one saturates instead of overflowing.
    const Clock::time_point now = Clock::now();
    const std::chrono::nanoseconds wait = std::max(m_duration, std::chrono::nanoseconds::zero());
    const Clock::time_point deadline = wait < Clock::time_point::max() - now ? now + wait : Clock::time_point::max();
    scheduler->add(this, deadline);
}

SleepAwaiter sleepFor(std::chrono::nanoseconds duration, SleepCanceller *canceller)
{
    return SleepAwaiter(duration, canceller);
}

// --- SleepScheduler ---

SleepScheduler *SleepScheduler::forCurrentThread()
{
    // Made on the thread's first sleep, destroyed when the thread ends (the main thread's after
    // main() returns: its timer must be stopped by then, which it is whenever nothing sleeps).
    static thread_local SleepScheduler scheduler;
    return &scheduler;
}

SleepScheduler::~SleepScheduler()
{
    // The thread ends with coroutines still asleep: they can never resume (no event loop any more);
    // detach them so their frames, if ever destroyed, do not reach for this scheduler.
    for (const Entry &entry : m_heap) {
        SleepAwaiter *awaiter = entry.awaiter;
        awaiter->m_slot = SleepAwaiter::notQueued;
        if (awaiter->m_canceller)
            --awaiter->m_canceller->m_sleeping;
    }
}

void SleepScheduler::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_timer.timerId())
        resumeDue();
    else
        QObject::timerEvent(event);
}

void SleepScheduler::add(SleepAwaiter *awaiter, Clock::time_point deadline)
{
    Q_ASSERT(m_heap.size() < SleepAwaiter::notQueued);
    m_heap.push_back({deadline, m_arrivals++, awaiter});
    siftUp(m_heap.size() - 1);
    if (awaiter->m_slot == 0)   // the new earliest wake-up
        rearm();
}

void SleepScheduler::remove(SleepAwaiter *awaiter)
{
    if (awaiter->m_inWakeList) {
        m_waking[awaiter->m_slot] = nullptr;   // cancelAll() skips it
    } else {
        takeAt(awaiter->m_slot);
        if (awaiter->m_canceller)
            --awaiter->m_canceller->m_sleeping;
        // A removed earliest entry leaves the timer early: it fires, finds nobody due and re-arms.
        if (m_heap.empty())
            m_timer.stop();
    }
    awaiter->m_slot = SleepAwaiter::notQueued;
    awaiter->m_inWakeList = false;
}

void SleepScheduler::cancelAll(SleepCanceller *canceller)
{
    // One pass over the heap: the canceller's entries leave it, the others close up; then one O(n)
    // rebuild. Cheaper than n removals when a canceller holds many of the sleepers.
    std::vector<Entry> cancelled;
    cancelled.reserve(canceller->m_sleeping);
    std::size_t kept = 0;
    for (const Entry &entry : m_heap) {
        if (entry.awaiter->m_canceller == canceller)
            cancelled.push_back(entry);
        else
            place(kept++, entry);
    }
    m_heap.resize(kept);
    for (std::size_t i = kept / 2; i-- > 0;)
        siftDown(i);
    rearm();

    // Resumed in the order their timer would have resumed them. They are parked in m_waking rather
    // than a local list because a coroutine resumed first may destroy the frame of one still
    // waiting here (remove() then nulls its slot), or cancel another canceller (a nested
    // cancelAll() uses the slots after ours and gives them back before returning).
    std::sort(cancelled.begin(), cancelled.end(), before);
    const std::size_t first = m_waking.size();
    for (const Entry &entry : cancelled) {
        SleepAwaiter *awaiter = entry.awaiter;
        awaiter->m_slot = std::uint32_t(m_waking.size());
        awaiter->m_inWakeList = true;
        awaiter->m_canceller = nullptr;   // the canceller may be destroyed by a coroutine resumed first
        m_waking.push_back(awaiter);
    }
    canceller->m_sleeping = 0;
    const std::size_t end = m_waking.size();
    cancelled = {};
    for (std::size_t i = first; i < end; ++i) {
        if (SleepAwaiter *awaiter = std::exchange(m_waking[i], nullptr))
            wake(awaiter, false);
    }
    m_waking.resize(first);
    if (first == 0)
        m_waking = {};   // cancels are rare: give the memory back
}

void SleepScheduler::resumeDue()
{
    // Who is due is decided once per pass: a sleeper added while the pass resumes others (a zero
    // sleep included) waits for a later pass, so sleep(0) yields a turn of the event loop and a
    // coroutine sleeping in a loop cannot keep the pass going for ever.
    const Clock::time_point start = Clock::now();
    const quint64 arrivedBefore = m_arrivals;
    while (!m_heap.empty()) {
        const Entry &earliest = m_heap.front();
        if (earliest.deadline > start || earliest.arrival >= arrivedBefore)
            break;
        if (Clock::now() - start >= sliceBudget)
            break;   // the rest is due too: rearm() below uses 0 ms, the event loop paints first
        wake(takeAt(0).awaiter, true);
    }
    rearm();
}

void SleepScheduler::rearm()
{
    if (m_heap.empty()) {
        m_timer.stop();
        // After a million sleepers the heap keeps 24 MB of capacity: give it back, so the next run
        // (and its memory figure) starts from nothing. Small heaps keep theirs.
        if (m_heap.capacity() > keptCapacity)
            m_heap = {};
        return;
    }
    // Rounded up to whole milliseconds (the timer's unit): rounding down would fire before the
    // deadline, find nobody due, and spin a few times.
    const auto wait = std::max(m_heap.front().deadline - Clock::now(), Clock::duration::zero());
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(wait).count();
    m_timer.start(int(std::min<decltype(ms)>(ms, std::numeric_limits<int>::max())), Qt::PreciseTimer, this);
}

void SleepScheduler::wake(SleepAwaiter *awaiter, bool sleptFully)
{
    if (awaiter->m_canceller)
        --awaiter->m_canceller->m_sleeping;
    awaiter->m_slot = SleepAwaiter::notQueued;
    awaiter->m_inWakeList = false;
    awaiter->m_sleptFully = sleptFully;
    // The coroutine may end and its frame (this awaiter) go: touch nothing after resume().
    std::exchange(awaiter->m_awaiting, nullptr).resume();
}

// --- The heap: ordered by (deadline, arrival); each awaiter knows its slot, for O(log n) removal ---

inline bool SleepScheduler::before(const Entry &a, const Entry &b)
{
    return a.deadline < b.deadline || (a.deadline == b.deadline && a.arrival < b.arrival);
}

inline void SleepScheduler::place(std::size_t index, const Entry &entry)
{
    m_heap[index] = entry;
    entry.awaiter->m_slot = std::uint32_t(index);
}

void SleepScheduler::siftUp(std::size_t index)
{
    const Entry entry = m_heap[index];
    while (index > 0) {
        const std::size_t parent = (index - 1) / 2;
        if (!before(entry, m_heap[parent]))
            break;
        place(index, m_heap[parent]);
        index = parent;
    }
    place(index, entry);
}

void SleepScheduler::siftDown(std::size_t index)
{
    const Entry entry = m_heap[index];
    const std::size_t size = m_heap.size();
    for (;;) {
        std::size_t child = 2 * index + 1;
        if (child >= size)
            break;
        if (child + 1 < size && before(m_heap[child + 1], m_heap[child]))
            ++child;
        if (!before(m_heap[child], entry))
            break;
        place(index, m_heap[child]);
        index = child;
    }
    place(index, entry);
}

SleepScheduler::Entry SleepScheduler::takeAt(std::size_t index)
{
    const Entry taken = m_heap[index];
    const Entry last = m_heap.back();
    m_heap.pop_back();
    const std::size_t size = m_heap.size();
    if (index == size)
        return taken;
    // Floyd's variant: the hole sinks to a leaf along the smaller children (one comparison per
    // level rather than two), then the last entry fills it and rises to its place. The last entry
    // has one of the latest deadlines, so it rarely rises far: a pop costs about log2(n) moves.
    std::size_t hole = index;
    for (std::size_t child = 2 * hole + 1; child < size; child = 2 * hole + 1) {
        if (child + 1 < size && before(m_heap[child + 1], m_heap[child]))
            ++child;
        place(hole, m_heap[child]);
        hole = child;
    }
    m_heap[hole] = last;
    siftUp(hole);
    return taken;
}

} // namespace lab
