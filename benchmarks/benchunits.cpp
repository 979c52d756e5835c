// SPDX-License-Identifier: MIT
// Group "units": the raw cost of one execution unit, created, started and joined, one after another
// after a warm-up (QThread, a Qt Concurrent task, a QCoro task awaiting nothing, a worker child's
// round trip), then the same through the app's three runners (start-up, cancel, overhead of a
// 100 ms task), so the runners' bookkeeping over the raw mechanism is a figure of its own.
#include "benchdemos.h"
#include "benchgroups.h"
#include "pythonbench.h"

#include "demorunner.h"
#include "primes/primesjobs.h"
#include "spinners/spinners.h"
#include "workerlocator.h"
#include "workerprotocol.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSemaphore>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <QCoroTask>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Rounds {
    int thread, concurrent, coroutine, process, runner;
};

Rounds roundsFor(const BenchOptions &options)
{
    return options.quick ? Rounds{20, 20, 50, 3, 3} : Rounds{500, 500, 2000, 40, 20};
}

// Coroutines are timed this many to a sample: one create + await takes tens of nanoseconds, about
// what the two clock reads around it cost.
constexpr int coroutineBatch = 100;

// `rounds` timings of `unit` in `scale` units of a second (1e6: microseconds), after a tenth as warm-up.
std::vector<double> timeEach(int rounds, double scale, const std::function<void()> &unit)
{
    for (int i = 0; i < std::max(1, rounds / 10); ++i)
        unit();
    std::vector<double> samples;
    samples.reserve(size_t(rounds));
    QElapsedTimer clock;
    for (int i = 0; i < rounds; ++i) {
        clock.start();
        unit();
        samples.push_back(double(clock.nsecsElapsed()) * scale / 1e9);
    }
    return samples;
}

QCoro::Task<> nothing()
{
    co_return;
}

// A coroutine that creates, starts and awaits tasks that await nothing, `batch` to a sample, for
// `rounds` samples after a tenth as warm-up: each sample is one task's share of its batch, in us.
QCoro::Task<std::vector<double>> timeTasks(int rounds, int batch)
{
    std::vector<double> samples;
    samples.reserve(size_t(rounds));
    QElapsedTimer clock;
    for (int i = 0; i < rounds + rounds / 10; ++i) {
        clock.start();
        for (int j = 0; j < batch; ++j)
            co_await nothing();
        if (i >= rounds / 10)
            samples.push_back(double(clock.nsecsElapsed()) / 1e3 / batch);
    }
    co_return samples;
}

// The worker child's round trip: start it, hand it one number, read its result and answer, let it exit.
void workerRoundTrip(const QString &worker)
{
    QProcess child;
    child.start(worker, {u"--workload"_s, u"primes"_s});
    child.write(WorkerProtocol::jobCommand(PrimesJobs::jobText({0, 7})) + WorkerProtocol::endCommand.toByteArray() + '\n');
    if (!child.waitForFinished(10000) || child.exitCode() != 0)
        qFatal("concurrency-lab-bench: the worker's round trip failed: %s", qPrintable(child.errorString()));
    const QByteArray output = child.readAllStandardOutput();
    if (!output.contains("\nresult 0 7 1 ") || !output.contains("\nanswer 1\n"))
        qFatal("concurrency-lab-bench: the worker answered \"%s\"", output.constData());
}

Figure seriesFigure(const QString &id, const QString &title, const QString &unit, const std::vector<double> &samples)
{
    const SampleStats stats = SampleStats::of(samples);
    return {u"units"_s, id, title, unit, stats.median,
            {{u"count"_s, stats.count}, {u"median"_s, stats.median}, {u"p99"_s, stats.p99}, {u"max"_s, stats.max}}};
}

// Start-up, cancel and overhead of each of the app's spinner runners (what bench_runners measured).
QList<Figure> runnerFigures(int rounds)
{
    QList<Figure> figures;
    for (const Demo &demo : SpinnersLesson::demos()) {
        std::vector<double> startup, cancel, overhead;
        const std::unique_ptr<DemoRunner> runner = BenchDemos::make(demo.id);
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer clock;
            clock.start();
            runner->applyDuration(60s);
            runner->start();
            if (!runner->executor())
                BenchDemos::waitForSignal(*runner, true, 10s);
            startup.push_back(clock.nsecsElapsed() / 1e6);

            clock.restart();
            runner->cancel();
            if (runner->isRunning())
                BenchDemos::waitForSignal(*runner, false, 10s);
            cancel.push_back(clock.nsecsElapsed() / 1e6);

            runner->applyDuration(100ms);
            clock.restart();
            BenchDemos::runToEnd(*runner, 10s);
            if (runner->state() != DemoRunner::State::Done)
                qFatal("concurrency-lab-bench: the %s runner failed: %s", qPrintable(demo.id), qPrintable(runner->errorString()));
            overhead.push_back(clock.nsecsElapsed() / 1e6 - 100.0);
        }
        figures.append(seriesFigure(u"runner-"_s + demo.id + u"-startup"_s, u"%1 runner: Run until running"_s.arg(demo.id), u"ms"_s, startup));
        figures.append(seriesFigure(u"runner-"_s + demo.id + u"-cancel"_s, u"%1 runner: Cancel until cancelled"_s.arg(demo.id), u"ms"_s, cancel));
        figures.append(seriesFigure(u"runner-"_s + demo.id + u"-overhead"_s, u"%1 runner: beyond a 100 ms task"_s.arg(demo.id), u"ms"_s, overhead));
    }
    return figures;
}

// The figure of `figures` with `id`.
Figure *find(QList<Figure> &figures, const QString &id)
{
    for (Figure &figure : figures) {
        if (figure.id == id)
            return &figure;
    }
    return nullptr;
}

} // namespace

QList<Figure> BenchGroups::units(const BenchOptions &options)
{
    const Rounds rounds = roundsFor(options);
    const QString worker = WorkerLocator::workerPath();
    if (worker.isEmpty())
        qFatal("concurrency-lab-bench: %s", qPrintable(WorkerLocator::whyNotFound()));

    QList<Figure> figures{
        seriesFigure(u"coroutine-raw"_s, u"QCoro task awaiting nothing: create + await"_s, u"us"_s,
                     QCoro::waitFor(timeTasks(rounds.coroutine, coroutineBatch))),
        seriesFigure(u"thread-raw"_s, u"QThread::create + start + wait"_s, u"us"_s, timeEach(rounds.thread, 1e6, [] {
                         const std::unique_ptr<QThread> thread(QThread::create([] {}));
                         thread->start();
                         thread->wait();
                     })),
        // Joined through a semaphore: QFuture::waitForFinished() would take a task that has not
        // started yet off the pool and run it on the calling thread, which measures no thread at all.
        seriesFigure(u"concurrent-raw"_s, u"QtConcurrent::run on the pool + join"_s, u"us"_s, timeEach(rounds.concurrent, 1e6, [] {
                         QSemaphore done;
                         const QFuture<void> task = QtConcurrent::run([&done] { done.release(); });
                         done.acquire();
                         Q_UNUSED(task)
                     })),
        seriesFigure(u"process-raw"_s, u"worker child: start, one job, answer, exit"_s, u"ms"_s,
                     timeEach(rounds.process, 1e3, [&worker] { workerRoundTrip(worker); })),
    };
    figures[0].target = Target::atMost(figures[0].value, 2, u"us"_s);
    figures[1].target = Target::atMost(figures[1].value, 60, u"us"_s);
    figures[3].target = Target::atMost(figures[3].value, 4, u"ms"_s);

    // A runner's whole run of a 100 ms task beside the raw unit's round trip: what is left over is the
    // runner's bookkeeping (trace, steps, signals) plus how late the 100 ms timer or wait fires.
    QList<Figure> runners = runnerFigures(rounds.runner);
    const QMap<QString, QString> rawOf{{u"thread"_s, u"thread-raw"_s}, {u"process"_s, u"process-raw"_s},
                                       {u"coroutine"_s, u"coroutine-raw"_s}};
    for (auto it = rawOf.begin(); it != rawOf.end(); ++it) {
        Figure *overhead = find(runners, u"runner-"_s + it.key() + u"-overhead"_s);
        const Figure *raw = find(figures, it.value());
        const double rawMs = raw->unit == u"us"_s ? raw->value / 1e3 : raw->value;
        overhead->fields.insert(u"rawMs"_s, rawMs);
        overhead->fields.insert(u"overRawMs"_s, overhead->value - rawMs);
    }
    figures += runners;

    if (options.comparePython) {
        const auto python = PythonBench::run(u"bench_units.py"_s,
            {u"--threads"_s, QString::number(rounds.thread), u"--tasks"_s, QString::number(rounds.coroutine),
             u"--batch"_s, QString::number(coroutineBatch),
             u"--processes"_s, QString::number(rounds.process)}, 600);
        for (Figure &figure : figures) {
            if (python && python->contains(figure.id)) {
                const QJsonObject measured = python->value(figure.id);
                figure.python = measured.value(u"median"_s).toDouble();
                figure.pythonFields = measured;
            }
        }
    }
    return figures;
}
