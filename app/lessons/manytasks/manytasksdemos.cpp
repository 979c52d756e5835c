// SPDX-License-Identifier: MIT
#include "manytasks.h"

#include "awaitwaysrunner.h"
#include "coroutinesleepersrunner.h"
#include "processsleepersrunner.h"
#include "pythonsleepersrunner.h"
#include "pythonwaysrunner.h"
#include "threadsleepersrunner.h"
#include "waitforrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace ManyTasksLesson {

namespace {

QString file(const char *name)
{
    return u"app/lessons/manytasks/"_s + QLatin1StringView(name);
}

WaysParameters waysFor(RunSize size)
{
    return {size == RunSize::Test ? std::chrono::milliseconds(200) : std::chrono::milliseconds(1000)};
}

// Test runs stay small: a few units, a short sleep; the page sets the classroom's counts.
SleepersParameters sleepersFor(SleepersModel model, RunSize size)
{
    if (size == RunSize::Classroom)
        return {model == SleepersModel::Processes ? 100 : 10'000, std::chrono::milliseconds(1000)};
    return {model == SleepersModel::Processes ? 4 : 200, std::chrono::milliseconds(300)};
}

ResultCheck sleepersCheck()
{
    return [](const QJsonObject &result) {
        return result.value(u"count"_s).toInt() > 0 && result.value(u"done"_s) == result.value(u"count"_s)
            && result.value(u"beyondSeconds"_s).toDouble(-1) >= 0;
    };
}

// The C++ files of a model's sleepers: its runner and the units, then the shared base.
QStringList sleepersFiles(SleepersModel model)
{
    switch (model) {
    case SleepersModel::Coroutines:
        return {file("coroutinesleepersrunner.cpp"), file("sleepersrunner.cpp"), u"models/run/coroutine/sleepscheduler.cpp"_s};
    case SleepersModel::Threads:
        return {file("threadsleepersrunner.cpp"), file("sleepingthreads.cpp"), file("sleepersrunner.cpp")};
    case SleepersModel::Processes:
        return {file("processsleepersrunner.cpp"), file("sleepersrunner.cpp"), u"models/tasks/slowtaskworkload.cpp"_s};
    }
    return {};
}

QString sleepersPython(SleepersModel model)
{
    switch (model) {
    case SleepersModel::Coroutines: return file("python/sleepers_asyncio.py");
    case SleepersModel::Threads: return file("python/sleepers_threads.py");
    case SleepersModel::Processes: return file("python/sleepers_processes.py");
    }
    return {};
}

// The comparison rows a model's sleepers show live: what a unit costs to start and to keep, and
// (for coroutines and threads) that thousands of waits are cheap.
QStringList sleepersRows(SleepersModel model, bool python)
{
    const QString language = python ? u"python"_s : u"qt"_s;
    QStringList rows{u"summary/startup-"_s + language, u"summary/memory-"_s + language, u"execution-units/cost-"_s + language};
    if (model != SleepersModel::Processes)
        rows << u"when-to-use/io-many"_s;
    if (python && model == SleepersModel::Coroutines)
        rows << u"summary/best-for-python"_s;
    return rows;
}

// What a run of N sleepers measured, beside the comparison cells it proves: the memory each unit
// took and what starting one cost (its "memory" and "start-up" rows).
RowFigures sleepersFigures(SleepersModel model, bool python)
{
    const QString language = python ? u"python"_s : u"qt"_s;
    return [model, python, language](const QJsonObject &result) {
        const QLocale locale;
        const int count = result.value(u"count"_s).toInt();
        const int peakAlive = result.value(u"peakAlive"_s).toInt();
        const qint64 bytes = result.value(u"bytesPerUnit"_s).toInteger();
        const double launchUs = count > 0 ? result.value(u"launchSeconds"_s).toDouble() * 1e6 / count : 0;
        QList<RowFigure> figures;
        if (bytes > 0) {
            // %1: a memory size ("964 B"); %2: how many were alive at once. Python's coroutines run as
            // asyncio Tasks, and the table's cell counts per task.
            const char *const perUnit[] = {
                python ? QT_TRANSLATE_NOOP("SleepersResult", "%1 per task, %2 alive at once")
                       : QT_TRANSLATE_NOOP("SleepersResult", "%1 per coroutine, %2 alive at once"),
                QT_TRANSLATE_NOOP("SleepersResult", "%1 per thread, %2 alive at once"),
                QT_TRANSLATE_NOOP("SleepersResult", "%1 per process, %2 alive at once")};
            figures.append({u"summary/memory-"_s + language,
                            QCoreApplication::translate("SleepersResult", perUnit[int(model)])
                                .arg(formatBytes(bytes), locale.toString(peakAlive))});
        }
        if (launchUs > 0) {
            figures.append({u"summary/startup-"_s + language,
                            //: %1: microseconds to start one unit; %2: how many were started
                            QCoreApplication::translate("SleepersResult", "%1 µs to start each of %2")
                                .arg(locale.toString(launchUs, 'f', launchUs < 10 ? 2 : 0), locale.toString(count))});
        }
        return figures;
    };
}

Demo sleepersDemoOf(SleepersModel model, bool python)
{
    static const char *const titles[] = {
        QT_TRANSLATE_NOOP("Demo", "N coroutines"), QT_TRANSLATE_NOOP("Demo", "N threads"), QT_TRANSLATE_NOOP("Demo", "N processes"),
        QT_TRANSLATE_NOOP("Demo", "CPython: N asyncio tasks"), QT_TRANSLATE_NOOP("Demo", "CPython: N threads"),
        QT_TRANSLATE_NOOP("Demo", "CPython: N processes"),
    };
    static const char *const counterparts[] = {
        QT_TRANSLATE_NOOP("Demo", "Python: asyncio.create_task() N times"), QT_TRANSLATE_NOOP("Demo", "Python: threading.Thread N times"),
        QT_TRANSLATE_NOOP("Demo", "Python: multiprocessing.Process N times"),
    };
    const int index = int(model);
    const DemoId id = sleepersDemo(model, python);
    Demo demo{id, titles[index + (python ? 3 : 0)], counterparts[index],
              [id, model, python](RunSize size) -> std::unique_ptr<DemoRunner> {
                  const SleepersParameters parameters = sleepersFor(model, size);
                  if (python)
                      return std::make_unique<PythonSleepersRunner>(id, model, parameters);
                  switch (model) {
                  case SleepersModel::Coroutines: return std::make_unique<CoroutineSleepersRunner>(parameters);
                  case SleepersModel::Threads: return std::make_unique<ThreadSleepersRunner>(parameters);
                  case SleepersModel::Processes: return std::make_unique<ProcessSleepersRunner>(parameters);
                  }
                  return nullptr;
              },
              {(python ? QStringList{file("pythonsleepersrunner.cpp")} : QStringList{}) + sleepersFiles(model),
               sleepersPython(model), sleepersSteps(model, python)},
              sleepersRows(model, python),
              sleepersCheck()};
    // Their figures are measurements of the machine: one at a time, never beside lesson 3's.
    demo.measuresTheMachine = true;
    demo.rowFigures = sleepersFigures(model, python);
    return demo;
}

} // namespace

QList<DemoId> waysDemos()
{
    return {u"await-sequential"_s, u"await-concurrent"_s, u"wait-for"_s};
}

DemoId pythonWaysDemo()
{
    return u"three-ways-python"_s;
}

QList<SleepersModel> sleepersModels()
{
    return {SleepersModel::Coroutines, SleepersModel::Threads, SleepersModel::Processes};
}

DemoId sleepersDemo(SleepersModel model, bool python)
{
    if (python)
        return u"many-python-"_s + PythonSleepersRunner::scriptModel(model);
    return u"many-"_s + SleepersModels::id(model);
}

QList<Demo> demos()
{
    const QStringList waysFiles{file("awaitwaysrunner.cpp"), file("waysrunner.cpp")};
    QList<Demo> all{
        {u"await-sequential"_s, QT_TRANSLATE_NOOP("Demo", "co_await one after the other"),
         QT_TRANSLATE_NOOP("Demo", "Python: await slow() twice"),
         [](RunSize size) { return std::make_unique<AwaitWaysRunner>(AwaitWaysRunner::Way::Sequential, waysFor(size)); },
         {waysFiles, file("python/await_sequential.py"), sequentialSteps()},
         {u"running-coroutines/await"_s},
         [](const QJsonObject &result) { return result.value(u"sleeps"_s).toDouble() >= 1.99; }},
        {u"await-concurrent"_s, QT_TRANSLATE_NOOP("Demo", "Start both, then co_await both"),
         QT_TRANSLATE_NOOP("Demo", "Python: asyncio.create_task() twice"),
         [](RunSize size) { return std::make_unique<AwaitWaysRunner>(AwaitWaysRunner::Way::Concurrent, waysFor(size)); },
         {waysFiles, file("python/await_concurrent.py"), concurrentSteps()},
         {u"running-coroutines/create-task"_s},
         [](const QJsonObject &result) {
             const double sleeps = result.value(u"sleeps"_s).toDouble();
             return sleeps >= 0.99 && sleeps < 1.9;
         }},
        {u"wait-for"_s, QT_TRANSLATE_NOOP("Demo", "QCoro::waitFor() from plain code"),
         QT_TRANSLATE_NOOP("Demo", "Python: asyncio.run()"),
         [](RunSize size) { return std::make_unique<WaitForRunner>(waysFor(size)); },
         {{file("waitforrunner.cpp"), file("waysrunner.cpp")}, file("python/asyncio_run.py"), waitForSteps()},
         {u"running-coroutines/run"_s},
         resultHas({{u"timerFiredInside"_s, true}})},
        {pythonWaysDemo(), QT_TRANSLATE_NOOP("Demo", "The three ways in CPython"),
         QT_TRANSLATE_NOOP("Demo", "Python: three_ways.py"),
         [](RunSize size) { return std::make_unique<PythonWaysRunner>(waysFor(size)); },
         {{file("pythonwaysrunner.cpp")}, file("python/three_ways.py"), pythonWaysSteps()},
         {u"running-coroutines/run"_s, u"running-coroutines/create-task"_s, u"running-coroutines/await"_s},
         [](const QJsonObject &result) {
             return result.value(u"python"_s).toObject().size() == 3 && result.value(u"pythonError"_s).toString().contains(u"RuntimeError"_s);
         }},
    };
    for (const bool python : {false, true}) {
        for (const SleepersModel model : sleepersModels())
            all.append(sleepersDemoOf(model, python));
    }
    return all;
}

} // namespace ManyTasksLesson
