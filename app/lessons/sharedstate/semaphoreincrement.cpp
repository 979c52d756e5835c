// SPDX-License-Identifier: MIT
// Processes, one counter in shared memory, under a QSystemSemaphore used as a lock: the same three
// parts, one process at a time.
#include "childcounting.h"

#include <QSystemSemaphore>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

// What QMutexLocker is to a QMutex, for a QSystemSemaphore of one resource: acquired now, released
// at the end of the scope however it is left. (Python: `with lock:`.)
class SemaphoreLocker
{
public:
    explicit SemaphoreLocker(QSystemSemaphore &semaphore) : m_semaphore(semaphore), m_held(semaphore.acquire()) {}
    ~SemaphoreLocker()
    {
        if (m_held)
            m_semaphore.release();
    }
    SemaphoreLocker(const SemaphoreLocker &) = delete;
    SemaphoreLocker &operator=(const SemaphoreLocker &) = delete;
    bool isHeld() const { return m_held; }

private:
    QSystemSemaphore &m_semaphore;
    const bool m_held;
};

// Python: with lock: seen = counter.value; new = seen + 1; counter.value = new
bool incrementOnce(std::atomic_ref<qint64> shared, QSystemSemaphore &lock, const ChildCounting::Steps &steps, bool widen)
{
    if (!steps.reach(u"lock"_s))
        return false;
    // acquire() takes the semaphore's one resource, or sleeps in the kernel until the process that
    // holds it releases it. Every acquire() and release() is a system call (semop) that also orders
    // memory, as a mutex does: the next holder sees this holder's write. With SEM_UNDO (Qt sets it on
    // Unix), the kernel gives the resource back if a child dies holding it.
    const SemaphoreLocker locker(lock);   // step: lock
    if (!locker.isHeld())
        return false;
    if (!steps.reach(u"read"_s))
        return false;
    const qint64 seen = shared.load(std::memory_order_relaxed);   // step: read
    if (!steps.reach(u"add"_s))
        return false;
    const qint64 next = seen + 1;   // step: add
    // Yielding here, inside the lock, lets another child run: it only waits for the semaphore. Nothing
    // is lost; every increment now costs a switch to the others and back.
    if (widen)
        QThread::yieldCurrentThread();   // Python: os.sched_yield()
    if (!steps.reach(u"write"_s))
        return false;
    shared.store(next, std::memory_order_relaxed);   // step: write
    return true;
}   // the locker releases the semaphore here (Python: the end of the with block)

} // namespace

std::optional<qint64> ChildCounting::addUnderSemaphore(std::atomic_ref<qint64> shared, QSystemSemaphore &lock, Steps &steps,
                                                       qint64 increments, bool widen)
{
    for (qint64 i = 0; i < increments; ++i) {
        if (!steps.beginIncrement() || !incrementOnce(shared, lock, steps, widen))
            return std::nullopt;
    }
    return increments;
}
