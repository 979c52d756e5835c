// SPDX-License-Identifier: MIT
// Tables 1-3: concurrency vs parallelism, execution units, the GIL.
#include "comparisoncontent.h"

std::vector<ComparisonTableSpec> ComparisonContent::basicsTables()
{
    using enum DemoKind;
    std::vector<ComparisonTableSpec> tables;

    tables.push_back({
        "concurrency",
        QT_TR_NOOP("Concurrency vs parallelism"),
        QT_TR_NOOP("Definitions from the book. Every parallel system is concurrent, but not every "
                   "concurrent system is parallel."),
        {{QT_TR_NOOP("Concept")}, {QT_TR_NOOP("Definition")}, {QT_TR_NOOP("Python example")},
         {QT_TR_NOOP("Qt / C++ example")}},
        {
            {{QT_TR_NOOP("Concurrency"),
              QT_TR_NOOP("The ability to handle multiple pending tasks, making progress one at a time "
                         "or in parallel, so that each of them eventually succeeds or fails. One core "
                         "is enough: the OS scheduler interleaves the tasks."),
              QT_TR_NOOP("An asyncio event loop in one thread interleaving a spinner and a slow call; "
                         "several threads taking turns on one core."),
              {QT_TR_NOOP("A QCoro coroutine awaits a timer while the GUI thread keeps painting the "
                          "spinner: one thread, two tasks in progress."), Coroutine}},
             {Coroutine}},
            {{QT_TR_NOOP("Parallelism"),
              QT_TR_NOOP("The ability to execute multiple computations at the same time. Requires "
                         "several cores or CPUs, a GPU, or a cluster."),
              QT_TR_NOOP("multiprocessing: several interpreters, each on its own core. CPU-bound "
                         "Python threads are not parallel because of the GIL (a Python-only limit)."),
              {QT_TR_NOOP("QThreads or QtConcurrent::run computing on all cores at once (C++ has no "
                          "GIL); QProcess children also run in parallel."), Thread}},
             {Thread, Process}},
        },
    });

    tables.push_back({
        "execution-units",
        QT_TR_NOOP("Execution units: process, thread, coroutine"),
        QT_TR_NOOP("The Python rows summarize the book; the Qt rows describe what the demos of this "
                   "app run (Qt 6.4, QCoro 0.8)."),
        {{QT_TR_NOOP("Aspect")}, {QT_TR_NOOP("Process"), {Process}}, {QT_TR_NOOP("Thread"), {Thread}},
         {QT_TR_NOOP("Coroutine"), eventLoopDemos()}},
        {
            {{QT_TR_NOOP("What it is"),
              QT_TR_NOOP("An instance of a running program with its own private memory; the OS "
                         "preempts it. In Python: a whole interpreter with its own GIL."),
              QT_TR_NOOP("An execution unit inside one process; all threads of a process share its "
                         "memory. Preemptive: the OS switches them."),
              QT_TR_NOOP("A function that can suspend itself and resume later (async def). An event "
                         "loop in one thread drives many of them; they switch only at await.")}},
            {{QT_TR_NOOP("Communication (Python)"),
              QT_TR_NOOP("Pipes, sockets or memory-mapped files carrying bytes: objects are pickled "
                         "(multiprocessing.Queue, Pipe)."),
              QT_TR_NOOP("Shared objects in memory: easy, but prone to races; use locks or "
                         "queue.Queue."),
              QT_TR_NOOP("Shared objects on the same thread, without locks between awaits; "
                         "asyncio.Queue for producers and consumers.")}},
            {{QT_TR_NOOP("Cost (Python)"),
              {QT_TR_NOOP("High: each process starts an interpreter (or forks) and holds its own copy "
                          "of the data."), Process},
              QT_TR_NOOP("Lower: a thread starts quickly and shares memory, but has its own stack."),
              QT_TR_NOOP("Lowest: a coroutine is a small frame object (about 1 KB); thousands fit in "
                         "one thread.")}},
            {{QT_TR_NOOP("Qt unit"),
              {QT_TR_NOOP("A QProcess child (here: concurrency-lab-worker), a separate program with "
                          "its own address space."), Process},
              {QT_TR_NOOP("A QThread (or a QThreadPool thread via QtConcurrent::run): an OS thread "
                          "sharing the app's memory."), Thread},
              {QT_TR_NOOP("A QCoro coroutine (QCoro::Task<>) resumed by the GUI thread's event loop: "
                          "the demo reports \"GUI thread\"."), Coroutine}}},
            {{QT_TR_NOOP("Communication (Qt)"),
              QT_TR_NOOP("Bytes over the child's stdin/stdout pipes (readyReadStandardOutput), or "
                         "QLocalSocket / QSharedMemory."),
              QT_TR_NOOP("Signals carrying values to the GUI thread (queued connections); shared data "
                         "under a QMutex or in a std::atomic."),
              QT_TR_NOOP("Plain member variables on the GUI thread; co_await a signal, a QFuture, a "
                         "QNetworkReply or a timer.")}},
            {{QT_TR_NOOP("Cost (Qt)"),
              {QT_TR_NOOP("High: fork and exec of a new program (milliseconds), its own memory."),
               Process},
              QT_TR_NOOP("Low: an OS thread with its own stack; QThreadPool reuses threads."),
              QT_TR_NOOP("Lowest: one heap-allocated coroutine frame; no thread, no stack of its "
                         "own.")}},
        },
    });

    tables.push_back({
        "gil",
        QT_TR_NOOP("The GIL, and what holds in C++"),
        QT_TR_NOOP("The Global Interpreter Lock exists in CPython only; C++ has none. The left "
                   "column is Python-only material."),
        {{QT_TR_NOOP("Topic")}, {QT_TR_NOOP("CPython (with the GIL)")},
         {QT_TR_NOOP("C++ / Qt (no GIL)"), {Thread}}},
        {
            {{QT_TR_NOOP("One thread at a time"),
              QT_TR_NOOP("Only the thread holding the GIL runs Python bytecode, so CPU-bound Python "
                         "threads take turns instead of running in parallel."),
              {QT_TR_NOOP("No GIL: QThreads run C++ code in parallel on all cores."), Thread}}},
            {{QT_TR_NOOP("Switch interval"),
              QT_TR_NOOP("The interpreter makes the running thread release the GIL every 5 ms "
                         "(sys.getswitchinterval() returns 0.005; sys.setswitchinterval() changes "
                         "it)."),
              QT_TR_NOOP("No interpreter switch: the OS scheduler preempts threads on its own time "
                         "slices, on every core.")}},
            {{QT_TR_NOOP("Blocking I/O"),
              QT_TR_NOOP("Every standard-library function that makes a blocking system call (disk, "
                         "network, time.sleep()) releases the GIL while it waits."),
              {QT_TR_NOOP("A blocking call blocks only its own thread: a QThread sleeping in "
                          "QThread::sleep() leaves the GUI thread free."), Thread}}},
            {{QT_TR_NOOP("C extensions"),
              QT_TR_NOOP("Extensions written in C, C++ or Rust can release the GIL while they run "
                         "non-Python code (e.g. NumPy, hashlib, zlib)."),
              QT_TR_NOOP("Everything is native code: nothing to release, and nothing stops two "
                         "threads touching the same data (a data race is undefined behaviour).")}},
            {{QT_TR_NOOP("Threads for I/O"),
              QT_TR_NOOP("Python threads are fine for I/O-bound work: they spend their time waiting, "
                         "with the GIL released."),
              QT_TR_NOOP("QThreads suit I/O- and CPU-bound work alike; for I/O, Qt's asynchronous "
                         "classes (QNetworkAccessManager, QProcess signals) often need no thread.")}},
            {{QT_TR_NOOP("What still serializes: locks"),
              QT_TR_NOOP("threading.Lock and friends: one thread at a time in a critical section, on "
                         "top of the GIL."),
              QT_TR_NOOP("QMutex / QMutexLocker: threads wait for each other in critical sections; "
                         "keep them short or the cores sit idle.")}},
            {{QT_TR_NOOP("What still serializes: the GUI thread"),
              QT_TR_NOOP("GUI toolkits (Tkinter, PyQt, PySide) let only the main thread touch "
                         "widgets."),
              {QT_TR_NOOP("Only the GUI thread may touch widgets; workers send results through queued "
                          "signals, and anything long on the GUI thread freezes the window."),
               BlockLoop}}},
            {{QT_TR_NOOP("Free-threaded Python (note)"),
              QT_TR_NOOP("Python 3.13 has an experimental free-threaded build without the GIL (PEP "
                         "703, \"python3.13t\"); the default build keeps the GIL."),
              QT_TR_NOOP("C++ has always been free-threaded: the price is that synchronization is "
                         "your job (QMutex, std::atomic).")}},
        },
    });

    return tables;
}
