// SPDX-License-Identifier: MIT
// Locks and other synchronization.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::locksTable{
    "locks",
    QT_TR_NOOP("Locks and other synchronization"),
    QT_TR_NOOP("Qt 6.4 names. QSystemSemaphore takes a string key in Qt 6.4 (Qt 6.6 adds "
               "QNativeIpcKey). QCoro 0.8 has no asynchronous mutex."),
    {{QT_TR_NOOP("Python")}, {QT_TR_NOOP("Protects")}, {QT_TR_NOOP("Qt / C++ counterpart")}},
    {
        {{QT_TR_NOOP("threading.Lock (in a with statement); threading.RLock"),
          QT_TR_NOOP("A critical section shared by threads."),
          {QT_TR_NOOP("QMutex with QMutexLocker (or std::mutex with std::scoped_lock); "
                      "QRecursiveMutex for RLock. For a single counter, std::atomic needs no lock."),
           "counter-threads-mutex"}},
         {"counter-threads-nolock", "counter-threads-mutex", "counter-threads-atomic", "counter-threads-long-lock"},
         "mutex"},
        {{QT_TR_NOOP("No readers-writer lock in the standard library (Python-only gap)"),
          QT_TR_NOOP("Data read by many threads and written by few."),
          QT_TR_NOOP("QReadWriteLock with QReadLocker / QWriteLocker (or std::shared_mutex).")},
         {"thread"}},
        {{QT_TR_NOOP("threading.Semaphore, threading.BoundedSemaphore"),
          QT_TR_NOOP("A pool of N resources shared by threads."),
          QT_TR_NOOP("QSemaphore (QSemaphoreReleaser releases on scope exit) or "
                     "std::counting_semaphore.")},
         {"thread"}},
        {{QT_TR_NOOP("threading.Condition, threading.Event"),
          QT_TR_NOOP("Waiting for another thread to change some state."),
          {QT_TR_NOOP("QWaitCondition with a QMutex (wait with a deadline), or "
                      "std::condition_variable; the blocking queue demo waits on two."),
           "queue-threads"}},
         {"queue-threads"}, "condition"},
        {{QT_TR_NOOP("multiprocessing.Lock"),
          QT_TR_NOOP("A resource shared by processes."),
          {QT_TR_NOOP("QSystemSemaphore (system-wide, named by a key), or QLockFile: a lock file "
                      "that also detects a stale lock left by a crashed process."),
           "counter-processes-semaphore"}},
         {"counter-processes-shared", "counter-processes-semaphore"},
         "process-lock"},
        {{QT_TR_NOOP("asyncio.Lock"),
          QT_TR_NOOP("State shared by the coroutines of one event loop."),
          {QT_TR_NOOP("Rarely needed: coroutines on one thread cannot interleave between two "
                      "co_awaits. Needed when state is held across a co_await: an asynchronous lock "
                      "(QCoro 0.8 has none; this app's AsyncMutex is one), or better, no co_await "
                      "inside the critical section."), "counter-coroutines-lock"}},
         {"counter-coroutines", "counter-coroutines-await", "counter-coroutines-lock"},
         "async-lock"},
    },
};
