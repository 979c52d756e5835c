// SPDX-License-Identifier: MIT
#pragma once

#include "queueorder.h"
#include "resumequeue.h"

#include <algorithm>
#include <chrono>
#include <coroutine>
#include <deque>
#include <optional>
#include <utility>

// A bounded queue for coroutines on one thread: Python's asyncio.Queue(maxsize) (with QueueOrder:
// LifoQueue, PriorityQueue). `co_await queue.put(item)` suspends the coroutine while the queue is
// full, `co_await queue.get()` while it is empty; the thread is never blocked, other coroutines and
// the window run meanwhile. No lock and no threads: every call must come from the one thread whose
// event loop runs the coroutines, and that is all that makes it safe.
//
// Fair and without lost wake-ups: waiters are served in the order they arrived, and a waiter is
// handed its item (or its place) the moment one is available, so no coroutine can take it first. It
// then resumes on a later turn of the event loop (ResumeQueue), never inside the put(), get() or
// close() that served it: asyncio does the same, for the same reasons (no reentrancy, no recursion).
//
// close() means cancel: every waiter resumes with false / nullopt, later calls do not suspend and
// fail the same way, even while items remain. The queue owns its items. It must outlive the
// coroutines that wait on it: close() it and let them resume before destroying it.
template<typename T>
class AsyncQueue
{
public:
    class PutAwaiter;
    class GetAwaiter;

    // Its thread. capacity >= 1 (a 0 is taken as 1: this queue is always bounded).
    explicit AsyncQueue(std::size_t capacity, QueueOrder order = QueueOrder::Fifo)
        : m_items(order)
        , m_capacity(std::max<std::size_t>(capacity, 1))
    {
        Q_ASSERT(capacity >= 1);
    }
    AsyncQueue(const AsyncQueue &) = delete;
    AsyncQueue &operator=(const AsyncQueue &) = delete;
    ~AsyncQueue() { Q_ASSERT(m_putters.empty() && m_getters.empty()); }

    // Its thread. `const bool ok = co_await queue.put(item);` true once the queue has the item
    // (without suspending when there is room); false when closed (the item is dropped).
    [[nodiscard]] PutAwaiter put(T item) { return PutAwaiter(this, std::move(item)); }
    // Its thread. `std::optional<T> item = co_await queue.get();` the next item, now the caller's
    // (without suspending when there is one); nullopt when closed.
    [[nodiscard]] GetAwaiter get() { return GetAwaiter(this); }
    // Its thread. Every waiter resumes (later turn) with false / nullopt; idempotent.
    void close()
    {
        m_closed = true;
        for (PutAwaiter *putter : std::exchange(m_putters, {})) {
            endWait(putter);
            putter->resumeLater();   // m_accepted stays false: the item was not taken
        }
        for (GetAwaiter *getter : std::exchange(m_getters, {}))
            getter->resumeLater();   // m_item stays empty
    }

    // Its thread.
    std::size_t size() const { return m_items.size(); }
    std::size_t capacity() const { return m_capacity; }
    bool isClosed() const { return m_closed; }
    // Coroutines suspended in put() / get() that have not been served yet.
    std::size_t waitingPutters() const { return m_putters.size(); }
    std::size_t waitingGetters() const { return m_getters.size(); }
    // How many put()s found the queue full and had to wait.
    quint64 putsThatWaited() const { return m_putsThatWaited; }
    // Total time producers spent suspended in put() until served or closed, in nanoseconds (steady
    // clock; a later turn of the event loop then resumes them).
    qint64 putWaitNs() const { return m_putWaitNs; }

    // What put() returns; co_await it once. Lives in the awaiting coroutine's frame: when that frame
    // is destroyed while suspended, it leaves the line (the put never happened). Movable until
    // awaited (QCoro's await_transform may move it), never copied.
    class PutAwaiter
    {
    public:
        PutAwaiter(AsyncQueue *queue, T item)
            : m_queue(queue)
            , m_item(std::move(item))
        {
        }
        PutAwaiter(PutAwaiter &&other) noexcept
            : m_queue(other.m_queue)
            , m_item(std::move(other.m_item))
        {
            Q_ASSERT(other.m_state == State::Idle);   // only moved before it is awaited
        }
        PutAwaiter(const PutAwaiter &) = delete;
        PutAwaiter &operator=(const PutAwaiter &) = delete;
        ~PutAwaiter()
        {
            if (m_state == State::Waiting) {
                m_queue->leave(m_queue->m_putters, this);
                m_queue->endWait(this);
            } else if (m_state == State::Resuming) {
                ResumeQueue::forCurrentThread()->forget(m_awaiting);   // its item, if taken, stays
            }
        }

        bool await_ready()
        {
            if (m_queue->m_closed)
                return true;    // fails at once
            if (m_queue->m_items.size() >= m_queue->m_capacity)
                return false;   // full: wait in line
            // Room means nobody is waiting to put (they are served as soon as room appears).
            m_queue->accept(this);
            m_queue->serveWaiters();   // a getter may be waiting for this item
            return true;
        }
        void await_suspend(std::coroutine_handle<> awaiting)
        {
            m_awaiting = awaiting;
            m_state = State::Waiting;
            m_since = std::chrono::steady_clock::now();
            ++m_queue->m_putsThatWaited;
            m_queue->m_putters.push_back(this);
        }
        bool await_resume()
        {
            m_state = State::Idle;
            return m_accepted;
        }

    private:
        friend class AsyncQueue;
        enum class State { Idle, Waiting, Resuming };
        void resumeLater()
        {
            m_state = State::Resuming;
            ResumeQueue::forCurrentThread()->post(m_awaiting);
        }

        AsyncQueue *m_queue;
        std::optional<T> m_item;   // until the queue takes it
        std::coroutine_handle<> m_awaiting;
        std::chrono::steady_clock::time_point m_since;
        State m_state = State::Idle;
        bool m_accepted = false;
    };

    // What get() returns; co_await it once. Lives in the awaiting coroutine's frame: when that frame
    // is destroyed while suspended, it leaves the line, and an item already handed to it goes back
    // to the queue (as the next one out) or to the next waiting getter: nothing is lost. Movable
    // until awaited, never copied.
    class GetAwaiter
    {
    public:
        explicit GetAwaiter(AsyncQueue *queue)
            : m_queue(queue)
        {
        }
        GetAwaiter(GetAwaiter &&other) noexcept
            : m_queue(other.m_queue)
        {
            Q_ASSERT(other.m_state == State::Idle);
        }
        GetAwaiter(const GetAwaiter &) = delete;
        GetAwaiter &operator=(const GetAwaiter &) = delete;
        ~GetAwaiter()
        {
            if (m_state == State::Waiting) {
                m_queue->leave(m_queue->m_getters, this);
            } else if (m_state == State::Resuming) {
                ResumeQueue::forCurrentThread()->forget(m_awaiting);
                if (m_item)
                    m_queue->giveBack(std::move(*m_item));
            }
        }

        bool await_ready()
        {
            if (m_queue->m_closed)
                return true;    // fails at once
            if (m_queue->m_items.empty())
                return false;   // empty: wait in line
            // An item means nobody is waiting to get (they are served as soon as one arrives).
            m_item = m_queue->m_items.pop();
            m_queue->serveWaiters();   // a putter may be waiting for the room it made
            return true;
        }
        void await_suspend(std::coroutine_handle<> awaiting)
        {
            m_awaiting = awaiting;
            m_state = State::Waiting;
            m_queue->m_getters.push_back(this);
        }
        std::optional<T> await_resume()
        {
            m_state = State::Idle;
            return std::exchange(m_item, std::nullopt);
        }

    private:
        friend class AsyncQueue;
        enum class State { Idle, Waiting, Resuming };
        void resumeLater()
        {
            m_state = State::Resuming;
            ResumeQueue::forCurrentThread()->post(m_awaiting);
        }

        AsyncQueue *m_queue;
        std::optional<T> m_item;   // handed to it; the caller's once resumed
        std::coroutine_handle<> m_awaiting;
        State m_state = State::Idle;
    };

private:
    // Takes a putter's item into the queue: its put succeeds.
    void accept(PutAwaiter *putter)
    {
        m_items.push(std::move(*putter->m_item));
        putter->m_item.reset();
        putter->m_accepted = true;
    }

    // Hands items to waiting getters and room to waiting putters, first come first served, for as
    // long as one of them can go on. Each served waiter resumes on a later turn.
    void serveWaiters()
    {
        for (;;) {
            if (!m_getters.empty() && !m_items.empty()) {
                GetAwaiter *getter = takeFirst(m_getters);
                getter->m_item = m_items.pop();
                getter->resumeLater();
            } else if (!m_putters.empty() && m_items.size() < m_capacity) {
                PutAwaiter *putter = takeFirst(m_putters);
                endWait(putter);
                accept(putter);   // and this loop serves whoever its item lets in
                putter->resumeLater();
            } else {
                return;
            }
        }
    }

    // An item handed to a getter that will never run: back to the front, or to the next getter.
    // The queue may then hold more than its capacity for a while (put() waits meanwhile).
    void giveBack(T item)
    {
        m_items.pushFront(std::move(item));
        serveWaiters();
    }

    void endWait(PutAwaiter *putter)
    {
        m_putWaitNs += std::chrono::nanoseconds(std::chrono::steady_clock::now() - putter->m_since).count();
    }
    template<typename Waiter>
    static Waiter *takeFirst(std::deque<Waiter *> &line)
    {
        Waiter *first = line.front();
        line.pop_front();
        return first;
    }
    template<typename Waiter>
    static void leave(std::deque<Waiter *> &line, Waiter *waiter)
    {
        line.erase(std::find(line.begin(), line.end(), waiter));
    }

    OrderedItems<T> m_items;
    const std::size_t m_capacity;
    bool m_closed = false;
    std::deque<PutAwaiter *> m_putters;   // suspended in put(), in order of arrival
    std::deque<GetAwaiter *> m_getters;   // suspended in get(), in order of arrival
    quint64 m_putsThatWaited = 0;
    qint64 m_putWaitNs = 0;
};
