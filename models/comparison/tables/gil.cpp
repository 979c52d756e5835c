// SPDX-License-Identifier: MIT
// The GIL, and what holds in C++ without one.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::gilTable{
    "gil",
    QT_TR_NOOP("The GIL, and what holds in C++"),
    QT_TR_NOOP("The Global Interpreter Lock belongs to CPython (PyPy has one too; Jython and "
               "IronPython do not); C++ has none. The left column is Python-only material."),
    {{QT_TR_NOOP("Topic")}, {QT_TR_NOOP("CPython (with the GIL)")},
     {QT_TR_NOOP("C++ / Qt (no GIL)"), {"thread"}}},
    {
        {{QT_TR_NOOP("One thread at a time"),
          {QT_TR_NOOP("Only the thread holding the GIL runs Python bytecode, so CPU-bound Python "
                      "threads take turns instead of running in parallel."), "primes-python-threads"},
          {QT_TR_NOOP("No GIL: QThreads run C++ code in parallel on all cores."), "primes-concurrent"}},
         {}, "one-thread"},
        {{QT_TR_NOOP("Switch interval"),
          {QT_TR_NOOP("A thread that has waited 5 ms for the GIL asks the running thread to drop it; "
                      "with no thread waiting, nothing is released (sys.getswitchinterval() "
                      "returns 0.005; sys.setswitchinterval() changes it)."), "primes-gil"},
          QT_TR_NOOP("No interpreter switch: the OS scheduler preempts threads on its own time "
                     "slices, on every core.")},
         {}, "switch-interval"},
        {{QT_TR_NOOP("Blocking I/O"),
          QT_TR_NOOP("Every standard-library function that makes a blocking system call (disk, "
                     "network, time.sleep()) releases the GIL while it waits."),
          {QT_TR_NOOP("A blocking call blocks only its own thread: the demo's QThread waits on a "
                      "QWaitCondition (QThread::sleep() would block the same way) and the GUI "
                      "thread stays free."), "thread"}},
         {}, "blocking-io"},
        {{QT_TR_NOOP("C extensions"),
          {QT_TR_NOOP("Extensions written in C, C++ or Rust can release the GIL while they run "
                      "non-Python code (e.g. NumPy, hashlib, zlib)."), "primes-python-gil-release"},
          QT_TR_NOOP("Everything is native code: nothing to release, and nothing stops two "
                     "threads touching the same data (a data race is undefined behaviour).")},
         {}, "c-extensions"},
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
           "block"}},
         {}, "gui-thread"},
        {{QT_TR_NOOP("Free-threaded Python (note)"),
          QT_TR_NOOP("Python 3.13 has an experimental free-threaded build without the GIL (PEP "
                     "703, \"python3.13t\"); the default build keeps the GIL."),
          QT_TR_NOOP("C++ never had a GIL: the price is that synchronization is "
                     "your job (QMutex, std::atomic).")},
         {}, "free-threaded"},
    },
};
