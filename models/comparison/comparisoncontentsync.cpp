// SPDX-License-Identifier: MIT
// Tables 6-7: queues, locks, the three ways to run a coroutine.
#include "comparisoncontent.h"

std::vector<ComparisonTableSpec> ComparisonContent::syncTables()
{
    using enum DemoKind;
    std::vector<ComparisonTableSpec> tables;

    tables.push_back({
        "queues",
        QT_TR_NOOP("Queues"),
        QT_TR_NOOP("Python's three queue families and what plays their role in Qt 6.4. Qt has no "
                   "ready-made blocking queue class: queued signal/slot connections are the usual "
                   "one."),
        {{QT_TR_NOOP("Python")}, {QT_TR_NOOP("Between")}, {QT_TR_NOOP("Qt / C++ counterpart")}},
        {
            {{QT_TR_NOOP("queue.Queue (also LifoQueue, PriorityQueue, SimpleQueue)"),
              QT_TR_NOOP("Threads of one process; blocking put() and get(), with optional "
                         "timeouts."),
              {QT_TR_NOOP("Queued signal/slot connections (each thread's event loop has an event "
                          "queue), or a producer/consumer queue built from QMutex + QWaitCondition."),
               Thread}},
             {Thread}},
            {{QT_TR_NOOP("multiprocessing.Queue (also JoinableQueue, Pipe)"),
              QT_TR_NOOP("Processes; items are pickled and sent through a pipe."),
              {QT_TR_NOOP("The child's stdin/stdout pipes through QProcess (this app's worker reads "
                          "and writes lines), or QLocalSocket; QSharedMemory for bulk data."),
               Process}},
             {Process}},
            {{QT_TR_NOOP("asyncio.Queue"),
              QT_TR_NOOP("Coroutines of one event loop; not thread-safe; put() and get() are "
                         "awaited."),
              {QT_TR_NOOP("A plain container (QQueue, std::deque) plus a signal that consumers "
                          "co_await with QCoro (qCoro(obj, &Obj::itemAdded)); one thread, no lock."),
               Coroutine}},
             {Coroutine}},
        },
    });

    tables.push_back({
        "locks",
        QT_TR_NOOP("Locks and other synchronization"),
        QT_TR_NOOP("Qt 6.4 names. QSystemSemaphore takes a string key in Qt 6.4 (Qt 6.6 adds "
                   "QNativeIpcKey). QCoro 0.8 has no asynchronous mutex."),
        {{QT_TR_NOOP("Python")}, {QT_TR_NOOP("Protects")}, {QT_TR_NOOP("Qt / C++ counterpart")}},
        {
            {{QT_TR_NOOP("threading.Lock (in a with statement); threading.RLock"),
              QT_TR_NOOP("A critical section shared by threads."),
              QT_TR_NOOP("QMutex with QMutexLocker (or std::mutex with std::scoped_lock); "
                         "QRecursiveMutex for RLock.")},
             {Thread}},
            {{QT_TR_NOOP("No readers-writer lock in the standard library (Python-only gap)"),
              QT_TR_NOOP("Data read by many threads and written by few."),
              QT_TR_NOOP("QReadWriteLock with QReadLocker / QWriteLocker (or std::shared_mutex).")},
             {Thread}},
            {{QT_TR_NOOP("threading.Semaphore, threading.BoundedSemaphore"),
              QT_TR_NOOP("A pool of N resources shared by threads."),
              QT_TR_NOOP("QSemaphore (QSemaphoreReleaser releases on scope exit) or "
                         "std::counting_semaphore.")},
             {Thread}},
            {{QT_TR_NOOP("threading.Condition, threading.Event"),
              QT_TR_NOOP("Waiting for another thread to change some state."),
              QT_TR_NOOP("QWaitCondition with a QMutex (wait with a deadline), or "
                         "std::condition_variable.")},
             {Thread}},
            {{QT_TR_NOOP("multiprocessing.Lock"),
              QT_TR_NOOP("A resource shared by processes."),
              QT_TR_NOOP("QSystemSemaphore (system-wide, named by a key), or QLockFile: a lock file "
                         "that also detects a stale lock left by a crashed process.")},
             {Process}},
            {{QT_TR_NOOP("asyncio.Lock"),
              QT_TR_NOOP("State shared by the coroutines of one event loop."),
              {QT_TR_NOOP("Rarely needed: coroutines on one thread cannot interleave between two "
                          "co_awaits. Needed only when state is held across a co_await: use a "
                          "\"busy\" flag plus a signal to await."), Coroutine}},
             {Coroutine}},
        },
    });

    tables.push_back({
        "running-coroutines",
        QT_TR_NOOP("Three ways to run a coroutine"),
        QT_TR_NOOP("asyncio.run() has no Qt counterpart: a Qt app's event loop is already running "
                   "(QApplication::exec()). QCoro 0.8: a Task starts eagerly, as soon as the "
                   "coroutine is called."),
        {{QT_TR_NOOP("Python (asyncio)")}, {QT_TR_NOOP("Used in")}, {QT_TR_NOOP("What it does")},
         {QT_TR_NOOP("QCoro 0.8 equivalent"), {Coroutine}}},
        {
            {{QT_TR_NOOP("asyncio.run(coro())"),
              QT_TR_NOOP("Plain synchronous code, usually once, in main."),
              QT_TR_NOOP("Starts the event loop, runs the coroutine to completion and returns its "
                         "result."),
              QT_TR_NOOP("Nothing to start: QApplication::exec() runs the loop; call the coroutine "
                         "from a slot. QCoro::waitFor(task) blocks on a nested loop until it "
                         "finishes (tests, main).")}},
            {{QT_TR_NOOP("asyncio.create_task(coro())"),
              QT_TR_NOOP("Inside a coroutine."),
              QT_TR_NOOP("Schedules the coroutine to run concurrently and returns a Task to await or "
                         "cancel later."),
              {QT_TR_NOOP("Calling a QCoro::Task<> coroutine starts it at once, up to its first "
                          "co_await; keep the Task and co_await it later, or pass its result on with "
                          ".then() or QCoro::connect()."), Coroutine}}},
            {{QT_TR_NOOP("await coro()"),
              QT_TR_NOOP("Inside a coroutine."),
              QT_TR_NOOP("Suspends the current coroutine until the other one finishes, and returns "
                         "its result."),
              QT_TR_NOOP("co_await task; inside a QCoro::Task<> coroutine. Also co_await a QFuture, a "
                         "signal (qCoro(obj, &Obj::signal)), a QProcess, a QTimer, or "
                         "QCoro::sleepFor().")}},
        },
    });

    return tables;
}
