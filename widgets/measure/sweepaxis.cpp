// SPDX-License-Identifier: MIT
#include "sweepaxis.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

double SweepAxis::fraction(double v) const
{
    if (log)
        return (std::log(v) - std::log(lo)) / (std::log(hi) - std::log(lo));
    return (v - lo) / (hi - lo);
}

SweepAxis SweepAxis::seconds(double minSeconds, double maxSeconds, int length, int minTickSpacing,
                             double logSpanThreshold)
{
    const double lo = minSeconds;
    const double hi = maxSeconds;
    if (hi <= 0)
        return {};
    SweepAxis axis;
    axis.log = hi / lo > logSpanThreshold;
    if (axis.log) {
        axis.lo = niceFloor(lo / 1.15);
        axis.hi = niceCeil(hi * 1.15);
        // 1, 2 and 5 of each decade while they are far enough apart, else 1 and 3, else the decades.
        for (const QList<double> &steps : {QList<double>{1, 2, 5}, QList<double>{1, 3}, QList<double>{1}}) {
            axis.ticks.clear();
            for (double decade = std::pow(10.0, std::floor(std::log10(axis.lo))); decade <= axis.hi * 1.0001; decade *= 10) {
                for (double step : steps) {
                    const double v = step * decade;
                    if (v >= axis.lo * 0.9999 && v <= axis.hi * 1.0001)
                        axis.ticks << v;
                }
            }
            // The tightest gap on a log axis is between the two lowest ticks of a decade (1 to 2).
            double tightest = length;
            for (qsizetype i = 1; i < axis.ticks.size(); ++i)
                tightest = std::min(tightest, (axis.fraction(axis.ticks.at(i)) - axis.fraction(axis.ticks.at(i - 1))) * length);
            if (tightest >= minTickSpacing)
                break;
        }
        return axis;
    }
    const int maxTicks = std::max(2, length / minTickSpacing);
    const double step = niceCeil(hi * 1.08 / maxTicks);
    axis.lo = 0;
    axis.hi = std::ceil(hi * 1.08 / step) * step;
    for (int i = 0; i * step <= axis.hi * 1.0001; ++i)
        axis.ticks << i * step;
    return axis;
}

SweepAxis SweepAxis::speedup(double top, int length, int minTickSpacing)
{
    const int maxTicks = std::max(2, length / minTickSpacing);
    const double step = std::max(1.0, niceCeil(top * 1.08 / maxTicks));
    SweepAxis axis;
    axis.hi = std::ceil(top * 1.08 / step) * step;
    for (int i = 0; i * step <= axis.hi * 1.0001; ++i)
        axis.ticks << i * step;
    return axis;
}

QList<int> SweepAxis::workerTicks(int maxWorkers, double pixelsPerWorker, int labelWidth)
{
    int step = 1;
    for (int candidate : {1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64, 100}) {
        step = candidate;
        if (candidate * pixelsPerWorker >= labelWidth)
            break;
    }
    QList<int> ticks;
    for (int n = 1; n <= maxWorkers; n = n == 1 && step > 1 ? step : n + step) {
        if (n != 1 && (n - 1) * pixelsPerWorker < labelWidth)
            continue;
        ticks << n;
    }
    return ticks;
}

double SweepAxis::niceFloor(double v)
{
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * decade <= v * (1 + 1e-9))
            return step * decade;
    }
    return decade;
}

double SweepAxis::niceCeil(double v)
{
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 5.0}) {
        if (step * decade >= v * (1 - 1e-9))
            return step * decade;
    }
    return 10 * decade;
}

QString SweepAxis::formatTick(double v)
{
    return QString::number(v, 'g', 6);
}

QString SweepAxis::formatSeconds(double seconds)
{
    const int decimals = seconds < 0.1 ? 3 : seconds < 10 ? 2 : seconds < 100 ? 1 : 0;
    return QCoreApplication::translate("SweepChart", "%1 s").arg(seconds, 0, 'f', decimals);
}

QString SweepAxis::formatSpeedup(double speedup)
{
    return QCoreApplication::translate("SweepChart", "%1x").arg(speedup, 0, 'f', 1);
}

QString SweepAxis::formatWorkers(double n)
{
    return QString::number(n, 'g', 6);
}
