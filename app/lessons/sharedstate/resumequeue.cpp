// SPDX-License-Identifier: MIT
#include "resumequeue.h"

#include <QMetaObject>

#include <algorithm>
#include <utility>

ResumeQueue *ResumeQueue::forCurrentThread()
{
    // Created on the thread that uses it, so its queued calls run on that thread's event loop.
    static thread_local ResumeQueue queue;
    return &queue;
}

void ResumeQueue::post(std::coroutine_handle<> handle)
{
    Q_ASSERT(handle);
    m_ready.push_back(handle);
    if (!m_scheduled)
        schedule();
}

void ResumeQueue::forget(std::coroutine_handle<> handle)
{
    const auto found = std::find(m_ready.begin(), m_ready.end(), handle);
    if (found != m_ready.end())
        *found = nullptr;
}

std::size_t ResumeQueue::pending() const
{
    return m_ready.size() - std::count(m_ready.begin(), m_ready.end(), nullptr);
}

void ResumeQueue::resumeReady()
{
    // Only the handles posted before this turn: one that a resumed coroutine posts now waits for the
    // next turn, so a coroutine that keeps waking another cannot keep this loop going for ever. The
    // handles stay in m_ready while they wait: a coroutine resumed first may destroy the frame of one
    // still waiting here, and forget() then finds it.
    const std::size_t count = m_ready.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (const std::coroutine_handle<> handle = std::exchange(m_ready[i], nullptr))
            handle.resume();
    }
    m_ready.erase(m_ready.begin(), m_ready.begin() + std::ptrdiff_t(count));
    // Still scheduled while resuming, so that no second call is posted meanwhile (it could run inside
    // a nested event loop of a resumed coroutine and erase the slots this loop is walking).
    m_scheduled = false;
    if (!m_ready.empty())
        schedule();
}

void ResumeQueue::schedule()
{
    // One queued call for all the handles; `this` as its context: were the queue destroyed (its
    // thread ending), the call would be dropped rather than run on a dead object.
    m_scheduled = true;
    QMetaObject::invokeMethod(this, [this] { resumeReady(); }, Qt::QueuedConnection);
}
