// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// An axis of a SweepChart and the arithmetic behind it: the range a value axis spans (linear from 0,
// or logarithmic), its ticks at 1, 2 and 5 times a power of ten, the labelled worker counts of the N
// axis, and the texts of the numbers the chart shows. Values and pixel lengths only, no widget: any
// thread. The texts are translated in the context "SweepChart", like the rest of the chart.
struct SweepAxis {
    double lo = 0;
    double hi = 1;
    bool log = false;
    QList<double> ticks;  // ascending, from lo to hi

    // Where v lies between lo (0) and hi (1); on a logarithmic axis by its logarithm (then v > 0).
    double fraction(double v) const;

    // The seconds axis for times from minSeconds to maxSeconds (0 < min <= max), drawn `length`
    // pixels long. Logarithmic when max / min > logSpanThreshold: from a nice value below min / 1.15
    // to one above max * 1.15, ticks at 1, 2 and 5 of each decade while they are minTickSpacing pixels
    // apart, else 1 and 3, else the decades. Otherwise linear from 0 to a whole step above max * 1.08,
    // with at most length / minTickSpacing (at least 2) steps of a nice size. maxSeconds not above 0:
    // the default axis (0 to 1, no ticks).
    static SweepAxis seconds(double minSeconds, double maxSeconds, int length, int minTickSpacing,
                             double logSpanThreshold);
    // The linear speedup axis from 0 to a whole step above top * 1.08 (top > 0), steps of a nice size
    // and at least 1, at most length / minTickSpacing (at least 2) of them.
    static SweepAxis speedup(double top, int length, int minTickSpacing);
    // The labelled worker counts of an N axis from 1 to maxWorkers, neighbours pixelsPerWorker apart:
    // every N while labels labelWidth wide fit, else 1 and the multiples of the smallest step of 2, 4,
    // 5, 8, 10, ... 100 that fits (a multiple too close to 1 is left out).
    static QList<int> workerTicks(int maxWorkers, double pixelsPerWorker, int labelWidth);

    // 1, 2 or 5 times a power of ten: the largest not above v, the smallest not below v (v > 0).
    static double niceFloor(double v);
    static double niceCeil(double v);

    // A tick of the value axes: "0.2", "10" (6 significant digits, no trailing zeros).
    static QString formatTick(double v);
    // Seconds with 3 decimals below 0.1 s, 2 below 10 s, 1 below 100 s, else none: "0.44 s", "10.7 s".
    static QString formatSeconds(double seconds);
    // A speedup with one decimal: "1.9x".
    static QString formatSpeedup(double speedup);
    // A worker count: "4".
    static QString formatWorkers(double n);
};
