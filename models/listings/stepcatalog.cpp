// SPDX-License-Identifier: MIT
#include "stepcatalog.h"

#include "demosources.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Title {
    QStringView id;
    const char *text;
};

constexpr Title titles[] = {
    {u"start-spinner", QT_TRANSLATE_NOOP("StepCatalog", "Start the spinner")},
    {u"start-slow-task", QT_TRANSLATE_NOOP("StepCatalog", "Start the slow task")},
    {u"slow-task-sleeps", QT_TRANSLATE_NOOP("StepCatalog", "The slow task sleeps")},
    {u"result-ready", QT_TRANSLATE_NOOP("StepCatalog", "The answer is ready")},
    {u"stop-spinner", QT_TRANSLATE_NOOP("StepCatalog", "Stop the spinner")},
    {u"join", QT_TRANSLATE_NOOP("StepCatalog", "Wait for the end")},
    {u"print-answer", QT_TRANSLATE_NOOP("StepCatalog", "Show the answer")},
};

struct Explanation {
    QStringView id;
    std::optional<DemoKind> demo;  // nullopt: the text for any demo without its own
    const char *text;
};

// Each text: what the Qt code does, then "Python:" and what the counterpart line does.
const Explanation explanations[] = {
    {u"start-spinner", DemoKind::Thread, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner: a widget repainted by a timer of the GUI event loop. "
        "Python: spinner.start() runs spin() on a new threading.Thread. Only the GUI thread may paint "
        "in Qt, so here the slow task is what moves to another thread.")},
    {u"start-spinner", DemoKind::Process, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner: a widget repainted by a timer of the GUI event loop. "
        "Python: spinner.start() runs spin() in a child process (multiprocessing.Process). Only the "
        "GUI thread may paint in Qt, so here the slow task is what moves to a child process.")},
    {u"start-spinner", DemoKind::Coroutine, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner: a widget repainted by a timer of the GUI event loop, the "
        "same loop that will run the coroutine. Python: asyncio.create_task(spin(...)) schedules "
        "spin() as a task on the asyncio event loop.")},

    {u"start-slow-task", DemoKind::Thread, QT_TRANSLATE_NOOP("StepCatalog",
        "The runner starts a QThread that will run the slow task. start() returns at once and the GUI "
        "thread goes back to its event loop. Python: supervisor() calls slow() right on the main "
        "thread while the spinner thread spins.")},
    {u"start-slow-task", DemoKind::Process, QT_TRANSLATE_NOOP("StepCatalog",
        "The runner starts the concurrency-lab-worker child with QProcess. start() returns at once; "
        "the answer comes back later through signals. Python: supervisor() calls slow() right in the "
        "parent process while the spinner process spins.")},
    {u"start-slow-task", DemoKind::Coroutine, QT_TRANSLATE_NOOP("StepCatalog",
        "The supervisor coroutine awaits slow(). It runs on the GUI thread until the first co_await "
        "inside slow(), then hands the event loop back. Python: 'await slow()' suspends supervisor() "
        "until slow() is done.")},

    {u"slow-task-sleeps", DemoKind::Thread, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task sleeps. On a QThread the worker thread blocks in a wait that a cancel wakes at "
        "once; the GUI thread keeps painting the spinner. Python: time.sleep(3) blocks the main "
        "thread but releases the GIL, so the spinner thread runs.")},
    {u"slow-task-sleeps", DemoKind::Process, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task sleeps in the child process, the same code as in the thread demo; a cancel "
        "stops the child. The app's own process keeps painting the spinner. Python: time.sleep(3) "
        "blocks the parent while the spinner runs in a process of its own, with its own GIL.")},
    {u"slow-task-sleeps", DemoKind::Coroutine, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine awaits a timer: it is suspended, no thread sleeps, and the GUI event loop keeps "
        "painting the spinner. Python: 'await asyncio.sleep(3)' hands control back to the asyncio "
        "event loop in the same way. A blocking sleep here would freeze everything.")},

    {u"result-ready", DemoKind::Thread, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task returns 42. The worker thread hands it to the GUI thread as a signal argument "
        "(a queued connection); no widget is touched from the worker. Python: slow() returns 42 to "
        "supervisor() on the main thread.")},
    {u"result-ready", DemoKind::Process, QT_TRANSLATE_NOOP("StepCatalog",
        "The slow task returns 42 in the child, which writes it to its standard output for the app "
        "to read: processes share no memory. Python: slow() returns 42 in the parent; the spinner "
        "process never sees it.")},
    {u"result-ready", DemoKind::Coroutine, QT_TRANSLATE_NOOP("StepCatalog",
        "The timer fires, the event loop resumes the coroutine on the GUI thread and it has its "
        "answer: 42. Python: slow() returns 42 and 'await slow()' resumes supervisor().")},

    {u"stop-spinner", DemoKind::Thread, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner now that the answer is in. Python: done.set() sets the "
        "threading.Event that the spinner thread waits on, so its loop ends.")},
    {u"stop-spinner", DemoKind::Process, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner now that the answer is in. Python: done.set() sets a "
        "multiprocessing.Event, shared with the spinner process, so its loop ends.")},
    {u"stop-spinner", DemoKind::Coroutine, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner now that the answer is in. Python: spinner.cancel() raises "
        "CancelledError inside spin() at its next await.")},

    {u"join", DemoKind::Thread, QT_TRANSLATE_NOOP("StepCatalog",
        "The runner makes sure the worker thread has ended before the QThread is deleted: a running "
        "QThread must never be destroyed. Python: spinner.join() waits for the spinner thread to "
        "erase its line and end.")},
    {u"join", DemoKind::Process, QT_TRANSLATE_NOOP("StepCatalog",
        "The child has exited: QProcess reports how (exit code and status), and no zombie process is "
        "left. Python: spinner.join() waits for the spinner process to exit.")},
    {u"join", DemoKind::Coroutine, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine finishes and its task completes. There is no thread or process to wait for: "
        "it ran on the GUI thread all along. Python: 'await spinner' waits for the cancelled spinner "
        "task to erase its line.")},

    {u"start-spinner", DemoKind::BlockLoop, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread starts the spinner, on the same event loop the coroutine will run on. "
        "Python: asyncio.create_task(spin(...)) schedules the spinner task; it never gets to run.")},
    {u"start-slow-task", DemoKind::BlockLoop, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine starts and awaits slow(). Python: 'await slow()', exactly as in the working "
        "asyncio example: the mistake is inside slow().")},
    {u"slow-task-sleeps", DemoKind::BlockLoop, QT_TRANSLATE_NOOP("StepCatalog",
        "The mistake: a blocking sleep inside a coroutine. QThread::msleep() holds the GUI thread, so "
        "the event loop cannot paint, handle clicks or fire timers until it returns: every spinner "
        "freezes. Python: time.sleep(3) inside 'async def slow()' blocks the asyncio loop the same way.")},
    {u"result-ready", DemoKind::BlockLoop, QT_TRANSLATE_NOOP("StepCatalog",
        "The sleep is over and slow() returns 42. Only now does the event loop run again and catch up "
        "on the paints and clicks that waited. Python: slow() returns 42.")},
    {u"stop-spinner", DemoKind::BlockLoop, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread stops the spinner, which had not moved during the freeze. Python: "
        "spinner.cancel(); the spinner task never ran, so it never printed a frame.")},
    {u"join", DemoKind::BlockLoop, QT_TRANSLATE_NOOP("StepCatalog",
        "The coroutine finishes. Python: 'await spinner' waits for the cancelled spinner task.")},

    {u"print-answer", std::nullopt, QT_TRANSLATE_NOOP("StepCatalog",
        "The GUI thread shows the answer, the time it took and who ran the slow task. Python: main() "
        "prints 'Answer: 42'.")},
};

} // namespace

QStringList StepCatalog::stepIds(DemoKind kind)
{
    return DemoSources::entry(kind).stepIds;
}

bool StepCatalog::isKnown(QStringView id)
{
    return DemoSources::allStepIds().contains(id);
}

QString StepCatalog::title(QStringView id)
{
    for (const Title &t : titles) {
        if (t.id == id)
            return tr(t.text);
    }
    return id.toString();
}

QString StepCatalog::explanation(QStringView id, DemoKind kind)
{
    const char *common = nullptr;
    for (const Explanation &e : explanations) {
        if (e.id != id)
            continue;
        if (e.demo == kind)
            return tr(e.text);
        if (!e.demo)
            common = e.text;
    }
    return common ? tr(common) : QString();
}

QString StepCatalog::numberedTitle(QStringView id, DemoKind kind)
{
    const QStringList ids = stepIds(kind);
    const qsizetype index = ids.indexOf(id);
    if (index < 0)
        return title(id);
    //: Step number, step count and step title, e.g. "3/7  The slow task sleeps"
    return tr("%1/%2  %3").arg(index + 1).arg(ids.size()).arg(title(id));
}
