// SPDX-License-Identifier: MIT
#include "sharedcountersegment.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

static_assert(std::atomic_ref<qint64>::is_always_lock_free, "the shared counter needs a lock-free 64-bit atomic");

QString SharedCounterSegment::uniqueKey()
{
    static quint64 runs = 0;   // the GUI thread's: runs are started there
    return u"concurrency-lab-counter-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++runs);
}

QString SharedCounterSegment::semaphoreKey(const QString &key)
{
    return key + u"-lock"_s;
}

SharedCounterSegment::SharedCounterSegment(const QString &key)
    : m_memory(key)
{
}

bool SharedCounterSegment::create()
{
    // Python: multiprocessing.Value('q', 0, lock=False)
    if (!m_memory.create(sizeof(qint64)) && m_memory.error() == QSharedMemory::AlreadyExists) {
        // Left by a run that crashed with this key (a reused PID): attaching and detaching again
        // makes this process the last to detach, and Qt removes the segment. Then create it anew.
        if (m_memory.attach())
            m_memory.detach();
        m_memory.create(sizeof(qint64));
    }
    if (!m_memory.isAttached())
        return false;
    counter().store(0);   // a new System V segment is zero-filled; say so anyway
    return true;
}

bool SharedCounterSegment::attach()
{
    return m_memory.attach(QSharedMemory::ReadWrite);
}

std::atomic_ref<qint64> SharedCounterSegment::counter()
{
    // The segment starts on a page boundary: aligned for any atomic.
    return std::atomic_ref<qint64>(*static_cast<qint64 *>(m_memory.data()));
}
