// SPDX-License-Identifier: MIT
#include "spinners.h"

#include "awaitingsleeprunner.h"
#include "processrunner.h"
#include "threadrunner.h"

using namespace Qt::Literals::StringLiterals;

namespace SpinnersLesson {

namespace {

// The slow task's parameters for a run of `size`.
SlowTaskParameters slowTask(RunSize size)
{
    return {size == RunSize::Test ? SlowTask::testDuration : SlowTask::defaultDuration};
}

// Shown first in every spinner demo's listing: the panel that starts and stops the spinner.
const QString panelFile = u"widgets/lesson/demopanel.cpp"_s;

} // namespace

QList<Demo> demos()
{
    return {
        {u"thread"_s, QT_TRANSLATE_NOOP("Demo", "QThread"), QT_TRANSLATE_NOOP("Demo", "Python: threading.Thread"),
         [](RunSize size) { return std::make_unique<ThreadRunner>(slowTask(size)); },
         {{panelFile, u"app/lessons/spinners/threadrunner.cpp"_s, u"app/lessons/spinners/slowtaskthread.cpp"_s,
           u"models/tasks/slowtask.cpp"_s},
          u"app/lessons/spinners/python/spinner_thread.py"_s,
          threadSteps()},
         // A QThread sleeping off the GUI thread while the spinner turns: a thread that waits, a
         // unit of Qt, cancelled cooperatively.
         {u"execution-units/qt-unit"_s, u"multitasking/qt-units"_s, u"gil/blocking-io"_s,
          u"summary/cancel-qt"_s, u"when-to-use/io-few"_s},
         resultHas(toJson(SlowTaskResult{}))},
        {u"process"_s, QT_TRANSLATE_NOOP("Demo", "QProcess"), QT_TRANSLATE_NOOP("Demo", "Python: multiprocessing.Process"),
         [](RunSize size) { return std::make_unique<ProcessRunner>(slowTask(size)); },
         {{panelFile, u"app/lessons/spinners/processrunner.cpp"_s, u"models/run/process/workerprocess.cpp"_s,
           u"app/worker/workerprogram.cpp"_s, u"models/tasks/slowtaskworkload.cpp"_s, u"models/tasks/slowtask.cpp"_s},
          u"app/lessons/spinners/python/spinner_proc.py"_s,
          processSteps()},
         // A child program that may be killed on cancel, the OS reclaiming everything.
         {u"execution-units/qt-unit"_s, u"summary/cancel-qt"_s, u"when-to-use/other-program"_s},
         resultHas(toJson(SlowTaskResult{}))},
        {u"coroutine"_s, QT_TRANSLATE_NOOP("Demo", "QCoro coroutine"), QT_TRANSLATE_NOOP("Demo", "Python: asyncio task"),
         [](RunSize size) { return std::make_unique<AwaitingSleepRunner>(slowTask(size)); },
         {{panelFile, u"models/run/coroutine/coroutinerunner.h"_s, u"app/lessons/spinners/awaitingsleeprunner.cpp"_s,
           u"models/run/coroutine/interruptiblesleep.cpp"_s},
          u"app/lessons/spinners/python/spinner_async.py"_s,
          coroutineSteps()},
         // One thread, two tasks in progress: the coroutine awaits while the GUI thread paints.
         {u"concurrency/concurrency"_s, u"execution-units/qt-unit"_s, u"multitasking/qt-units"_s,
          u"summary/cancel-qt"_s, u"summary/preemption-qt"_s},
         resultHas(toJson(SlowTaskResult{}))},
    };
}

} // namespace SpinnersLesson
