// SPDX-License-Identifier: MIT
// Python's queues and what plays their role in Qt.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::queuesTable{
    "queues",
    QT_TR_NOOP("Queues"),
    QT_TR_NOOP("Python's three queue families and what plays their role in Qt 6.4. Qt has no "
               "ready-made blocking queue class: queued signal/slot connections are the usual "
               "one."),
    {{QT_TR_NOOP("Python")}, {QT_TR_NOOP("Between")}, {QT_TR_NOOP("Qt / C++ counterpart")}},
    {
        {{QT_TR_NOOP("queue.Queue (also LifoQueue, PriorityQueue, SimpleQueue)"),
          QT_TR_NOOP("Threads of one process; get() blocks (optional timeout); put() blocks only "
                     "when a bounded Queue, LifoQueue or PriorityQueue is full."),
          {QT_TR_NOOP("Queued signal/slot connections (each thread's event loop has an event "
                      "queue), or a producer/consumer queue built from QMutex + QWaitCondition."),
           "queue-threads"}},
         {"queue-threads", "queue-threads-lifo", "queue-threads-priority", "thread"},
         "thread-queue"},
        {{QT_TR_NOOP("multiprocessing.Queue (also JoinableQueue, SimpleQueue as procs.py uses, Pipe)"),
          QT_TR_NOOP("Processes; items are pickled and sent through a pipe."),
          {QT_TR_NOOP("The child's stdin/stdout pipes through QProcess (this app's worker reads "
                      "and writes lines), or QLocalSocket; QSharedMemory for bulk data."),
           "queue-processes"}},
         {"queue-processes", "process"},
         "process-queue"},
        {{QT_TR_NOOP("asyncio.Queue"),
          QT_TR_NOOP("Coroutines of one event loop; not thread-safe; put() and get() are "
                     "awaited."),
          {QT_TR_NOOP("A plain container (QQueue, std::deque) whose put() and get() suspend the "
                      "coroutine while it is full or empty, e.g. this app's AsyncQueue; one thread, "
                      "no lock. QCoro 0.8 has no queue of its own."),
           "queue-coroutines"}},
         {"queue-coroutines", "queue-coroutines-lifo", "queue-coroutines-priority"},
         "async-queue"},
    },
};
