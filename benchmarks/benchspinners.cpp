// SPDX-License-Identifier: MIT
// Group "spinners": each spinner demo of lesson 1 in its real panel (DemoPanel, SpinnerWidget paced
// by FramePacer) with a 3 s task: frames painted vs expected, frame interval p50/p99/max, longest
// gap, and the event-loop lag meanwhile (EventLoopMonitor); then lesson 2's blocking sleep of 3 s:
// the freeze measured and the frames painted while it lasted. On the offscreen platform: frames are
// painted into a backing store that no display shows, so a compositor's or a GPU's cost is not in them.
#include "benchdemos.h"
#include "benchgroups.h"
#include "pythonbench.h"

#include "demopanel.h"
#include "demorunner.h"
#include "eventloopmonitor.h"
#include "framelog.h"
#include "runrecords.h"
#include "spinnerwidget.h"
#include "trace.h"

#include <QEventLoop>
#include <QTimer>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Runs the event loop for `duration`, so that a run starts on a calm loop.
void settle(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

struct MeasuredRun {
    RunRecord record;
    std::vector<double> intervalsMs;   // between the frames the spinner painted during the run
};

// One run of `demo` in its panel, with a task of `duration`.
MeasuredRun measure(const DemoId &demo, std::chrono::milliseconds duration, EventLoopMonitor &monitor)
{
    Trace trace;
    FrameLog frames;
    const std::unique_ptr<DemoRunner> runner = BenchDemos::make(demo);
    runner->setTrace(&trace);
    runner->applyDuration(duration);
    DemoPanel panel(runner.get(), BenchDemos::demo(demo));
    panel.spinner()->setFrameTrack(&frames.track(demo));
    panel.show();
    settle(300ms);
    if (!BenchDemos::runToEnd(*runner, duration + 20s) || runner->state() != DemoRunner::State::Done)
        qFatal("concurrency-lab-bench: the %s demo did not answer: %s", qPrintable(demo), qPrintable(runner->errorString()));
    MeasuredRun run{RunRecords::of(*runner, trace, frames, monitor), {}};
    if (run.record.frames.isEmpty())
        qFatal("concurrency-lab-bench: the spinner of the %s demo never turned", qPrintable(demo));
    const QList<qint64> times = frames.track(demo).frames().framesBetween(run.record.startNs, run.record.endNs);
    for (qsizetype i = 1; i < times.size(); ++i)
        run.intervalsMs.push_back((times[i] - times[i - 1]) / 1e6);
    panel.spinner()->setFrameTrack(nullptr);
    return run;
}

double ms(qint64 ns)
{
    return ns / 1e6;
}

Figure spinnerFigure(const DemoId &demo, const MeasuredRun &run)
{
    const SpinnerFrames counted = run.record.frames.value(0);
    const SampleStats intervals = SampleStats::of(run.intervalsMs);
    const double gapMs = ms(counted.longestGapNs);
    Figure figure{u"spinners"_s, u"spinner-"_s + demo, u"%1 demo: frame interval p99"_s.arg(demo), u"ms"_s, intervals.p99,
                  {{u"painted"_s, counted.painted}, {u"expected"_s, counted.expected},
                   {u"intervalP50"_s, intervals.median}, {u"intervalP99"_s, intervals.p99}, {u"intervalMax"_s, intervals.max},
                   {u"longestGap"_s, gapMs}, {u"lagP50"_s, ms(run.record.lag.p50Ns)}, {u"lagP99"_s, ms(run.record.lag.p99Ns)},
                   {u"lagMax"_s, ms(run.record.lag.maxNs)}, {u"answer"_s, run.record.result.value(u"answer"_s)},
                   {u"platform"_s, u"offscreen"_s}}};
    figure.target = Target::allOf(u"p99 <= 17.2 ms, gap <= 18 ms, all frames"_s,
                                  {{intervals.p99 <= 17.2, u"p99 %1 ms"_s.arg(BenchTable::number(intervals.p99))},
                                   {gapMs <= 18, u"gap %1 ms"_s.arg(BenchTable::number(gapMs))},
                                   {counted.painted >= counted.expected,
                                    u"%1 of %2 frames"_s.arg(counted.painted).arg(counted.expected)}});
    return figure;
}

Figure blockFigure(std::chrono::milliseconds duration, const MeasuredRun &run)
{
    const SpinnerFrames counted = run.record.frames.value(0);
    // The freeze as the event-loop monitor saw it: the longest interval between two heartbeats.
    const double freezeMs = ms(run.record.lag.longestGapNs);
    const double askedMs = double(duration.count());
    Figure figure{u"spinners"_s, u"block-freeze"_s, u"blocking sleep of %1 s: freeze"_s.arg(askedMs / 1000), u"ms"_s, freezeMs,
                  {{u"asked"_s, askedMs}, {u"loopHeld"_s, run.record.loopHold ? ms(run.record.loopHold->durationNs()) : 0.0},
                   {u"paintedWhileHeld"_s, counted.paintedWhileLoopHeld}, {u"expectedWhileHeld"_s, counted.expectedWhileLoopHeld},
                   {u"answer"_s, run.record.result.value(u"answer"_s)}, {u"platform"_s, u"offscreen"_s}}};
    figure.target = Target::allOf(u"within 1 %, 0 frames"_s,
                                  {{std::fabs(freezeMs - askedMs) <= askedMs / 100, u"freeze %1 ms"_s.arg(BenchTable::number(freezeMs))},
                                   {counted.paintedWhileLoopHeld == 0, u"%1 frames"_s.arg(counted.paintedWhileLoopHeld)}});
    return figure;
}

} // namespace

QList<Figure> BenchGroups::spinners(const BenchOptions &options)
{
    const auto duration = options.quick ? 500ms : 3000ms;
    EventLoopMonitor monitor;
    monitor.start();
    QList<Figure> figures;
    for (const DemoId &demo : {u"thread"_s, u"process"_s, u"coroutine"_s})
        figures.append(spinnerFigure(demo, measure(demo, duration, monitor)));
    figures.append(blockFigure(duration, measure(u"block"_s, duration, monitor)));
    monitor.stop();

    if (options.comparePython) {
        const auto python = PythonBench::run(u"bench_spinners.py"_s, {u"--seconds"_s, QString::number(duration.count() / 1000.0)}, 120);
        for (Figure &figure : figures) {
            if (!python || !python->contains(figure.id))
                continue;
            const QJsonObject measured = python->value(figure.id);
            figure.python = measured.value(figure.id == u"block-freeze"_s ? u"freeze"_s : u"intervalP99"_s).toDouble();
            figure.pythonFields = measured;
        }
    }
    return figures;
}
