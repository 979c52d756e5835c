// SPDX-License-Identifier: MIT
// Concurrency vs parallelism: the book's definitions, with this app's examples.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::concurrencyTable{
    "concurrency",
    QT_TR_NOOP("Concurrency vs parallelism"),
    QT_TR_NOOP("Definitions after the book; the examples are this app's. Every parallel system "
               "is concurrent, but not every concurrent system is parallel."),
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
                      "spinner: one thread, two tasks in progress."), "coroutine"}},
         {"coroutine"}, "concurrency"},
        {{QT_TR_NOOP("Parallelism"),
          QT_TR_NOOP("The ability to execute multiple computations at the same time. Requires "
                     "several cores or CPUs, a GPU, or a cluster."),
          {QT_TR_NOOP("multiprocessing: several interpreters, each on its own core. CPU-bound "
                      "Python threads are not parallel because of the GIL (a limit of CPython, not of the Python language)."),
           "primes-python-processes"},
          {QT_TR_NOOP("QThreads or QtConcurrent::run computing on all cores at once (C++ has no "
                      "GIL); QProcess children also run in parallel."), "primes-concurrent"}},
         {"primes-concurrent", "primes-processes", "primes-python-processes"}, "parallelism"},
    },
};
