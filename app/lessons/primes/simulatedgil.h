// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <chrono>

// CPython's global interpreter lock, simulated for C++ threads so the room can see what it does to
// CPU-bound threads (CPython 3.2+, Python/ceval_gil.h): a thread must hold the lock to compute. A
// thread that has waited a whole switch interval (sys.getswitchinterval(), 5 ms) without the holder
// changing asks the holder to drop it; the holder checks between blocks of work (checkpoint()), drops
// it, waits until another thread has taken it (forced switching), then queues for it again. With no
// waiter, nothing is ever released. The result: one thread computes at a time, whatever the cores.
// Thread-safe.
class SimulatedGil
{
public:
    explicit SimulatedGil(std::chrono::microseconds switchInterval = std::chrono::milliseconds(5));

    // Blocks until the calling thread holds the lock. Returns false (not holding it) once cancel()ed.
    bool acquire();
    void release();
    // The holder's periodic check (CPython's "eval breaker"): if a waiter asked for the lock, drop
    // it, wait until another thread has it, and take it back in turn. Returns false when cancelled
    // meanwhile (then the caller does not hold the lock). Cheap when nobody asked.
    bool checkpoint();
    // Whether a waiter asked the holder to drop the lock (checkpoint() will hand it over).
    bool dropRequested() const { return m_dropRequested.load(std::memory_order_relaxed); }
    // Wakes every waiter; acquire() and checkpoint() return false from now on.
    void cancel();

    // Hand-offs a waiting thread asked for (CPython's forced switches).
    quint64 forcedSwitches() const;

private:
    void releaseLocked();

    const std::chrono::microseconds m_interval;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    bool m_held = false;              // all guarded by m_mutex
    bool m_cancelled = false;
    int m_waiting = 0;
    quint64 m_holderChanges = 0;      // how many times the lock changed hands
    quint64 m_forcedSwitches = 0;
    std::atomic_bool m_dropRequested{false};   // read by the holder without the mutex
};
