// SPDX-License-Identifier: MIT
#include "cancellation.h"

#include <QDeadlineTimer>
#include <QMutexLocker>

void CancelToken::cancel()
{
    QMutexLocker locker(&m_mutex);
    m_cancelled = true;
    m_wake.wakeAll();
}

bool CancelToken::isCancelled() const
{
    QMutexLocker locker(&m_mutex);
    return m_cancelled;
}

bool CancelToken::sleepFor(std::chrono::milliseconds duration)
{
    QDeadlineTimer deadline(duration, Qt::PreciseTimer);
    QMutexLocker locker(&m_mutex);
    // Loop: wait() may wake spuriously.
    while (!m_cancelled) {
        if (!m_wake.wait(&m_mutex, deadline))
            return !m_cancelled;   // deadline reached
    }
    return false;
}
