// SPDX-License-Identifier: MIT
#include "blockinggate.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

void BlockingGate::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancelled = true;
    m_wake.wakeAll();
}

bool BlockingGate::isCancelled() const
{
    QMutexLocker locker(&m_mutex);
    return m_cancelled;
}

bool BlockingGate::sleepFor(std::chrono::milliseconds duration)
{
    QDeadlineTimer deadline(duration, Qt::PreciseTimer);
    QMutexLocker locker(&m_mutex);
    // Loop: wait() may wake spuriously, or for a step permit that is not ours to take.
    while (!m_cancelled) {
        if (!m_wake.wait(&m_mutex, deadline))
            return !m_cancelled;   // deadline reached
    }
    return false;
}

void BlockingGate::setGated(bool gated)
{
    QMutexLocker locker(&m_mutex);
    if (m_gated && !gated) {
        ++m_ungatings;
        m_permits = 0;   // a permit given just before does not carry over to a later step
    }
    m_gated = gated;
    m_wake.wakeAll();
}

bool BlockingGate::isGated() const
{
    QMutexLocker locker(&m_mutex);
    return m_gated;
}

void BlockingGate::permitStep()
{
    QMutexLocker locker(&m_mutex);
    ++m_permits;
    m_wake.wakeAll();
}

bool BlockingGate::waitAtStep()
{
    QMutexLocker locker(&m_mutex);
    const quint64 ungatings = m_ungatings;
    while (!m_cancelled && m_gated && m_permits == 0 && m_ungatings == ungatings)
        m_wake.wait(&m_mutex);
    if (m_cancelled)
        return false;
    if (m_gated && m_permits > 0 && m_ungatings == ungatings)
        --m_permits;
    return true;
}
