// SPDX-License-Identifier: MIT
// Group "scale": lesson 4's N sleepers of 1 s through the lesson's own runners (coroutines on the
// app's sleep scheduler, std::threads, worker children): the wall time beyond the sleep, the launch
// time, peak RSS and memory per unit (children: their PSS summed), at the counts; with
// --compare-python the lesson's CPython runs (sleepers_asyncio.py, _threads.py, _processes.py).
#include "benchdemos.h"
#include "benchgroups.h"

#include "manytasks/manytasks.h"
#include "manytasks/sleeperslimits.h"
#include "manytasks/sleepersrunner.h"

#include <QLocale>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Scale {
    SleepersModel model;
    int count;
};

QList<Scale> scalesFor(bool quick)
{
    using enum SleepersModel;
    if (quick)
        return {{Coroutines, 10'000}, {Threads, 1'000}, {Processes, 50}};
    return {{Coroutines, 10'000}, {Coroutines, 100'000}, {Coroutines, 1'000'000}, {Threads, 1'000}, {Threads, 5'000},
            {Threads, 10'000}, {Processes, 50}, {Processes, 200}};
}

// One run of `count` sleepers of `model`; nullopt (said on stderr) when this machine refuses it.
std::optional<SleepersResult> sleep(SleepersModel model, bool python, int count)
{
    const std::unique_ptr<DemoRunner> made = BenchDemos::make(ManyTasksLesson::sleepersDemo(model, python));
    auto *runner = qobject_cast<SleepersRunner *>(made.get());
    if (const QString refusal = SleepersLimits::refusal(model, count, python); !refusal.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab-bench: %s skipped: %s\n", qPrintable(runner->demoId()), qPrintable(refusal));
        return std::nullopt;
    }
    runner->setParameters({count, 1000ms});
    if (!BenchDemos::runToEnd(*runner, 600s) || !runner->result() || runner->result()->done != count)
        qFatal("concurrency-lab-bench: %d sleepers of %s failed: %s", count, qPrintable(runner->demoId()), qPrintable(runner->errorString()));
    return *runner->result();
}

QJsonObject fieldsOf(const SleepersResult &result)
{
    QJsonObject fields{{u"count"_s, result.count}, {u"done"_s, result.done}, {u"peakAlive"_s, result.peakAlive},
                       {u"launchMs"_s, result.launchNs / 1e6}, {u"beyondMs"_s, result.beyondSleepNs() / 1e6},
                       {u"peakRssMB"_s, result.peakRssBytes / 1e6}, {u"bytesPerUnit"_s, result.bytesPerUnit},
                       {u"allAliveAtOnce"_s, result.allAliveAtOnce()}};
    if (result.childrenPssBytes)
        fields.insert(u"childrenPssMB"_s, *result.childrenPssBytes / 1e6);
    return fields;
}

// The targets: 100k coroutines within 50 ms beyond the sleep and 250 B each, a million within
// 400 ms and 250 MB, 5,000 threads within 0.5 s.
std::optional<Target> targetOf(SleepersModel model, const SleepersResult &result)
{
    const double beyondMs = result.beyondSleepNs() / 1e6;
    const QString beyond = u"%1 ms"_s.arg(BenchTable::number(beyondMs));
    // Memory per unit means something only if every unit was alive at once (sleepersresult.h): a
    // launch longer than the sleep undercounts it, and then the memory part cannot be met.
    const bool memoryMeasured = result.allAliveAtOnce();
    if (model == SleepersModel::Coroutines && result.count == 100'000) {
        return Target::allOf(u"<= 50 ms, <= 250 B each"_s,
                             {{beyondMs <= 50, beyond},
                              {memoryMeasured && result.bytesPerUnit <= 250,
                               memoryMeasured ? u"%1 B each"_s.arg(result.bytesPerUnit) : u"not all alive at once"_s}});
    }
    if (model == SleepersModel::Coroutines && result.count == 1'000'000) {
        const double addedMB = double(result.bytesPerUnit) * result.count / 1e6;
        return Target::allOf(u"<= 400 ms, <= 250 MB"_s,
                             {{beyondMs <= 400, beyond},
                              {memoryMeasured && addedMB <= 250,
                               memoryMeasured ? u"%1 MB"_s.arg(BenchTable::number(addedMB)) : u"not all alive at once"_s}});
    }
    if (model == SleepersModel::Threads && result.count == 5'000)
        return Target::atMost(beyondMs, 500, u"ms"_s);
    return std::nullopt;
}

} // namespace

QList<Figure> BenchGroups::scale(const BenchOptions &options)
{
    QList<Figure> figures;
    for (const Scale &scale : scalesFor(options.quick)) {
        const auto result = sleep(scale.model, false, scale.count);
        if (!result)
            continue;
        const QString model = SleepersModels::id(scale.model);
        Figure figure{u"scale"_s, u"%1-%2"_s.arg(model).arg(scale.count),
                      u"%1 %2 x sleep(1 s): beyond the sleep"_s.arg(QLocale::c().toString(scale.count), model), u"ms"_s,
                      result->beyondSleepNs() / 1e6, fieldsOf(*result), targetOf(scale.model, *result)};
        if (options.comparePython) {
            if (const auto python = sleep(scale.model, true, scale.count)) {
                figure.python = python->beyondSleepNs() / 1e6;
                figure.pythonFields = fieldsOf(*python);
            }
        }
        figures.append(figure);
    }
    return figures;
}
