// SPDX-License-Identifier: MIT
// When to use what: the decision guide's leaves.
#include "comparisoncontent.h"

// Rows with an id are the recommendations of the decision guide (decisionguide.cpp).
constinit const ComparisonTableSpec ComparisonContent::whenToUseTable{
    "when-to-use",
    QT_TR_NOOP("When to use what"),
    QT_TR_NOOP("Answer the questions to walk the decision tree: it ends on a row of this table "
               "and on the demo that shows it."),
    {{QT_TR_NOOP("Situation")}, {QT_TR_NOOP("Python")}, {QT_TR_NOOP("Qt / C++")},
     {QT_TR_NOOP("Why")}},
    {
        {{QT_TR_NOOP("I/O-bound, a few connections (tens)"),
          QT_TR_NOOP("threading (or ThreadPoolExecutor)"),
          {QT_TR_NOOP("QThread or QtConcurrent::run; or Qt's asynchronous classes with no "
                      "thread at all"), "thread"},
          QT_TR_NOOP("Waiting releases the GIL, so Python threads overlap their I/O; plain "
                     "blocking code, and a few threads cost little.")},
         {"thread"}, "io-few"},
        {{QT_TR_NOOP("I/O-bound, many connections (hundreds to thousands)"),
          {QT_TR_NOOP("asyncio"), "many-python-asyncio"},
          {QT_TR_NOOP("QCoro coroutines on the event loop (a QProcess through qCoro(process); "
                      "QNetworkReply and QTcpSocket need QCoro's Network module, not linked "
                      "here)"), "many-coroutines"},
          QT_TR_NOOP("One thread and about 1 KB per task: thousands of waits cost little, and no "
                     "locks are needed between awaits.")},
         {"many-coroutines", "many-python-asyncio", "many-threads", "many-python-threads"}, "io-many"},
        {{QT_TR_NOOP("CPU-bound"),
          {QT_TR_NOOP("multiprocessing (or ProcessPoolExecutor)"), "primes-python-processes"},
          {QT_TR_NOOP("QThread or QtConcurrent on all cores; QProcess when the work must be "
                      "isolated"), "primes-concurrent"},
          QT_TR_NOOP("Python: the GIL lets one thread run bytecode at a time, so for pure-Python "
                     "work only processes use every core (C code that releases the GIL, such as "
                     "hashlib or NumPy, can use threads). C++ has no GIL: threads use every core, sharing memory, "
                     "without the start-up cost and copying of processes.")},
         {"primes-concurrent", "primes-processes", "primes-python-threads", "primes-python-processes"}, "cpu"},
        {{QT_TR_NOOP("A CPU-heavy step inside an asyncio or coroutine program"),
          QT_TR_NOOP("await loop.run_in_executor(pool, f) with a ProcessPoolExecutor "
                     "(asyncio.to_thread(f) only for code that releases the GIL)"),
          QT_TR_NOOP("co_await QtConcurrent::run(f) (a QFuture) from a QCoro coroutine"),
          {QT_TR_NOOP("The event loop must never compute for long: hand the work off and await "
                      "its result. Pure-Python work gains nothing on a thread (the GIL), so "
                      "Python uses a process; C++ a thread."), "block-cpu"}},
         {"thread", "coroutine", "block-cpu", "cooperative-cpu"}, "cpu-in-loop"},
        {{QT_TR_NOOP("Running another program, or code that may crash"),
          QT_TR_NOOP("subprocess, or asyncio.create_subprocess_exec()"),
          {QT_TR_NOOP("QProcess"), "process"},
          QT_TR_NOOP("A separate address space: a crash or a leak stays in the child, and the OS "
                     "reclaims everything.")},
         {"process"}, "other-program"},
    },
};
