// SPDX-License-Identifier: MIT
#include "sweepchartlayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {
// Value ticks keep two and a half lines apart.
int minTickSpacing(const QFontMetrics &fm)
{
    return fm.height() * 5 / 2;
}

QList<SweepChartLayout::LegendItem> legendItems(const QList<SweepSeries> &series, const QFontMetrics &fm)
{
    QList<SweepChartLayout::LegendItem> items;
    const int swatch = fm.height() * 2 + fm.height() / 2;
    bool anyBaseline = false;
    for (int i = 0; i < series.size(); ++i) {
        items.append(SweepChartLayout::LegendItem{i, series.at(i).label, swatch + fm.horizontalAdvance(series.at(i).label), {}});
        anyBaseline = anyBaseline || series.at(i).baselineSeconds > 0;
    }
    if (anyBaseline) {
        const QString text = QCoreApplication::translate("SweepChart", "sequential time");
        items.append(SweepChartLayout::LegendItem{-1, text, swatch + fm.horizontalAdvance(text), {}});
    }
    return items;
}
} // namespace

SweepAxis SweepChartLayout::timeAxis(const QList<SweepSeries> &series, const QFontMetrics &fm, int length)
{
    double lo = 0;
    double hi = 0;
    const auto include = [&](double v) {
        lo = lo > 0 ? std::min(lo, v) : v;
        hi = std::max(hi, v);
    };
    for (const SweepSeries &s : series) {
        for (const QPointF &p : s.points)
            include(p.y());
        if (s.baselineSeconds > 0 && !s.points.isEmpty())
            include(s.baselineSeconds);
    }
    return SweepAxis::seconds(lo, hi, length, minTickSpacing(fm), SweepChart::logSpanThreshold);
}

SweepAxis SweepChartLayout::speedupAxis(const QList<SweepSeries> &series, const QFontMetrics &fm, int maxWorkers, int length)
{
    double top = maxWorkers;
    for (const SweepSeries &s : series) {
        for (const QPointF &p : s.points) {
            if (const std::optional<double> speedup = SweepChart::speedupOf(s, p.y()))
                top = std::max(top, *speedup);
        }
    }
    return SweepAxis::speedup(top, length, minTickSpacing(fm));
}

int SweepChartLayout::markerRadiusFor(const QFontMetrics &fm)
{
    return std::max(4, fm.height() * 3 / 10);
}

SweepChartLayout SweepChartLayout::compute(const QRect &rect, const QFontMetrics &fm, const QList<SweepSeries> &series,
                                           int maxWorkers)
{
    SweepChartLayout l;
    l.line = fm.height();
    l.gap = std::max(4, l.line / 2);
    l.markerRadius = markerRadiusFor(fm);
    l.lineWidth = std::max(2.0, l.line / 8.0);
    l.swatchWidth = l.line * 2;
    const QRect area = rect.adjusted(l.gap, l.gap / 2, -l.gap, -l.gap / 2);

    // The legend wraps along the bottom.
    l.legend = legendItems(series, fm);
    int x = area.left();
    int rows = l.legend.isEmpty() ? 0 : 1;
    for (LegendItem &item : l.legend) {
        if (x > area.left() && x + item.width > area.right()) {
            x = area.left();
            ++rows;
        }
        item.at = QPoint(x, rows - 1);  // the row for now; its y below
        x += item.width + l.line;
    }
    const int legendTop = area.bottom() + 1 - rows * l.line;
    for (LegendItem &item : l.legend)
        item.at.setY(legendTop + item.at.y() * l.line);

    // Two panels side by side when each gets 20 lines of width, else one above the other.
    const QRect plots(area.left(), area.top(), area.width(), legendTop - l.gap / 2 - area.top());
    const bool sideBySide = plots.width() >= l.line * 40 || plots.width() >= plots.height() * 6 / 5;
    QRect frames[2];
    if (sideBySide) {
        const int w = (plots.width() - l.gap * 2) / 2;
        frames[0] = QRect(plots.left(), plots.top(), w, plots.height());
        frames[1] = QRect(plots.right() + 1 - w, plots.top(), w, plots.height());
    } else {
        const int h = (plots.height() - l.gap) / 2;
        frames[0] = QRect(plots.left(), plots.top(), plots.width(), h);
        frames[1] = QRect(plots.left(), plots.bottom() + 1 - h, plots.width(), h);
    }
    const double maxN = maxWorkers;
    const double pad = std::max(0.25, (maxN - 1) * 0.04);
    Panel *panels[2] = {&l.time, &l.speedup};
    for (int i = 0; i < 2; ++i) {
        Panel &p = *panels[i];
        const QRect &f = frames[i];
        p.plot = i == 0 ? SweepChart::Plot::Time : SweepChart::Plot::Speedup;
        p.title = QRect(f.left(), f.top(), f.width(), l.line + l.gap / 2);
        p.xTitle = QRect(f.left(), f.bottom() + 1 - l.line, f.width(), l.line);
        const int dataTop = p.title.bottom() + 1 + l.gap / 2;  // room for a marker at the top
        const int dataBottom = p.xTitle.top() - l.line - l.gap / 2;
        const int dataHeight = std::max(1, dataBottom - dataTop);
        p.y = p.plot == SweepChart::Plot::Time ? timeAxis(series, fm, dataHeight)
                                               : speedupAxis(series, fm, maxWorkers, dataHeight);
        int gutter = 0;
        for (double tick : p.y.ticks)
            gutter = std::max(gutter, fm.horizontalAdvance(SweepAxis::formatTick(tick)));
        gutter += l.gap;
        p.data = QRect(f.left() + gutter, dataTop, std::max(1, f.width() - gutter - l.gap), dataHeight);
        p.xLabels = QRect(p.data.left(), p.data.bottom() + 1, p.data.width(), l.line + l.gap / 2);
        p.xMin = 1 - pad;
        p.xMax = maxN + pad;
        // Integer N: every one while the labels fit, else 1 and multiples of a step.
        p.xLabelWidth = fm.horizontalAdvance(SweepAxis::formatWorkers(maxWorkers)) + fm.height();
        p.xTicks = SweepAxis::workerTicks(maxWorkers, p.data.width() / (p.xMax - p.xMin), p.xLabelWidth);
    }
    return l;
}

std::optional<QPointF> SweepChartLayout::Panel::pointOf(const SweepSeries &series, const QPointF &point) const
{
    if (plot == SweepChart::Plot::Time)
        return map(point.x(), point.y());
    if (const std::optional<double> speedup = SweepChart::speedupOf(series, point.y()))
        return map(point.x(), *speedup);
    return std::nullopt;
}

std::optional<std::pair<qsizetype, qsizetype>> SweepChartLayout::pointAt(const QList<SweepSeries> &series,
                                                                         const QPoint &pos) const
{
    const double reach = markerRadius * 2.0;
    for (const Panel *panel : {&time, &speedup}) {
        for (qsizetype i = series.size() - 1; i >= 0; --i) {
            const SweepSeries &s = series.at(i);
            for (qsizetype j = 0; j < s.points.size(); ++j) {
                const std::optional<QPointF> at = panel->pointOf(s, s.points.at(j));
                if (at && std::hypot(at->x() - pos.x(), at->y() - pos.y()) <= reach)
                    return std::pair{i, j};
            }
        }
    }
    return std::nullopt;
}
