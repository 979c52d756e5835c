// SPDX-License-Identifier: MIT
// What each step of the spinner demos does, in words: the Qt code beside its Python counterpart.
#include "spinners.h"

#include "slowtask.h"

using namespace Qt::Literals::StringLiterals;

namespace SpinnersLesson {

// Each text: what the Qt code does, then "Python:" and what the counterpart line does.
QList<DemoStep> threadSteps()
{
    return SlowTask::steps({
        {u"start-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner: a widget repainted by a timer of the GUI event loop. "
        "Python: spinner.start() runs spin() on a new threading.Thread. Only the GUI thread may paint "
        "in Qt, so here the slow task is what moves to another thread.")},
        {u"start-slow-task"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The runner starts a QThread that will run the slow task. start() returns at once and the GUI "
        "thread goes back to its event loop. Python: supervisor() calls slow() right on the main "
        "thread while the spinner thread spins.")},
        {u"slow-task-sleeps"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task sleeps. On a QThread the worker thread blocks in a wait that a cancel wakes at "
        "once; the GUI thread keeps painting the spinner. Python: time.sleep(3) blocks the main "
        "thread but releases the GIL, so the spinner thread runs.")},
        {u"result-ready"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task returns 42. The worker thread hands it to the GUI thread as a signal argument "
        "(a queued connection); no widget is touched from the worker. Python: slow() returns 42 to "
        "supervisor() on the main thread.")},
        {u"stop-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner now that the answer is in. Python: done.set() sets the "
        "threading.Event that the spinner thread waits on, so its loop ends.")},
        {u"join"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The runner makes sure the worker thread has ended before the QThread is deleted: a running "
        "QThread must never be destroyed. Python: spinner.join() waits for the spinner thread to "
        "erase its line and end.")},
    });
}

QList<DemoStep> processSteps()
{
    return SlowTask::steps({
        {u"start-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner: a widget repainted by a timer of the GUI event loop. "
        "Python: spinner.start() runs spin() in a child process (multiprocessing.Process). Only the "
        "GUI thread may paint in Qt, so here the slow task is what moves to a child process.")},
        {u"start-slow-task"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The runner starts the concurrency-lab-worker child with QProcess. start() returns at once; "
        "the answer comes back later through signals. Python: supervisor() calls slow() right in the "
        "parent process while the spinner process spins.")},
        {u"slow-task-sleeps"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task sleeps in the child process, the same code as in the thread demo; a cancel "
        "stops the child. The app's own process keeps painting the spinner. Python: time.sleep(3) "
        "blocks the parent while the spinner runs in a process of its own, with its own GIL.")},
        {u"result-ready"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task returns 42 in the child, which writes it to its standard output for the app "
        "to read: processes share no memory. Python: slow() returns 42 in the parent; the spinner "
        "process never sees it.")},
        {u"stop-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner now that the answer is in. Python: done.set() sets a "
        "multiprocessing.Event, shared with the spinner process, so its loop ends.")},
        {u"join"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The child has exited: QProcess reports how (exit code and status), and no zombie process is "
        "left. Python: spinner.join() waits for the spinner process to exit.")},
    });
}

QList<DemoStep> coroutineSteps()
{
    return SlowTask::steps({
        {u"start-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner: a widget repainted by a timer of the GUI event loop, the "
        "same loop that will run the coroutine. Python: asyncio.create_task(spin(...)) schedules "
        "spin() as a task on the asyncio event loop.")},
        {u"start-slow-task"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The supervisor coroutine awaits slow(). It runs on the GUI thread until the first co_await "
        "inside slow(), then hands the event loop back. Python: 'await slow()' suspends supervisor() "
        "until slow() is done.")},
        {u"slow-task-sleeps"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine awaits a timer: it is suspended, no thread sleeps, and the GUI event loop keeps "
        "painting the spinner. Python: 'await asyncio.sleep(3)' hands control back to the asyncio "
        "event loop in the same way. A blocking sleep here would freeze everything.")},
        {u"result-ready"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The timer fires, the event loop resumes the coroutine on the GUI thread and it has its "
        "answer: 42. Python: slow() returns 42 and 'await slow()' resumes supervisor().")},
        {u"stop-spinner"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner now that the answer is in. Python: spinner.cancel() requests "
        "cancellation; on a later turn of the loop CancelledError is thrown in at the await where "
        "spin() is suspended, and spin() catches it to end its loop.")},
        {u"join"_s, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine finishes and its task completes. There is no thread or process to wait for: "
        "it ran on the GUI thread all along. Python: 'await spinner', a line the app adds (the book's "
        "supervisor() returns without it), waits for the cancelled spinner task to erase its line.")},
    });
}

} // namespace SpinnersLesson
