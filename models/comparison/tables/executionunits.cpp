// SPDX-License-Identifier: MIT
// Execution units: process, thread, coroutine, in Python and in Qt.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::executionUnitsTable{
    "execution-units",
    QT_TR_NOOP("Execution units: process, thread, coroutine"),
    QT_TR_NOOP("The Python rows: the chapter's ideas, in this app's words. The Qt rows: the Qt "
               "counterparts (Qt 6.4, QCoro 0.8); the demos run QProcess, QThread and QCoro."),
    {{QT_TR_NOOP("Aspect")}, {QT_TR_NOOP("Process"), {"process"}}, {QT_TR_NOOP("Thread"), {"thread"}},
     {QT_TR_NOOP("Coroutine"), eventLoopDemos}},
    {
        {{QT_TR_NOOP("What it is"),
          QT_TR_NOOP("An instance of a running program with its own private memory; the OS "
                     "preempts it. In Python: a whole interpreter with its own GIL."),
          QT_TR_NOOP("An execution unit inside one process; all threads of a process share its "
                     "memory. Preemptive: the OS switches them."),
          QT_TR_NOOP("A function that can suspend itself and resume later (async def). An event "
                     "loop in one thread drives many of them; they switch only at await.")}},
        {{QT_TR_NOOP("Communication (Python)"),
          {QT_TR_NOOP("Pipes, sockets or memory-mapped files carrying bytes: objects are pickled "
                      "(multiprocessing.Queue, Pipe)."), "counter-processes-messages"},
          {QT_TR_NOOP("Shared objects in memory: easy, but prone to races; use locks or "
                      "queue.Queue."), "counter-threads-nolock"},
          {QT_TR_NOOP("Shared objects on the same thread: no race between two awaits, but state "
                      "read before an await may be stale after it; asyncio.Queue for producers "
                      "and consumers."), "counter-coroutines-await"}},
         {}, "communication-python"},
        {{QT_TR_NOOP("Cost (Python)"),
          {QT_TR_NOOP("High: each process starts an interpreter (or forks one, sharing pages until "
                      "written) and keeps its own data."), "many-python-processes"},
          {QT_TR_NOOP("Medium: a thread starts faster than a process and shares memory, but has "
                      "its own stack."), "many-python-threads"},
          {QT_TR_NOOP("Lowest: about 1 KB per task (a Task with its coroutine, CPython 3.11); "
                      "thousands fit in one thread."), "many-python-asyncio"}},
         {}, "cost-python"},
        {{QT_TR_NOOP("Qt unit"),
          {QT_TR_NOOP("A QProcess child (here: concurrency-lab-worker), a separate program with "
                      "its own address space."), "process"},
          {QT_TR_NOOP("A QThread (or a QThreadPool thread via QtConcurrent::run): an OS thread "
                      "sharing the app's memory."), "thread"},
          {QT_TR_NOOP("A QCoro coroutine (QCoro::Task<>) resumed by the GUI thread's event loop: "
                      "the demo reports \"GUI thread\"."), "coroutine"}},
         {}, "qt-unit"},
        {{QT_TR_NOOP("Communication (Qt)"),
          {QT_TR_NOOP("Bytes over the child's stdin/stdout pipes (readyReadStandardOutput), as "
                      "the demo does; QLocalSocket and QSharedMemory are other ways."),
           "counter-processes-messages"},
          {QT_TR_NOOP("Signals carrying values to the GUI thread (queued connections); shared data "
                      "under a QMutex or in a std::atomic."), "counter-threads-mutex"},
          {QT_TR_NOOP("Plain member variables on the GUI thread; co_await a signal, a QFuture or "
                      "a timer (a QNetworkReply needs QCoro's Network module, not linked here)."),
           "counter-coroutines"}},
         {}, "communication-qt"},
        {{QT_TR_NOOP("Cost (Qt)"),
          {QT_TR_NOOP("High: fork and exec of a new program (milliseconds), its own memory."),
           "many-processes"},
          {QT_TR_NOOP("Medium: an OS thread with its own stack (the demo starts std::threads, the "
                      "same OS threads a QThread runs); a pool such as QThreadPool reuses threads "
                      "instead."), "many-threads"},
          {QT_TR_NOOP("Lowest: one heap-allocated coroutine frame; no thread, no stack of its "
                      "own."), "many-coroutines"}},
         {}, "cost-qt"},
    },
};
