// SPDX-License-Identifier: MIT
#pragma once

#include "sweepaxis.h"
#include "sweepchart.h"

#include <QFontMetrics>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRect>
#include <QString>

#include <optional>
#include <utility>

// Where everything of a SweepChart goes at one size: the two panels (time, speedup), side by side when
// wide, stacked when narrow, each with its axes, and the legend wrapping along the bottom; and which
// point is drawn where. A value computed from the series, the N range and the font metrics; it touches
// no widget (reentrant). The legend's one text of its own is translated in the context "SweepChart".
struct SweepChartLayout {
    // One plot: its title line, the data area, the N labels and title under it, the ticks of both
    // axes, and the mapping of (N, value) to pixels.
    struct Panel {
        SweepChart::Plot plot = SweepChart::Plot::Time;
        QRect title;
        QRect data;
        QRect xLabels;
        QRect xTitle;
        SweepAxis y;
        double xMin = 0;
        double xMax = 1;
        QList<int> xTicks;    // the labelled worker counts
        int xLabelWidth = 0;  // the width of an N label's box, centred on its tick

        double xOf(double n) const { return data.left() + (n - xMin) / (xMax - xMin) * data.width(); }
        double yOf(double v) const { return data.bottom() + 1 - y.fraction(v) * data.height(); }
        QPointF map(double n, double v) const { return {xOf(n), yOf(v)}; }
        // Where `point` (N, seconds) of `series` is drawn on this panel: at its seconds on the time
        // panel, at its speedup on the speedup panel; nullopt there when the speedup is unknown.
        std::optional<QPointF> pointOf(const SweepSeries &series, const QPointF &point) const;
    };
    // One entry of the legend: a series' swatch and label, or the dashed sequential-time line.
    struct LegendItem {
        int series = -1;  // -1: the dashed sequential-time line
        QString text;
        int width = 0;
        QPoint at;
    };

    int line = 0;
    int gap = 0;
    int markerRadius = 0;
    double lineWidth = 0;
    int swatchWidth = 0;
    Panel time;
    Panel speedup;
    QList<LegendItem> legend;

    // The layout of `rect` for `series` (as cleaned up by SweepChart::setSeries()) on an N axis from
    // 1 to maxWorkers, in the font of `fm`.
    static SweepChartLayout compute(const QRect &rect, const QFontMetrics &fm, const QList<SweepSeries> &series,
                                    int maxWorkers);
    // The seconds axis for `series`, `length` pixels long: over every point and each drawn series'
    // sequential time, logarithmic beyond SweepChart::logSpanThreshold.
    static SweepAxis timeAxis(const QList<SweepSeries> &series, const QFontMetrics &fm, int length);
    // The speedup axis for `series`, `length` pixels long: up to the largest speedup, at least maxWorkers.
    static SweepAxis speedupAxis(const QList<SweepSeries> &series, const QFontMetrics &fm, int maxWorkers, int length);
    // The radius of a point's marker in the font of `fm`.
    static int markerRadiusFor(const QFontMetrics &fm);
    // The panel of `plot`.
    const Panel &panel(SweepChart::Plot plot) const { return plot == SweepChart::Plot::Time ? time : speedup; }
    // The point of `series` drawn within two marker radii of `pos` as {series index, point index}:
    // looking on the time panel first, and from the last series (it is drawn on top); nullopt if none.
    std::optional<std::pair<qsizetype, qsizetype>> pointAt(const QList<SweepSeries> &series, const QPoint &pos) const;
};
