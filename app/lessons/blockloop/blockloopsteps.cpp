// SPDX-License-Identifier: MIT
// What each step of the blocking-sleep demo does, in words: the Qt code beside its Python counterpart.
#include "blockloop.h"

#include "slowtask.h"

using namespace Qt::Literals::StringLiterals;

namespace BlockLoopLesson {

QList<DemoStep> blockingSleepSteps()
{
    return SlowTask::steps({
        {u"start-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner, on the same event loop the coroutine will run on. "
        "Python: asyncio.create_task(spin(...)) schedules the spinner task; it never gets to run.")},
        {u"start-slow-task"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine starts and awaits slow(). In C++ it first awaits a short lead-in (not in the "
        "book), so the spinners are seen to turn. Python: 'await slow()', exactly as in the working "
        "asyncio example: the mistake is inside slow().")},
        {u"slow-task-sleeps"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The mistake: a blocking sleep inside a coroutine. QThread::msleep() holds the GUI thread, so "
        "the event loop cannot paint, handle clicks or fire timers until it returns: every spinner "
        "freezes. Python: time.sleep(3) inside 'async def slow()' blocks the asyncio loop the same way.")},
        {u"result-ready"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The sleep is over and slow() returns 42. Only now does the event loop run again and catch up "
        "on the paints and clicks that waited. Python: slow() returns 42.")},
        {u"stop-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner, which had not moved during the freeze. Python: "
        "spinner.cancel(); the spinner task never ran, so it never printed a frame, nor the book's "
        "'THIS WILL NEVER BE OUTPUT'.")},
        {u"join"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine finishes. Python: 'await spinner', a line the app adds (the book's supervisor() "
        "returns without it), waits for the cancelled spinner task.")},
    });
}

namespace {

const char *const startSpinnerOnTheLoop = QT_TRANSLATE_NOOP("StepCatalog",
    "The GUI thread starts the spinner, on the same event loop the coroutine will run on. "
    "Python: asyncio.create_task(spin(...)) schedules the spinner task.");
const char *const startSlowTaskAfterLeadIn = QT_TRANSLATE_NOOP("StepCatalog",
    "The coroutine starts and awaits slow(). It first awaits a short lead-in, so the spinners are "
    "seen to turn. Python: 'await slow()'.");
const char *const computedResult = QT_TRANSLATE_NOOP("StepCatalog",
    "The computation is done and slow() returns 42. Python: slow() returns 42.");
const char *const stopSpinnerAfterWork = QT_TRANSLATE_NOOP("StepCatalog",
    "The GUI thread stops the spinner now that the answer is in. Python: spinner.cancel() requests "
    "cancellation; on a later turn of the loop CancelledError is thrown in at the await where "
    "spin() is suspended, and spin() catches it to end its loop.");
const char *const joinCoroutine = QT_TRANSLATE_NOOP("StepCatalog",
    "The coroutine finishes. Python: 'await spinner', a line the app adds (the book's supervisor() "
    "returns without it), waits for the cancelled spinner task.");

// The CPU-bound demos' steps: the book's, with the slow task computing instead of sleeping; they
// differ only in how it computes.
QList<DemoStep> cpuSteps(const char *computes)
{
    QList<DemoStep> steps = SlowTask::steps({{u"start-spinner"_s, startSpinnerOnTheLoop},
                                            {u"start-slow-task"_s, startSlowTaskAfterLeadIn},
                                            {u"result-ready"_s, computedResult},
                                            {u"stop-spinner"_s, stopSpinnerAfterWork},
                                            {u"join"_s, joinCoroutine}});
    for (DemoStep &step : steps) {
        if (step.id == u"slow-task-sleeps"_s)
            step = {u"slow-task-computes"_s, QT_TRANSLATE_NOOP("StepCatalog", "The slow task computes"), computes};
    }
    return steps;
}

} // namespace

QList<DemoStep> busyLoopSteps()
{
    return cpuSteps(QT_TRANSLATE_NOOP("StepCatalog",
                        "The mistake again, with work instead of a sleep: a loop of arithmetic without a single "
                        "co_await holds the GUI thread until it is done, and every spinner freezes. Python: a "
                        "CPU-bound loop inside 'async def slow()' blocks the asyncio loop the same way."));
}

QList<DemoStep> cooperativeLoopSteps()
{
    return cpuSteps(QT_TRANSLATE_NOOP("StepCatalog",
                        "The same loop, but every N iterations the coroutine awaits a zero-length sleep: one turn "
                        "of the event loop, which paints the spinners and handles clicks, then the loop goes on. "
                        "The smaller N, the smoother the window and the longer the work. Python: 'await "
                        "asyncio.sleep(0)' every N rounds (the book's spinner_prime_async_nap.py)."));
}

} // namespace BlockLoopLesson
