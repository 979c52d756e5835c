// SPDX-License-Identifier: MIT
#pragma once

#include "queueorder.h"

#include <QMutex>
#include <QMutexLocker>
#include <QWaitCondition>

#include <algorithm>
#include <chrono>
#include <optional>

// A bounded queue for threads: Python's queue.Queue(maxsize) (with QueueOrder: LifoQueue,
// PriorityQueue). One mutex guards everything; two condition variables let a producer sleep while
// the queue is full (notFull) and a consumer sleep while it is empty (notEmpty). Nobody spins: a
// waiting thread uses no CPU until another thread changes what it waits for.
//
// close() means cancel: every waiter wakes, put() fails and get() returns nullopt from then on, even
// while items remain (they are dropped with the queue). Python 3.13 calls this Queue.shutdown(immediate=True).
// Every function is thread-safe. The queue owns its items; destroy it only after every thread that
// uses it has returned from it (close() it, then join the threads).
template<typename T>
class BlockingQueue
{
public:
    // Any thread. capacity >= 1 (a 0 is taken as 1: this queue is always bounded).
    explicit BlockingQueue(std::size_t capacity, QueueOrder order = QueueOrder::Fifo)
        : m_items(order)
        , m_capacity(std::max<std::size_t>(capacity, 1))
    {
        Q_ASSERT(capacity >= 1);
    }
    BlockingQueue(const BlockingQueue &) = delete;
    BlockingQueue &operator=(const BlockingQueue &) = delete;

    // Any thread; blocks while the queue is full. Returns true when the queue took the item, false
    // when it is closed (then the item is dropped).
    bool put(T item)
    {
        QMutexLocker locker(&m_mutex);
        if (!m_closed && m_items.size() >= m_capacity) {
            // Back-pressure: the consumers are slower, so this producer has to wait for them.
            ++m_putsThatWaited;
            const auto start = std::chrono::steady_clock::now();
            // A loop, not an if: a wake-up only says "look again" (another producer may have taken
            // the room first, and waits may end spuriously).
            while (!m_closed && m_items.size() >= m_capacity)
                m_notFull.wait(&m_mutex);   // unlocks while asleep, locks again before returning
            m_putWaitNs += std::chrono::nanoseconds(std::chrono::steady_clock::now() - start).count();
        }
        if (m_closed)
            return false;
        m_items.push(std::move(item));
        m_notEmpty.wakeOne();   // one item: one consumer is enough
        return true;
    }

    // Any thread; blocks while the queue is empty. Returns the next item (now the caller's), or
    // nullopt once the queue is closed.
    std::optional<T> get()
    {
        QMutexLocker locker(&m_mutex);
        while (!m_closed && m_items.empty())
            m_notEmpty.wait(&m_mutex);
        if (m_closed)
            return std::nullopt;
        std::optional<T> item(m_items.pop());
        m_notFull.wakeOne();   // one free place: one producer is enough
        return item;
    }

    // Any thread. Wakes every waiting thread (each sees "closed" and returns); idempotent.
    void close()
    {
        QMutexLocker locker(&m_mutex);
        m_closed = true;
        m_notFull.wakeAll();
        m_notEmpty.wakeAll();
    }

    // Any thread; each is a snapshot that may be stale as soon as it returns.
    std::size_t size() const
    {
        QMutexLocker locker(&m_mutex);
        return m_items.size();
    }
    std::size_t capacity() const { return m_capacity; }   // never changes: no lock needed
    bool isClosed() const
    {
        QMutexLocker locker(&m_mutex);
        return m_closed;
    }
    // How many put() calls found the queue full and had to wait.
    quint64 putsThatWaited() const
    {
        QMutexLocker locker(&m_mutex);
        return m_putsThatWaited;
    }
    // Total time producers spent blocked in put(), in nanoseconds (steady clock).
    qint64 putWaitNs() const
    {
        QMutexLocker locker(&m_mutex);
        return m_putWaitNs;
    }

private:
    mutable QMutex m_mutex;        // guards every member below but m_capacity
    QWaitCondition m_notFull;      // signalled when an item leaves (or on close)
    QWaitCondition m_notEmpty;     // signalled when an item arrives (or on close)
    OrderedItems<T> m_items;
    const std::size_t m_capacity;
    bool m_closed = false;
    quint64 m_putsThatWaited = 0;
    qint64 m_putWaitNs = 0;
};
