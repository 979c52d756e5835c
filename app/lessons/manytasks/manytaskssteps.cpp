// SPDX-License-Identifier: MIT
// What each step of lesson 4's demos does, in words: the Qt code beside its Python counterpart.
#include "manytasks.h"

using namespace Qt::Literals::StringLiterals;

namespace ManyTasksLesson {

namespace {

DemoStep step(const QString &id, const char *title, const char *explanation)
{
    return {id, title, explanation};
}

DemoStep bodyStarts()
{
    return step(u"body-starts"_s, QT_TRANSLATE_NOOP("StepCatalog", "The coroutine's body starts"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "slow() prints its first line. In C++ this happens as soon as slow() is called: a "
                "QCoro::Task is eager and runs its body up to its first co_await before the call returns. "
                "Python: calling slow() runs none of it; the body starts when the coroutine is awaited "
                "(await slow() runs it at once) or when the event loop first runs its task."));
}

DemoStep sleeps()
{
    return step(u"sleep"_s, QT_TRANSLATE_NOOP("StepCatalog", "The coroutine sleeps"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "slow() awaits a sleep: it is suspended, no thread waits, and the event loop goes on "
                "painting and handling clicks. Python: await asyncio.sleep(seconds)."));
}

} // namespace

QList<DemoStep> sequentialSteps()
{
    return {
        step(u"await-one"_s, QT_TRANSLATE_NOOP("StepCatalog", "Await the first"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "main co_awaits slow(A): main is suspended until A has finished. B does not exist yet. "
             "Python: await slow('A').")),
        bodyStarts(),
        sleeps(),
        step(u"await-other"_s, QT_TRANSLATE_NOOP("StepCatalog", "Then await the second"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "Only now main calls and awaits slow(B): the two sleeps add up to twice the time. Awaiting "
             "does not make anything concurrent. Python: await slow('B').")),
    };
}

QList<DemoStep> concurrentSteps()
{
    return {
        step(u"create-task"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start both"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "main calls slow(A) and keeps the task without awaiting it, then slow(B). Each call runs "
             "that coroutine's body up to its first co_await before it returns (eager). Python: "
             "slow('A') only creates a coroutine object, and asyncio.create_task() only schedules it: "
             "none of its body runs until main suspends at an await and hands the event loop back "
             "(here: await task_a).")),
        bodyStarts(),
        sleeps(),
        step(u"await-tasks"_s, QT_TRANSLATE_NOOP("StepCatalog", "Await both"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "main awaits A, then B. Both were sleeping at the same time, so the whole takes one "
             "sleep's time. Python: await task_a, then await task_b (or asyncio.gather).")),
    };
}

QList<DemoStep> waitForSteps()
{
    return {
        step(u"run-from-sync"_s, QT_TRANSLATE_NOOP("StepCatalog", "Run a coroutine from plain code"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "Plain synchronous code calls QCoro::waitFor(slow(A)), which runs a nested event loop until "
             "the coroutine ends. That loop handles timers and clicks inside the call: code elsewhere runs "
             "before the line after waitFor(), out of the order the code reads in. Python: asyncio.run() "
             "starts an event loop from plain code; inside a running loop it raises RuntimeError.")),
        bodyStarts(),
        sleeps(),
    };
}

QList<DemoStep> pythonWaysSteps()
{
    return {
        step(u"run-way"_s, QT_TRANSLATE_NOOP("StepCatalog", "Run one way"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The app starts python3 three_ways.py in a process group of its own. Python: the script runs "
             "the three ways one after another: await one after the other, create_task() twice, and "
             "asyncio.run(), also inside a running loop, where it raises RuntimeError.")),
        step(u"print-line"_s, QT_TRANSLATE_NOOP("StepCatalog", "Print a line"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The app shows each line in the order printed. Python: print_line() emits it as one JSON "
             "line. Compare the order with the C++ demos: in Python no coroutine body runs before its "
             "caller awaits.")),
    };
}

QList<DemoStep> sleepersSteps(SleepersModel model, bool python)
{
    const char *launch = nullptr;
    const char *sleep = nullptr;
    switch (model) {
    case SleepersModel::Coroutines:
        launch = QT_TRANSLATE_NOOP("StepCatalog",
            "The GUI thread starts the coroutines in a loop, a slice at a time so the window keeps "
            "painting. Each call runs to the sleep's co_await and returns. Python: "
            "asyncio.create_task(sleeper()) N times.");
        sleep = QT_TRANSLATE_NOOP("StepCatalog",
            "Each coroutine awaits lab::sleepFor(1 s): one entry in a heap of wake-up times, one timer "
            "for all of them, as asyncio's event loop keeps its timers. No thread and no stack per "
            "coroutine: only its frame. Python: await asyncio.sleep(1).");
        break;
    case SleepersModel::Threads:
        launch = QT_TRANSLATE_NOOP("StepCatalog",
            "A launcher thread starts N std::threads (the GUI thread stays free). Each gets a stack and "
            "a kernel task. Python: threading.Thread(target=sleeper).start() N times.");
        sleep = QT_TRANSLATE_NOOP("StepCatalog",
            "Each thread blocks in a timed wait that Cancel wakes at once. Python: an Event's "
            "wait(1), which a cancel could also wake.");
        break;
    case SleepersModel::Processes:
        launch = QT_TRANSLATE_NOOP("StepCatalog",
            "The GUI thread starts concurrency-lab-worker children, a few per turn of the event loop: "
            "each start is a fork and an exec. Python: multiprocessing.Process(target=sleeper).start() "
            "N times (fork: no exec).");
        sleep = QT_TRANSLATE_NOOP("StepCatalog",
            "Each child sleeps in its own address space, then answers on its pipe. Python: each child "
            "waits on parent_process().join(1), a sleep that also ends if the parent dies.");
        break;
    }
    QList<DemoStep> steps{
        step(u"launch"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start N units"), launch),
        step(u"sleep"_s, QT_TRANSLATE_NOOP("StepCatalog", "Each sleeps"), sleep),
        step(u"count-done"_s, QT_TRANSLATE_NOOP("StepCatalog", "Each counts itself done"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "A unit that slept its whole time adds one to the done count (an atomic counter for threads; "
             "for children, their answer). The progress bar follows it. Python: done += 1.")),
        step(u"wait-all"_s, QT_TRANSLATE_NOOP("StepCatalog", "Wait for all"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "Every unit has ended: coroutine frames freed, threads joined, children reaped. Python: "
             "await asyncio.gather(...), or join() on each thread or process.")),
        step(u"report"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the figures"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "Launch time, wall time beyond the sleep, peak memory and memory per unit. Python: the "
             "script prints the same figures, measured the same way.")),
    };
    if (python) {
        steps[0].explanation = QT_TRANSLATE_NOOP("StepCatalog",
            "The app starts python3 with the script in a process group of its own. Python: the script "
            "starts its N units in a loop and prints its progress as JSON lines.");
    }
    return steps;
}

} // namespace ManyTasksLesson
