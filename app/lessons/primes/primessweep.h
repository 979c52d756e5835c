// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "primesrunner.h"
#include "sweepchart.h"

#include <QObject>
#include <QPointer>

#include <functional>

// The sweep: runs modes of lesson 3 for N = 1 .. maxWorkers, one run at a time, and collects the time
// of each run as a curve (SweepSeries) for the chart, with the language's sequential time as the
// baseline (run once first when this machine has none for those numbers). Cancel stops the run
// going and the rest. The runners' parameters are put back afterwards. GUI thread.
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

    explicit PrimesSweep(std::function<PrimesRunner *(const DemoId &)> runnerOf, QObject *parent = nullptr);

    // Starts sweeping `curves` from 1 to `maxWorkers` workers (`oneCore` as on the page).
    void start(const QList<Curve> &curves, int maxWorkers, bool oneCore);
    void cancel();
    bool isRunning() const { return m_running; }
    // Runs done and runs planned.
    int done() const { return m_done; }
    int total() const { return int(m_plan.size()); }
    // The curves so far.
    const QList<SweepSeries> &series() const { return m_series; }

Q_SIGNALS:
    void progressed();
    // The sweep has ended: every run done (`completed`), or cancelled, or a run failed (`error`).
    void finished(bool completed, const QString &error);

private:
    struct Run {
        int curve = 0;
        DemoId demo;
        int workers = 1;
        bool baseline = false;   // the language's sequential time, for the speedups
    };
    void next();
    void runFinished(PrimesRunner *runner);
    void finish(bool completed, const QString &error);

    const std::function<PrimesRunner *(const DemoId &)> m_runnerOf;
    QList<Curve> m_curves;
    QList<Run> m_plan;
    QList<SweepSeries> m_series;
    QList<std::pair<QPointer<PrimesRunner>, PrimesParameters>> m_saved;   // put back afterwards
    int m_done = 0;
    bool m_oneCore = false;
    bool m_running = false;
    QPointer<PrimesRunner> m_current;
};
