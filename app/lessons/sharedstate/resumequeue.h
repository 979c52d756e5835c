// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <coroutine>
#include <vector>

// "Resume this coroutine soon, but not now": Python's loop.call_soon() for coroutine handles.
//
// AsyncQueue and AsyncMutex never resume a waiting coroutine inside put(), get(), unlock() or
// close(): the caller would then run the waiter's code in the middle of its own (reentrancy), and
// two coroutines waking each other would nest deeper and deeper (unbounded recursion). Instead they
// hand the waiter its result at once and post its handle here; on the next turn of the event loop,
// one queued call resumes every posted handle in the order posted. One ResumeQueue per thread, like
// asyncio's one ready queue per event loop; it lives until its thread ends, so a coroutine posted
// here is resumed even when the queue or mutex that posted it is gone by then.
class ResumeQueue : public QObject
{
public:
    // This thread's queue, created on first use (the thread needs an event loop to resume anything).
    static ResumeQueue *forCurrentThread();

    // Its thread; the handle must be suspended and stay so until resumed from here or forgotten.
    // It is resumed on a later turn of the event loop, after the handles posted before it.
    void post(std::coroutine_handle<> handle);
    // Its thread; an awaiter whose coroutine's frame is destroyed before its turn calls this, so the
    // dead handle is never resumed. Does nothing for a handle that is not posted.
    void forget(std::coroutine_handle<> handle);
    // Its thread; handles posted and not yet resumed (nor forgotten).
    std::size_t pending() const;

private:
    ResumeQueue() = default;
    void schedule();
    void resumeReady();

    // In posting order; a forgotten handle becomes a null slot, skipped.
    std::vector<std::coroutine_handle<>> m_ready;
    bool m_scheduled = false;   // one queued call at most, whatever the number of handles
};
