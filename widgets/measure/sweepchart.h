// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <optional>

struct SweepChartLayout;

// One line of a sweep: the same job timed with N = 1, 2, ... workers.
struct SweepSeries {
    QString label;  // translated, e.g. "C++ threads"
    QColor color;
    Qt::PenStyle style = Qt::SolidLine;
    double baselineSeconds = 0;  // the sequential time of the same language: speedup = baseline / seconds; 0 = unknown
    QList<QPointF> points;       // x = worker count N, y = seconds
};

// Time and speedup against the number of workers, drawn side by side (stacked when narrow), with
// QPainter. Left, "Time (s)": each series as markers joined by lines, its sequential time as a dashed
// line of its colour; the seconds axis turns logarithmic when the times span more than
// logSpanThreshold (C++ takes about 1 s where CPython takes 30). Right, "Speedup (x)": baseline /
// seconds, with the ideal line y = N and the 1x line. Both mark the number of cores. Each series has
// its own marker shape too, so the lines part without colour. Empty: a hint what to do. The
// accessible description lists the data in words; hovering a point shows its values. GUI thread only.
class SweepChart : public QWidget
{
    Q_OBJECT
public:
    enum class Plot { Time, Speedup };
    static constexpr double logSpanThreshold = 10;

    explicit SweepChart(QWidget *parent = nullptr);
    ~SweepChart() override;

    // Replaces the data and repaints; call again with one more point as a sweep progresses. Points
    // that cannot be drawn (N below 1, seconds not above 0, not finite) are dropped; the rest are
    // kept sorted by N.
    void setSeries(const QList<SweepSeries> &series);
    // The series as drawn (after setSeries()' clean-up).
    QList<SweepSeries> series() const { return m_series; }

    // The N axis runs from 1 to maxWorkers (integer ticks), or further when a point lies beyond.
    void setWorkerRange(int maxWorkers);
    // The right end of the N axis as drawn: the range, the largest N of a point, at least 2.
    int maxWorkers() const;

    // Marks N = cores ("2 cores") on both plots when it lies on the N axis; 0 or less: no marker.
    void setCoreCount(int cores);
    int coreCount() const { return m_cores; }

    // Whether any series has a point to draw (otherwise the chart shows emptyHint()).
    bool hasData() const;
    // Whether the seconds axis is logarithmic for the current data (max / min > logSpanThreshold).
    bool isTimeLogarithmic() const;
    // baselineSeconds / seconds, or nullopt when the baseline is unknown or seconds is not above 0.
    static std::optional<double> speedupOf(const SweepSeries &series, double seconds);
    // The area `plot`'s points are drawn in, at the current size; empty when there is no data.
    QRect plotRect(Plot plot) const;
    // The text shown (and described) while there is no data.
    static QString emptyHint();
    // What the tooltip says at `pos` (widget coordinates): the series and values of the point drawn
    // there, e.g. "C++ threads, N=2: 0.44 s (1.9x)"; empty when no point is near.
    QString pointTextAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Where the panels and the legend go in `rect`, for the current data and font (sweepchartlayout.h).
    SweepChartLayout layoutFor(const QRect &rect) const;
    QString pointText(const SweepSeries &series, const QPointF &point) const;
    void retranslate();
    void updateDescription();
    void paintPanel(QPainter &painter, const SweepChartLayout &layout, Plot plot) const;
    void paintGrid(QPainter &painter, const SweepChartLayout &layout, Plot plot) const;
    void paintReferences(QPainter &painter, const SweepChartLayout &layout, Plot plot) const;
    void paintSeries(QPainter &painter, const SweepChartLayout &layout, Plot plot) const;
    void paintLegend(QPainter &painter, const SweepChartLayout &layout) const;
    void paintMarker(QPainter &painter, const QPointF &center, int shape, const QColor &color) const;
    int markerRadius() const;

    QList<SweepSeries> m_series;
    int m_maxWorkers = 0;
    int m_cores = 0;
};
