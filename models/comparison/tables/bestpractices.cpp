// SPDX-License-Identifier: MIT
// Best practices per model.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::bestPracticesTable{
    "best-practices",
    QT_TR_NOOP("Best practices per model"),
    QT_TR_NOOP("Python column: the chapter's advice and asyncio's rules, in this app's words. Qt "
               "column: the rules this app follows (Qt 6.4, QCoro 0.8)."),
    {{QT_TR_NOOP("Model")}, {QT_TR_NOOP("Python")}, {QT_TR_NOOP("Qt / C++")}},
    {
        {{QT_TR_NOOP("Threads"),
          QT_TR_NOOP("• Use threads for I/O-bound work, not for CPU-bound Python code.\n"
                     "• Share data through queue.Queue, or protect it with locks.\n"
                     "• Stop threads cooperatively (threading.Event): they cannot be killed.\n"
                     "• Prefer a ThreadPoolExecutor to managing threads by hand."),
          QT_TR_NOOP("• Touch widgets only on the GUI thread; send results as signals carrying "
                     "values.\n"
                     "• Cancel with an atomic flag or requestInterruption(), never terminate().\n"
                     "• Stop and wait() for a thread before its QThread is destroyed.\n"
                     "• Prefer QtConcurrent::run or QThreadPool for short jobs.")},
         {"thread"}},
        {{QT_TR_NOOP("Processes"),
          QT_TR_NOOP("• Use processes for CPU-bound Python code.\n"
                     "• Guard the entry point with if __name__ == '__main__'.\n"
                     "• Send little data: arguments and results are pickled.\n"
                     "• Use a pool (ProcessPoolExecutor) sized to the number of cores."),
          QT_TR_NOOP("• Connect errorOccurred and finished before start(): failed to start, "
                     "crashed and non-zero exit are three different errors.\n"
                     "• Never call waitFor...() on the GUI thread.\n"
                     "• Kill the child on cancel; own every QProcess in a long-lived object.\n"
                     "• Find the helper program next to the app, never through PATH.")},
         {"process"}},
        {{QT_TR_NOOP("Coroutines"),
          QT_TR_NOOP("• Never call blocking functions (time.sleep, requests) in a coroutine: "
                     "await asyncio.sleep() or an async library.\n"
                     "• Move CPU-bound work off the loop: run_in_executor() with a "
                     "ProcessPoolExecutor (a thread gives pure-Python code no speedup: the "
                     "GIL).\n"
                     "• Keep a reference to every Task you create.\n"
                     "• Handle CancelledError to clean up, then re-raise it: asyncio.timeout() "
                     "and TaskGroup cancel tasks themselves and misbehave if one swallows it. "
                     "The book's spin() ends with break instead, on purpose: only its own "
                     "supervisor() cancels it, and nothing needs it to end as cancelled."),
          {QT_TR_NOOP("• Never block the GUI thread in a coroutine: co_await instead.\n"
                     "• After every co_await, check that the object (QPointer) and the run are "
                     "still current.\n"
                     "• QCoro 0.8: cancel cooperatively, with a flag or a signal.\n"
                     "• Catch exceptions in every coroutine started from a slot."), "block"}},
         eventLoopDemos, "coroutines"},
    },
};
