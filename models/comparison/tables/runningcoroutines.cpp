// SPDX-License-Identifier: MIT
// The three ways to run a coroutine.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::runningCoroutinesTable{
    "running-coroutines",
    QT_TR_NOOP("Three ways to run a coroutine"),
    QT_TR_NOOP("asyncio.run() has no Qt counterpart: a Qt app's event loop is already running "
               "(QApplication::exec()). QCoro 0.8: a Task starts eagerly, as soon as the "
               "coroutine is called."),
    {{QT_TR_NOOP("Python (asyncio)")}, {QT_TR_NOOP("Used in")}, {QT_TR_NOOP("What it does")},
     {QT_TR_NOOP("QCoro 0.8 equivalent"), {"await-sequential", "await-concurrent", "wait-for"}}},
    {
        {{QT_TR_NOOP("asyncio.run(coro())"),
          QT_TR_NOOP("Plain synchronous code, usually once, in main."),
          {QT_TR_NOOP("Starts the event loop, runs the coroutine to completion and returns its "
                      "result. Inside a running loop it raises RuntimeError."), "three-ways-python"},
          {QT_TR_NOOP("Nothing to start: QApplication::exec() runs the loop; call the coroutine "
                      "from a slot. QCoro::waitFor(task) runs a nested loop until it finishes "
                      "(tests, main): re-entrant, since timers and clicks are handled inside the "
                      "call."), "wait-for"}},
         {"wait-for", "three-ways-python"}, "run"},
        {{QT_TR_NOOP("asyncio.create_task(coro())"),
          QT_TR_NOOP("Inside a coroutine."),
          {QT_TR_NOOP("Schedules the coroutine to run concurrently (none of its body runs yet) and "
                      "returns a Task to await or cancel later."), "three-ways-python"},
          {QT_TR_NOOP("Calling a QCoro::Task<> coroutine starts it at once, up to its first "
                      "co_await; keep the Task and co_await it later, or pass its result on with "
                      ".then() or QCoro::connect()."), "await-concurrent"}},
         {"await-concurrent", "three-ways-python"}, "create-task"},
        {{QT_TR_NOOP("await coro()"),
          QT_TR_NOOP("Inside a coroutine."),
          QT_TR_NOOP("Suspends the current coroutine until the other one finishes, and returns "
                     "its result."),
          {QT_TR_NOOP("co_await task; inside a QCoro::Task<> coroutine. Also co_await a QFuture, a "
                      "QTimer, QCoro::sleepFor(), a signal (qCoro(obj, &Obj::signal)) or a "
                      "QProcess through qCoro(process), e.g. qCoro(process).waitForFinished()."),
           "await-sequential"}},
         {"await-sequential", "three-ways-python"}, "await"},
    },
};
