// SPDX-License-Identifier: MIT
#include "jobqueue.h"

void JobQueue::add(const QByteArray &text)
{
    const QMutexLocker lock(&m_mutex);
    if (m_closed)
        return;
    m_jobs.enqueue(text);
    m_changed.wakeOne();
}

void JobQueue::close()
{
    const QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_changed.wakeAll();
}

std::optional<QByteArray> JobQueue::take()
{
    QMutexLocker lock(&m_mutex);
    while (m_jobs.isEmpty() && !m_closed)
        m_changed.wait(&m_mutex);
    if (m_jobs.isEmpty())
        return std::nullopt;
    return m_jobs.dequeue();
}
