// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <deque>
#include <utility>
#include <vector>

// Which item a queue hands out next. Python: queue.Queue, queue.LifoQueue, queue.PriorityQueue
// (and their asyncio twins).
enum class QueueOrder {
    Fifo,       // first in, first out: a waiting line
    Lifo,       // last in, first out: a stack
    Priority,   // smallest first by operator<; equal items in arrival order
};

// The items of a queue in the queue's order: the one container that BlockingQueue and AsyncQueue
// share, so the two differ only in how they wait. Not thread-safe (its owner locks, or lives on one
// thread). T must be movable and comparable with < (QueueOrder::Priority uses it, and the choice is
// made at run time, so every T is compiled for it).
template<typename T>
class OrderedItems
{
public:
    // Any thread; the container owns its items.
    explicit OrderedItems(QueueOrder order)
        : m_order(order)
    {
    }

    // Owner's thread; takes the item.
    void push(T item)
    {
        if (m_order == QueueOrder::Priority) {
            m_heap.push_back({std::move(item), m_arrivals++});
            std::push_heap(m_heap.begin(), m_heap.end(), comesLater);
        } else {
            m_line.push_back(std::move(item));
        }
    }

    // Owner's thread; returns the next item and gives up its ownership. Must not be empty.
    T pop()
    {
        Q_ASSERT(!empty());
        if (m_order == QueueOrder::Priority) {
            std::pop_heap(m_heap.begin(), m_heap.end(), comesLater);
            T item = std::move(m_heap.back().item);
            m_heap.pop_back();
            return item;
        }
        if (m_order == QueueOrder::Fifo) {
            T item = std::move(m_line.front());
            m_line.pop_front();
            return item;
        }
        T item = std::move(m_line.back());
        m_line.pop_back();
        return item;
    }

    // Owner's thread; takes back an item that was popped but could not be delivered (its taker
    // vanished), so that it is the next to come out: at the front of a Fifo line, on top of a Lifo
    // stack, before the items equal to it in a Priority heap.
    void pushFront(T item)
    {
        if (m_order == QueueOrder::Priority) {
            m_heap.push_back({std::move(item), m_returns--});
            std::push_heap(m_heap.begin(), m_heap.end(), comesLater);
        } else if (m_order == QueueOrder::Fifo) {
            m_line.push_front(std::move(item));
        } else {
            m_line.push_back(std::move(item));
        }
    }

    // Owner's thread.
    std::size_t size() const { return m_order == QueueOrder::Priority ? m_heap.size() : m_line.size(); }
    bool empty() const { return size() == 0; }
    QueueOrder order() const { return m_order; }

private:
    // Priority: a binary heap, as Python's heapq. The heap alone is not stable, so each entry carries
    // its arrival number and equal items compare by it (what PriorityQueue users do by hand with
    // (priority, counter, item) tuples).
    struct Entry {
        T item;
        qint64 arrival;
    };
    // std::push_heap keeps the "largest" on top; "largest" here means "comes out first".
    static bool comesLater(const Entry &a, const Entry &b)
    {
        if (b.item < a.item)
            return true;
        if (a.item < b.item)
            return false;
        return a.arrival > b.arrival;
    }

    QueueOrder m_order;
    std::deque<T> m_line;         // Fifo and Lifo
    std::vector<Entry> m_heap;    // Priority
    qint64 m_arrivals = 0;        // counts up for pushes ...
    qint64 m_returns = -1;        // ... and down for items given back, which go before them
};
