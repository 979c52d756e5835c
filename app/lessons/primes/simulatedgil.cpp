// SPDX-License-Identifier: MIT
#include "simulatedgil.h"

SimulatedGil::SimulatedGil(std::chrono::microseconds switchInterval)
    : m_interval(switchInterval)
{
}

bool SimulatedGil::acquire()
{
    QMutexLocker lock(&m_mutex);
    ++m_waiting;
    while (m_held && !m_cancelled) {
        const quint64 changesBefore = m_holderChanges;
        const auto deadline = QDeadlineTimer(std::chrono::duration_cast<std::chrono::nanoseconds>(m_interval));
        const bool timedOut = !m_changed.wait(&m_mutex, deadline);
        // A whole interval passed and the same thread still holds it: ask it to let go.
        if (timedOut && m_held && m_holderChanges == changesBefore)
            m_dropRequested.store(true, std::memory_order_relaxed);
    }
    --m_waiting;
    if (m_cancelled)
        return false;
    m_held = true;
    ++m_holderChanges;
    m_changed.wakeAll();   // a holder waiting for someone to take the lock (forced switching)
    return true;
}

void SimulatedGil::release()
{
    const QMutexLocker lock(&m_mutex);
    releaseLocked();
}

void SimulatedGil::releaseLocked()
{
    m_held = false;
    m_changed.wakeAll();
}

bool SimulatedGil::checkpoint()
{
    if (!m_dropRequested.load(std::memory_order_relaxed))
        return true;
    {
        QMutexLocker lock(&m_mutex);
        m_dropRequested.store(false, std::memory_order_relaxed);
        if (m_cancelled) {
            releaseLocked();
            return false;
        }
        if (m_waiting == 0)
            return true;    // the waiter went away meanwhile: keep it
        ++m_forcedSwitches;
        releaseLocked();
        // Forced switching: do not take it straight back; wait until another thread has it.
        const quint64 changesBefore = m_holderChanges;
        while (m_holderChanges == changesBefore && m_waiting > 0 && !m_cancelled)
            m_changed.wait(&m_mutex);
    }
    return acquire();
}

void SimulatedGil::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    m_changed.wakeAll();
}

quint64 SimulatedGil::forcedSwitches() const
{
    const QMutexLocker lock(&m_mutex);
    return m_forcedSwitches;
}
