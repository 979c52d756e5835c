// SPDX-License-Identifier: MIT
// The threading / multiprocessing / asyncio summary beside Qt.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::summaryTable{
    "summary",
    QT_TR_NOOP("Summary: threading, multiprocessing, asyncio and Qt"),
    QT_TR_NOOP("Each aspect has a Python row (the chapter's ideas, in this app's own table) and a "
               "Qt / C++ row (Qt 6.4, QCoro 0.8)."),
    {{QT_TR_NOOP("Aspect")}, {QT_TR_NOOP("Threads"), {"thread"}},
     {QT_TR_NOOP("Processes"), {"process"}}, {QT_TR_NOOP("Coroutines"), eventLoopDemos}},
    {
        {{QT_TR_NOOP("Python module"), QT_TR_NOOP("threading (and ThreadPoolExecutor)"),
          QT_TR_NOOP("multiprocessing (and ProcessPoolExecutor)"), QT_TR_NOOP("asyncio")}},
        {{QT_TR_NOOP("Qt / C++ class"), QT_TR_NOOP("QThread, QThreadPool, QtConcurrent::run + QFuture"),
          QT_TR_NOOP("QProcess (a child program)"),
          QT_TR_NOOP("QCoro::Task<> coroutines (C++20 co_await)")}},
        {{QT_TR_NOOP("GIL impact (Python)"),
          {QT_TR_NOOP("Limited by the GIL: one thread runs Python bytecode at a time, so CPU-bound "
                      "threads get no faster."), "primes-python-threads"},
          {QT_TR_NOOP("None: each process has its own interpreter and GIL, so they run in "
                      "parallel."), "primes-python-processes"},
          QT_TR_NOOP("None in practice: it is one thread anyway. CPU-bound code blocks the event "
                     "loop.")},
         {}, "gil-python"},
        {{QT_TR_NOOP("GIL impact (Qt)"),
          {QT_TR_NOOP("No GIL: threads run in parallel on all cores."), "primes-concurrent"},
          {QT_TR_NOOP("No GIL; separate programs run in parallel."), "primes-processes"},
          {QT_TR_NOOP("No GIL, but one thread: CPU-bound code in a coroutine freezes the "
                      "window."), "block-cpu"}},
         {}, "gil-qt"},
        {{QT_TR_NOOP("Best for (Python)"),
          QT_TR_NOOP("I/O-bound work with a moderate number of tasks; libraries that block."),
          QT_TR_NOOP("CPU-bound work: true parallelism on all cores."),
          {QT_TR_NOOP("I/O-bound work with many (thousands of) connections."), "many-python-asyncio"}},
         {}, "best-for-python"},
        {{QT_TR_NOOP("Best for (Qt)"),
          QT_TR_NOOP("CPU-bound work and blocking calls, kept off the GUI thread."),
          QT_TR_NOOP("Isolation: other programs, crash-prone or untrusted code."),
          QT_TR_NOOP("Asynchronous steps written as sequential code on the GUI thread: network, "
                     "processes, timers, futures.")}},
        {{QT_TR_NOOP("Start-up cost (Python)"),
          {QT_TR_NOOP("Medium: an OS thread with its own stack; cheaper than a process."), "many-python-threads"},
          {QT_TR_NOOP("High: the parent forks (the Linux default before Python 3.14, and the "
                      "demo's choice) or a fresh interpreter starts (spawn); spawn and forkserver "
                      "also pickle the target and its arguments."), "many-python-processes"},
          {QT_TR_NOOP("Lowest: create a coroutine object and a Task."), "many-python-asyncio"}},
         {}, "startup-python"},
        {{QT_TR_NOOP("Start-up cost (Qt)"),
          {QT_TR_NOOP("Medium: creating an OS thread (the demo starts std::threads); a pool such as "
                      "QThreadPool reuses threads instead."), "many-threads"},
          {QT_TR_NOOP("High: fork and exec of a new program, which then starts up "
                      "(milliseconds)."), "many-processes"},
          {QT_TR_NOOP("Lowest: a heap-allocated frame, no thread."), "many-coroutines"}},
         {}, "startup-qt"},
        {{QT_TR_NOOP("Memory (Python)"), {QT_TR_NOOP("Shared; one stack per thread."), "many-python-threads"},
          {QT_TR_NOOP("Separate: each process has its own interpreter; a forked child shares its "
                      "parent's pages until one of them writes there (copy-on-write)."), "many-python-processes"},
          {QT_TR_NOOP("Shared; about 1 KB per task (a Task with its coroutine, CPython 3.11)."), "many-python-asyncio"}},
         {}, "memory-python"},
        {{QT_TR_NOOP("Memory (Qt)"),
          {QT_TR_NOOP("Shared address space; one stack per thread (its size: QThread::setStackSize(), or "
                      "the system default for the demo's std::threads)."), "many-threads"},
          {QT_TR_NOOP("A separate address space per child."), "many-processes"},
          {QT_TR_NOOP("Shared; one frame per coroutine, sized by its local variables."), "many-coroutines"}},
         {}, "memory-qt"},
        {{QT_TR_NOOP("Cancellation (Python)"),
          QT_TR_NOOP("A thread cannot be killed: ask it to stop with a flag it checks "
                     "(threading.Event)."),
          QT_TR_NOOP("Process.terminate(): SIGTERM on POSIX, TerminateProcess() on Windows; or a "
                     "flag (multiprocessing.Event)."),
          QT_TR_NOOP("Task.cancel() requests cancellation: on a later turn of the loop, "
                     "CancelledError is thrown in at the await where the task is suspended; the "
                     "coroutine may catch it.")}},
        {{QT_TR_NOOP("Cancellation (Qt)"),
          {QT_TR_NOOP("Cooperative: a flag the thread checks (requestInterruption(), a "
                      "std::atomic) or, as in the demo, a cancel that wakes its QWaitCondition "
                      "wait; terminate() is unsafe."), "thread"},
          {QT_TR_NOOP("QProcess::terminate() or kill(): SIGTERM or SIGKILL on POSIX, WM_CLOSE or "
                      "TerminateProcess() on Windows; the OS reclaims everything."), "process"},
          {QT_TR_NOOP("QCoro 0.8 has no cancellation API: check a flag, or await a cancel "
                      "signal, after each co_await."), "coroutine"}},
         {}, "cancel-qt"},
        {{QT_TR_NOOP("Preemption (Python)"),
          QT_TR_NOOP("Preemptive: the OS switches threads; a thread that has waited 5 ms for the "
                     "GIL asks the holder to drop it."),
          QT_TR_NOOP("Preemptive: the OS scheduler."),
          QT_TR_NOOP("Cooperative: a coroutine gives up control only at await.")}},
        {{QT_TR_NOOP("Preemption (Qt)"),
          QT_TR_NOOP("Preemptive: the OS can switch at any instruction."),
          QT_TR_NOOP("Preemptive: the OS scheduler."),
          {QT_TR_NOOP("Cooperative: resumes only at co_await, from the event loop."),
           "coroutine"}},
         {}, "preemption-qt"},
        {{QT_TR_NOOP("Races (Python)"),
          QT_TR_NOOP("Possible: protect shared data with locks, or use queues."),
          QT_TR_NOOP("Rare: no shared memory unless created on purpose (Value, Array, "
                     "shared_memory)."),
          QT_TR_NOOP("None between two awaits; state kept across an await can change under "
                     "you.")}},
        {{QT_TR_NOOP("Races (Qt)"),
          QT_TR_NOOP("Possible, and a data race is undefined behaviour in C++: QMutex, "
                     "std::atomic, queued signals."),
          QT_TR_NOOP("No shared memory unless created (QSharedMemory); files and other resources "
                     "can still race."),
          {QT_TR_NOOP("No race conditions between two co_awaits on one thread; across a "
                      "co_await, check the state again."), "counter-coroutines"}},
         {}, "races-qt"},
    },
};
