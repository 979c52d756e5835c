// SPDX-License-Identifier: MIT
#include "blockloop.h"

#include "blockingsleeprunner.h"
#include "cpulooprunner.h"

using namespace Qt::Literals::StringLiterals;

namespace BlockLoopLesson {

namespace {

std::chrono::milliseconds durationFor(RunSize size)
{
    return size == RunSize::Test ? SlowTask::testDuration : SlowTask::defaultDuration;
}

const QString panelFile = u"widgets/lesson/demopanel.cpp"_s;
const QString supervisorFile = u"models/run/coroutine/coroutinerunner.h"_s;
// "Run in Python" runs this lesson's counterparts in asyncio's debug mode (-X dev): asyncio then
// warns about every callback that held the loop too long ("Executing <Task ...> took 3.0 seconds"),
// the lesson in one line; the cooperative loop gets no such warning.
const QStringList debugAsyncio{u"-X"_s, u"dev"_s};

} // namespace

QList<Demo> demos()
{
    QList<Demo> all{
        {u"block"_s, QT_TRANSLATE_NOOP("Demo", "Blocking sleep"), QT_TRANSLATE_NOOP("Demo", "Python: time.sleep() in a coroutine"),
         [](RunSize size) { return std::make_unique<BlockingSleepRunner>(SlowTaskParameters{durationFor(size)}); },
         {{panelFile, supervisorFile, u"app/lessons/blockloop/blockingsleeprunner.cpp"_s},
          u"app/lessons/blockloop/python/spinner_async_experiment.py"_s,
          blockingSleepSteps(), debugAsyncio},
         // Blocking the GUI thread freezes the whole window; the remedy is to co_await instead.
         {u"gil/gui-thread"_s, u"best-practices/coroutines"_s},
         resultHas(toJson(SlowTaskResult{}))},
        {u"block-cpu"_s, QT_TRANSLATE_NOOP("Demo", "Busy loop"), QT_TRANSLATE_NOOP("Demo", "Python: a CPU-bound coroutine"),
         [](RunSize size) { return std::make_unique<CpuLoopRunner>(u"block-cpu"_s, CpuLoopParameters{durationFor(size), 0}); },
         {{panelFile, supervisorFile, u"app/lessons/blockloop/cpulooprunner.cpp"_s},
          u"app/lessons/blockloop/python/spinner_busy_async.py"_s,
          busyLoopSteps(), debugAsyncio},
         // A coroutine that computes without yielding freezes the window, on a machine with no GIL.
         {u"summary/gil-qt"_s, u"multitasking/never-yields"_s, u"when-to-use/cpu-in-loop"_s},
         // The busy loop never gives the loop a turn.
         resultHas({{u"answer"_s, SlowTask::answer}, {u"yields"_s, 0}})},
        {u"cooperative-cpu"_s, QT_TRANSLATE_NOOP("Demo", "Cooperative loop"),
         QT_TRANSLATE_NOOP("Demo", "Python: await asyncio.sleep(0) every N"),
         [](RunSize size) {
             return std::make_unique<CpuLoopRunner>(u"cooperative-cpu"_s,
                                                    CpuLoopParameters{durationFor(size), CpuLoopParameters::defaultYieldEvery});
         },
         {{panelFile, supervisorFile, u"app/lessons/blockloop/cpulooprunner.cpp"_s},
          u"app/lessons/blockloop/python/spinner_nap_async.py"_s,
          cooperativeLoopSteps(), debugAsyncio},
         // The task itself decides where it lets the others run.
         {u"multitasking/who-switches"_s},
         // The cooperative loop does: at the test size it still yields many times.
         [](const QJsonObject &result) {
             return resultHas({{u"answer"_s, SlowTask::answer}})(result) && result.value(u"yields"_s).toInteger() > 0;
         }},
    };
    // The CPU-bound demos keep a core busy: they take turns with lesson 3's measurements
    // (DemoScheduler), so neither spoils the other's numbers.
    for (Demo &demo : all)
        demo.measuresTheMachine = demo.id == u"block-cpu"_s || demo.id == u"cooperative-cpu"_s;
    return all;
}

} // namespace BlockLoopLesson
