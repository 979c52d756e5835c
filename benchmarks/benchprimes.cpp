// SPDX-License-Identifier: MIT
// Group "primes": lesson 3's check of the book's 20 numbers through the lesson's own runners: the
// sequential time (one QThread), then the speedup over it per worker count (1, 2, the cores, twice
// the cores) of Qt Concurrent threads, worker children and threads under the simulated GIL; with
// --compare-python the lesson's CPython modes (sequential.py, threads.py, procs.py) beside them.
#include "benchdemos.h"
#include "benchgroups.h"

#include "primes/primesrunner.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// One run of demo `id` on `numbers` with `workers`; its result.
PrimesResult check(const DemoId &id, PrimeNumbers::NumberSet numbers, int workers)
{
    const std::unique_ptr<DemoRunner> made = BenchDemos::make(id);
    auto *runner = qobject_cast<PrimesRunner *>(made.get());
    PrimesParameters parameters;
    parameters.numbers = numbers;
    parameters.workers = workers;
    runner->setParameters(parameters);
    if (!BenchDemos::runToEnd(*runner, 600s) || !runner->result() || runner->result()->primeCount() != PrimeNumbers::primesPerSet)
        qFatal("concurrency-lab-bench: %s with %d workers failed: %s", qPrintable(id), workers, qPrintable(runner->errorString()));
    return *runner->result();
}

// The fastest of `repetitions` runs of demo `id` on `numbers` with `workers`: on a machine shared
// with other work the fastest run is the one least disturbed (as Python's timeit reports).
PrimesResult fastestCheck(const DemoId &id, PrimeNumbers::NumberSet numbers, int workers, int repetitions)
{
    std::optional<PrimesResult> fastest;
    for (int i = 0; i < repetitions; ++i) {
        const PrimesResult result = check(id, numbers, workers);
        if (!fastest || result.totalNs < fastest->totalNs)
            fastest = result;
    }
    return *fastest;
}

QJsonObject fieldsOf(const PrimesResult &result, int repetitions)
{
    return {{u"seconds"_s, result.seconds()}, {u"workers"_s, result.workers}, {u"primes"_s, result.primeCount()},
            {u"checked"_s, int(result.checks.size())}, {u"units"_s, result.unitCount()},
            {u"numbers"_s, PrimeNumbers::setId(result.numbers)}, {u"fastestOf"_s, repetitions}};
}

QList<int> workerCounts(bool quick)
{
    const int cores = PrimesParameters::cores();
    QList<int> counts = quick ? QList<int>{1, 2} : QList<int>{1, 2, cores, 2 * cores};
    std::sort(counts.begin(), counts.end());
    counts.erase(std::unique(counts.begin(), counts.end()), counts.end());
    return counts;
}

// The best speedup `workers` can reach when, as in the book, each takes the next number in the set's
// order as soon as it is free: the sequential run's per-number times laid out on that schedule. With
// the book's numbers and 2 workers it is about 1.80x: the last big primes cannot be shared out evenly.
double inOrderCeiling(const PrimesResult &sequential, int workers)
{
    std::vector<qint64> busyUntilNs(size_t(workers), 0);
    qint64 totalNs = 0;
    for (const PrimeCheck &check : sequential.checks) {   // one worker: they arrived in the set's order
        *std::min_element(busyUntilNs.begin(), busyUntilNs.end()) += check.nanoseconds;
        totalNs += check.nanoseconds;
    }
    const qint64 makespanNs = *std::max_element(busyUntilNs.begin(), busyUntilNs.end());
    return makespanNs > 0 ? double(totalNs) / double(makespanNs) : 0.0;
}

struct Mode {
    DemoId demo;        // its figures are "<demo>-<workers>"
    QString title;
    DemoId pythonDemo;  // CPython's counterpart
};

} // namespace

QList<Figure> BenchGroups::primes(const BenchOptions &options)
{
    using PrimeNumbers::NumberSet;
    const NumberSet numbers = options.quick ? NumberSet::Quick : NumberSet::Book;
    const QString setName = options.quick ? u"quick set"_s : u"book's numbers"_s;

    const int repetitions = options.quick ? 1 : 3;
    const PrimesResult sequential = fastestCheck(u"primes-thread"_s, numbers, 1, repetitions);
    Figure sequentialFigure{u"primes"_s, u"primes-sequential"_s, u"sequential, %1"_s.arg(setName), u"s"_s,
                            sequential.seconds(), fieldsOf(sequential, repetitions)};
    std::optional<PrimesResult> pythonSequential;
    if (options.comparePython) {
        pythonSequential = fastestCheck(u"primes-python-sequential"_s, numbers, 1, repetitions);
        sequentialFigure.python = pythonSequential->seconds();
        sequentialFigure.pythonFields = fieldsOf(*pythonSequential, repetitions);
        sequentialFigure.target = Target::atLeast(*sequentialFigure.ratio(), 20, u"x slower in CPython"_s);
    }
    QList<Figure> figures{sequentialFigure};

    const QList<Mode> modes{
        {u"primes-concurrent"_s, u"Qt Concurrent"_s, u"primes-python-threads"_s},
        {u"primes-processes"_s, u"worker processes"_s, u"primes-python-processes"_s},
        {u"primes-gil"_s, u"simulated GIL"_s, u"primes-python-threads"_s},
    };
    QMap<QString, PrimesResult> pythonRuns;   // by "<demo>/<workers>": threads.py serves two modes
    for (const Mode &mode : modes) {
        for (const int workers : workerCounts(options.quick)) {
            const PrimesResult result = fastestCheck(mode.demo, numbers, workers, repetitions);
            Figure figure{u"primes"_s, u"%1-%2"_s.arg(mode.demo).arg(workers),
                          u"%1, N = %2: speedup"_s.arg(mode.title).arg(workers), u"x"_s,
                          sequential.seconds() / result.seconds(), fieldsOf(result, repetitions)};
            figure.fields.insert(u"inOrderCeiling"_s, inOrderCeiling(sequential, workers));
            if (const auto &forced = result.forcedSwitches)
                figure.fields.insert(u"forcedSwitches"_s, qint64(*forced));
            if (workers == 2) {
                figure.target = mode.demo == u"primes-gil"_s ? Target::atMost(figure.value, 1.1, u"x"_s)
                              : mode.demo == u"primes-concurrent"_s ? Target::atLeast(figure.value, 1.8, u"x"_s)
                                                                      : Target::atLeast(figure.value, 1.7, u"x"_s);
            }
            if (pythonSequential) {
                const QString key = mode.pythonDemo + u'/' + QString::number(workers);
                if (!pythonRuns.contains(key))
                    pythonRuns.insert(key, fastestCheck(mode.pythonDemo, numbers, workers, repetitions));
                figure.python = pythonSequential->seconds() / pythonRuns.value(key).seconds();
                figure.pythonFields = fieldsOf(pythonRuns.value(key), repetitions);
            }
            figures.append(figure);
        }
    }
    return figures;
}
