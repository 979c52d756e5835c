// SPDX-License-Identifier: MIT
#pragma once

#include "eventloopmonitor.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

// The event-loop lag meter: the current lag as a large number, and a graph of the last ten seconds
// scrolling right to left, on a log scale (1 ms to 5 s) so a 3 s freeze and 2 ms of jitter both show.
// The 16.7 ms frame budget is a labelled line; a freeze shows when the loop returns, as a spike with its
// length written on it. While the loop is blocked nothing repaints, not even this widget.
// Reads an EventLoopMonitor (running, or filled by a test with recordTick()). GUI thread only;
// repaints at about 30 fps while visible and the monitor has news or runs.
class LagMeterWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 windowNs = 10'000'000'000LL;  // the graph's width in time
    static constexpr double frameBudgetMs = 1000.0 / 60;
    static constexpr double scaleTopMs = 5000;            // spikes above are pinned to the top

    explicit LagMeterWidget(QWidget *parent = nullptr);

    // Shows `monitor` (not owned; may be null).
    void setMonitor(EventLoopMonitor *monitor);
    EventLoopMonitor *monitor() const { return m_monitor; }

    // The graph height fraction (0..1) of a lag of `lagMs` on the meter's clamped log scale.
    static double scaleOf(double lagMs);
    // What the header's numbers sum up for `samples` (those the graph shows, or those of the last half
    // second): every gap counts whole, as the graph draws it and writes its length on it. (A run's
    // figures count only the part of a gap inside the run; here that made "max 1884 ms" stand beside
    // a "10013 ms freeze" once the freeze had begun to scroll out of the graph.)
    static LagSummary shownSummary(const QList<LagSample> &samples);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onRepaintTimer();
    void paintHeader(QPainter &painter, const QRect &area, const LagSummary &window, qint64 currentLagNs) const;
    void paintGraph(QPainter &painter, const QRect &area, const QList<LagSample> &samples, qint64 leftNs) const;

    QPointer<EventLoopMonitor> m_monitor;
    QTimer m_repaintTimer;
    quint64 m_paintedRevision = ~quint64(0);
};
