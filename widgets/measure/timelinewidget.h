// SPDX-License-Identifier: MIT
#pragma once

#include "timelinemodel.h"

#include <QPointer>
#include <QRectF>
#include <QTimer>
#include <QWidget>

#include <optional>

class QScrollBar;

// One lane per execution unit on the shared LabClock axis: the GUI event loop (always there), worker
// threads, child processes, coroutines. Segments are coloured by state (Okabe–Ito) and also marked
// with a pattern and, when wide enough, their state in words; a legend says which is which.
// While some unit is active the view follows "now" at 60 fps; otherwise it rests on the last activity
// and repaints only when the model changes. Zoom: Ctrl+wheel, + and -, 0 resets.
// The header, the axis and the legend always show; the GUI lane stays on top and the other lanes
// (the model puts the newest run's first) scroll under it with a scroll bar, the wheel or Up/Down
// when they do not all fit. Lane labels are never elided (the label column is as wide as the longest,
// up to half the width, and wraps beyond). The axis counts seconds from the newest run's start.
// GUI thread only.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 defaultSpanNs = 10'000'000'000LL;

    explicit TimelineWidget(QWidget *parent = nullptr);

    // Shows `model` (not owned; may be null).
    void setModel(TimelineModel *model);
    TimelineModel *model() const { return m_model; }

    // The width of the visible time window in ns (the zoom level).
    qint64 visibleSpanNs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The model rows drawn now, top to bottom: the GUI lane, then the scrolled lanes that fit.
    QList<int> shownRows() const;
    // The scroll bar of the lanes under the GUI lane (hidden when they all fit).
    QScrollBar *laneScrollBar() const { return m_scrollBar; }
    // The width of the lane label column, in pixels.
    int labelColumnWidth() const;
    // The axis' tick labels as drawn now, left to right ("0 s", "2 s", ...).
    QStringList axisLabels() const;
    // The time labels of the lanes drawn now (shownRows()), top to bottom: for a lane of an older run,
    // when its run started on the axis' clock ("8.4 s earlier"); empty for the GUI lane and the
    // newest run's lanes, which the axis counts from 0.
    QStringList laneTimeLabels() const;
    // Where the texts of the lanes drawn now (shownRows()) go, top to bottom: each lane's outcome
    // ("= 42") and time label plates, as painted. They never overlap.
    QList<QList<QRectF>> laneTextRects() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void visibleSpanChanged(qint64 spanNs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Layout {
        int margin = 0;
        int laneHeight = 0;
        int shownLanes = 0;   // lane positions drawn: the GUI lane and the scrolled lanes that fit
        int scrollRange = 0;  // how many lanes under the GUI lane do not fit (0: all shown)
        QRect header;
        QRect labels;  // lane labels, left of the plot
        QRect plot;    // lanes
        QRect scrollBar;
        QRect axis;
        QRect legend;
    };
    struct Tick {
        int x;
        QString label;   // empty: a grid line without a label
    };
    Layout layout() const;
    void updateScrollBar();
    QList<Tick> ticks(const Layout &layout, qint64 leftNs, qint64 rightNs) const;
    void visibleWindow(qint64 *leftNs, qint64 *rightNs) const;
    void retranslate();
    void setZoomIndex(int index);
    void updateFollowing();
    qint64 rightEdgeNs(qint64 nowNs) const;
    // Paints `lane` in the `slot`-th lane position from the top.
    void paintLane(QPainter &painter, const Layout &layout, const TimelineLane &lane, int slot, qint64 leftNs,
                   qint64 nowNs) const;
    QString laneTimeLabel(const TimelineLane &lane) const;
    // Where a lane's texts go: the outcome at its mark, the older run's start on a plate that never
    // covers it (LabelPlacer).
    struct LaneTexts {
        std::optional<double> outcomeMarkX;   // unset: no outcome in view
        QRectF outcome;
        QString outcomeText;
        std::optional<double> startLineX;     // unset: the run started left of the view
        std::optional<QRectF> time;           // unset: no label, or no free place for it
        QString timeText;
    };
    LaneTexts laneTexts(const Layout &layout, const TimelineLane &lane, const QRectF &plotLane, qint64 leftNs) const;
    QFont laneTimeFont() const;
    void paintLaneTime(QPainter &painter, const LaneTexts &texts, const QRectF &plotLane) const;
    void paintSegment(QPainter &painter, const QRectF &rect, TimelineState state, qint64 durationNs) const;
    void paintAxis(QPainter &painter, const Layout &layout, qint64 leftNs, qint64 rightNs, bool following) const;
    void paintLegend(QPainter &painter, const Layout &layout) const;

    QPointer<TimelineModel> m_model;
    QScrollBar *m_scrollBar;
    QTimer m_followTimer;  // 60 fps, only while a unit is active and the widget is visible
    int m_zoomIndex;
};
