// SPDX-License-Identifier: MIT
#pragma once

#include "resumequeue.h"

#include <coroutine>

// `co_await YieldToLoop()`: Python's `await asyncio.sleep(0)`. The coroutine is suspended and
// resumed on the next turn of its thread's event loop, after every coroutine that yielded before it
// (ResumeQueue: one queued call per turn, however many yield), so N coroutines that yield take
// turns round robin. Cheaper than a zero sleep on a timer. Lives in the awaiting coroutine's frame:
// destroyed while suspended, it is forgotten, never resumed.
class YieldToLoop
{
public:
    YieldToLoop() = default;
    YieldToLoop(YieldToLoop &&other) noexcept
        : m_awaiting(std::exchange(other.m_awaiting, {}))
    {
    }
    YieldToLoop(const YieldToLoop &) = delete;
    YieldToLoop &operator=(const YieldToLoop &) = delete;
    YieldToLoop &operator=(YieldToLoop &&) = delete;
    ~YieldToLoop()
    {
        if (m_awaiting)
            ResumeQueue::forCurrentThread()->forget(m_awaiting);
    }

    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiting)
    {
        m_awaiting = awaiting;
        ResumeQueue::forCurrentThread()->post(awaiting);
    }
    void await_resume() noexcept { m_awaiting = {}; }

private:
    std::coroutine_handle<> m_awaiting;   // while suspended
};
