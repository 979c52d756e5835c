// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "primesrunner.h"
#include "sweepchart.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

class DemoScheduler;

// The sweep: runs modes of lesson 3 for N = 1 .. maxWorkers, one run at a time, and collects the time
// of each run as a curve (SweepSeries) for the chart, with the language's sequential time as the
// baseline (measured once first). It runs runners of its own (so the page's panels and their
// parameters are left alone) through the window's DemoScheduler, so a sweep never shares the cores
// with another measuring run. Cancel stops the run going and the rest. GUI thread.
class PrimesSweep : public QObject
{
    Q_OBJECT
public:
    struct Curve {
        DemoId demo;            // the mode swept, e.g. "primes-concurrent"
        DemoId baseline;        // its language's sequential mode, e.g. "primes-thread"
        QString label;          // translated
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        PrimeNumbers::NumberSet numbers = PrimeNumbers::NumberSet::Book;
    };
    struct Setup {
        // A new runner of the mode `id` (the registry's Demo::makeRunner); null for an unknown id.
        std::function<std::unique_ptr<DemoRunner>(const DemoId &id)> makeRunner;
        DemoScheduler *scheduler = nullptr;   // may be null: runs start at once
        Trace *trace = nullptr;               // where the runs are recorded; may be null
        PrimesTimings *timings = nullptr;     // the runs' times are remembered there; may be null
    };

    explicit PrimesSweep(Setup setup, QObject *parent = nullptr);
    ~PrimesSweep() override;

    // Starts sweeping `curves` from 1 to `maxWorkers` workers (`oneCore` as on the page).
    void start(const QList<Curve> &curves, int maxWorkers, bool oneCore);
    void cancel();
    bool isRunning() const { return m_running; }
    // Runs done and runs planned.
    int done() const { return m_done; }
    int total() const { return int(m_plan.size()); }
    // The curves so far.
    const QList<SweepSeries> &series() const { return m_series; }
    // The sweep's own runners (made when a sweep starts), one per mode it runs.
    QList<PrimesRunner *> runners() const;
    // The runner of the run going or waiting for its turn, if any.
    PrimesRunner *currentRunner() const { return m_current; }

Q_SIGNALS:
    void progressed();
    // A run of the sweep starts (the page's table shows it).
    void runStarted(PrimesRunner *runner);
    // The sweep has ended: every run done (`completed`), or cancelled, or a run failed (`error`).
    void finished(bool completed, const QString &error);

private:
    struct Run {
        int curve = 0;
        DemoId demo;
        int workers = 1;
        bool baseline = false;   // the language's sequential time, for the speedups
    };
    PrimesRunner *runnerFor(const DemoId &demo);
    void next();
    void runFinished(PrimesRunner *runner);
    void finish(bool completed, const QString &error);

    const Setup m_setup;
    std::map<DemoId, std::unique_ptr<DemoRunner>> m_runners;   // the sweep's own, one per mode
    QList<Curve> m_curves;
    QList<Run> m_plan;
    QList<SweepSeries> m_series;
    int m_done = 0;
    bool m_oneCore = false;
    bool m_running = false;
    QPointer<PrimesRunner> m_current;
};
