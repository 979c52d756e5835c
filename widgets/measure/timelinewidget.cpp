// SPDX-License-Identifier: MIT
#include "timelinewidget.h"

#include "labclock.h"
#include "timelinestyle.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 secondNs = 1'000'000'000LL;
constexpr std::array zoomSpansNs{1 * secondNs, 2 * secondNs, 5 * secondNs, 10 * secondNs, 20 * secondNs,
                                 30 * secondNs, 60 * secondNs, 120 * secondNs, 300 * secondNs};
constexpr int defaultZoomIndex = 3;
static_assert(zoomSpansNs[defaultZoomIndex] == TimelineWidget::defaultSpanNs);
constexpr int frameIntervalMs = 16;

QString formatDuration(qint64 ns)
{
    const double ms = LabClock::nsToMs(ns);
    if (ms < 1000)
        return TimelineWidget::tr("%1 ms").arg(qRound(ms));
    if (ms < 60'000)
        return TimelineWidget::tr("%1 s").arg(ms / 1000, 0, 'f', ms < 10'000 ? 1 : 0);
    return TimelineWidget::tr("%1 min").arg(ms / 60'000, 0, 'f', 1);
}

// A tick step for the axis giving at most `maxTicks` ticks over `spanNs`.
qint64 tickStepNs(qint64 spanNs, int maxTicks)
{
    static constexpr std::array stepsMs{100, 200, 500, 1000, 2000, 5000, 10'000, 20'000, 30'000, 60'000, 120'000};
    for (int stepMs : stepsMs) {
        if (spanNs / (qint64(stepMs) * 1'000'000) <= maxTicks)
            return qint64(stepMs) * 1'000'000;
    }
    return 300 * secondNs;
}
} // namespace

struct TimelineWidget::Layout {
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

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
    , m_zoomIndex(defaultZoomIndex)
{
    setFocusPolicy(Qt::StrongFocus);
    m_scrollBar->setObjectName(u"timelineScrollBar"_s);
    m_scrollBar->setSingleStep(1);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    retranslate();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_followTimer.setTimerType(Qt::PreciseTimer);
    m_followTimer.setInterval(frameIntervalMs);
    connect(&m_followTimer, &QTimer::timeout, this, [this] {
        update();
        if (!m_model || !m_model->isActive())
            m_followTimer.stop();
    });
}

void TimelineWidget::setModel(TimelineModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &TimelineModel::timelineChanged, this, &TimelineWidget::updateFollowing);
        // The number of lanes decides the preferred height and what scrolls.
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
            connect(m_model, signal, this, [this] {
                updateGeometry();
                updateScrollBar();
            });
        }
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            updateGeometry();
            updateScrollBar();
        });
    }
    updateGeometry();
    updateScrollBar();
    updateFollowing();
}

qint64 TimelineWidget::visibleSpanNs() const
{
    return zoomSpansNs[m_zoomIndex];
}

void TimelineWidget::zoomIn()
{
    setZoomIndex(m_zoomIndex - 1);
}

void TimelineWidget::zoomOut()
{
    setZoomIndex(m_zoomIndex + 1);
}

void TimelineWidget::resetZoom()
{
    setZoomIndex(defaultZoomIndex);
}

void TimelineWidget::setZoomIndex(int index)
{
    index = std::clamp(index, 0, int(zoomSpansNs.size()) - 1);
    if (index == m_zoomIndex)
        return;
    m_zoomIndex = index;
    update();
    Q_EMIT visibleSpanChanged(visibleSpanNs());
}

void TimelineWidget::updateFollowing()
{
    const bool follow = m_model && m_model->isActive() && isVisible();
    if (follow && !m_followTimer.isActive())
        m_followTimer.start();
    else if (!follow)
        m_followTimer.stop();
    update();
}

void TimelineWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateFollowing();
}

void TimelineWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_followTimer.stop();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);  // handles font changes
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateGeometry();  // lane labels change width
        update();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateScrollBar();
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateScrollBar();
}

void TimelineWidget::updateScrollBar()
{
    const Layout l = layout();
    m_scrollBar->setRange(0, l.scrollRange);
    m_scrollBar->setPageStep(std::max(1, l.shownLanes - 1));
    m_scrollBar->setGeometry(l.scrollBar);
    m_scrollBar->setVisible(l.scrollRange > 0);
    update();
}

void TimelineWidget::retranslate()
{
    setAccessibleName(tr("Timeline"));
    setToolTip(tr("One lane per execution unit, the newest run's first. Scroll the lanes with the wheel or "
                  "Up and Down; zoom with Ctrl+wheel or the + and - keys; 0 resets."));
    m_scrollBar->setAccessibleName(tr("Scroll the timeline's lanes"));
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    case Qt::Key_Up:
        m_scrollBar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        m_scrollBar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() == 0) {
        QWidget::wheelEvent(event);
        return;
    }
    if (!(event->modifiers() & Qt::ControlModifier)) {
        // The plain wheel scrolls the lanes, one lane per notch.
        if (!m_scrollBar->isVisible()) {
            QWidget::wheelEvent(event);
            return;
        }
        m_scrollBar->setValue(m_scrollBar->value() - event->angleDelta().y() / 120);
        event->accept();
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else
        zoomOut();
    event->accept();
}

TimelineWidget::Layout TimelineWidget::layout() const
{
    const QFontMetrics fm = fontMetrics();
    Layout l;
    l.margin = std::max(4, fm.height() / 2);
    const int lanes = m_model ? m_model->rowCount() : 1;
    const QRect area = rect().adjusted(l.margin, l.margin / 2, -l.margin, -l.margin / 2);

    // Wide enough for every label as drawn (the GUI lane's in bold) and the axis title beside them;
    // up to half the width (a longer label wraps then).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    int labelWidth = fm.horizontalAdvance(tr("since run start"));
    if (m_model) {
        for (const TimelineLane &lane : m_model->lanes()) {
            const QFontMetrics &metrics = lane.key.unit == UnitKind::GuiLoop ? boldMetrics : fm;
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(m_model->laneLabel(lane.key)));
        }
    }
    labelWidth = std::min(labelWidth + l.margin * 2, area.width() / 2);

    l.header = QRect(area.left(), area.top(), area.width(), fm.height() + l.margin / 2);
    // Lanes share what the header, the axis and a legend of up to two rows leave; axis and legend
    // follow the lanes directly. Lanes that do not fit scroll under the GUI lane.
    const int axisHeight = fm.height() + l.margin / 2;
    const int legendHeight = fm.height() * 2 + 1;
    const int lanesTop = l.header.bottom() + 1;
    const int available = std::max(0, area.bottom() - lanesTop - axisHeight - legendHeight);
    l.laneHeight = std::clamp(available / std::max(1, lanes), fm.height() + 4, fm.height() * 2);
    const int fitting = std::max(2, available / l.laneHeight);
    l.shownLanes = std::min(lanes, fitting);
    l.scrollRange = std::max(0, lanes - fitting);
    const int scrollBarWidth = l.scrollRange > 0 ? style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this) : 0;
    const int plotWidth = area.width() - labelWidth - scrollBarWidth;
    l.labels = QRect(area.left(), lanesTop, labelWidth, l.laneHeight * l.shownLanes);
    l.plot = QRect(area.left() + labelWidth, lanesTop, plotWidth, l.laneHeight * l.shownLanes);
    // Beside the scrolled lanes only: the GUI lane stays where it is.
    l.scrollBar = QRect(l.plot.right() + 1, lanesTop + l.laneHeight, scrollBarWidth, l.laneHeight * (l.shownLanes - 1));
    l.axis = QRect(l.plot.left(), l.plot.bottom() + 1, l.plot.width(), axisHeight);
    l.legend = QRect(area.left(), l.axis.bottom() + 1, area.width(), legendHeight);
    return l;
}

QList<int> TimelineWidget::shownRows() const
{
    const Layout l = layout();
    QList<int> rows;
    if (!m_model)
        return rows;
    rows << 0;
    const int first = 1 + std::clamp(m_scrollBar->value(), 0, l.scrollRange);
    for (int row = first; row < m_model->rowCount() && rows.size() < l.shownLanes; ++row)
        rows << row;
    return rows;
}

int TimelineWidget::labelColumnWidth() const
{
    return layout().labels.width();
}

QSize TimelineWidget::sizeHint() const
{
    // Room for a few lanes; more scroll (a dock that grew with every run pushed the lesson away).
    const int lanes = std::clamp(m_model ? m_model->rowCount() : 1, 4, 8);
    const int h = fontMetrics().height();
    return {std::max(600, h * 40), h * 2 * lanes + h * 6};
}

QSize TimelineWidget::minimumSizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 20, h * 8};
}

qint64 TimelineWidget::rightEdgeNs(qint64 nowNs) const
{
    if (!m_model || m_model->isActive() || !m_model->lastEventNs())
        return nowNs;
    // Nothing runs: rest on the last activity, with room after it for the last lane's outcome.
    return std::min(nowNs, *m_model->lastEventNs() + visibleSpanNs() / 10);
}

void TimelineWidget::visibleWindow(qint64 *leftNs, qint64 *rightNs) const
{
    *rightNs = rightEdgeNs(LabClock::nowNs());
    *leftNs = *rightNs - visibleSpanNs();
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(rect(), palette().base());
    const Layout l = layout();
    const qint64 nowNs = LabClock::nowNs();
    const bool following = m_model && m_model->isActive();
    qint64 leftNs = 0;
    qint64 rightNs = 0;
    visibleWindow(&leftNs, &rightNs);

    // Header: the zoom level, and whether the view follows now.
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Zoom: %1 window  (Ctrl+wheel, + / -)").arg(formatDuration(visibleSpanNs())));
    QString mode = following ? tr("live: following now") : tr("idle: showing the last activity");
    if (m_model && m_model->hasDroppedRuns())   // the history is bounded: say how far it goes back
        //: %1: "live: following now" or "idle: showing the last activity"; older runs were dropped
        mode = tr("%1 (the last %n run(s))", nullptr, m_model->runsShown()).arg(mode);
    painter.drawText(l.header, Qt::AlignRight | Qt::AlignVCenter, mode);

    if (m_model) {
        const QList<int> rows = shownRows();
        for (int slot = 0; slot < rows.size(); ++slot)
            paintLane(painter, l, m_model->lanes().at(rows.at(slot)), slot, leftNs, nowNs);
    } else {
        paintLane(painter, l, TimelineLane{}, 0, leftNs, nowNs);
    }
    paintAxis(painter, l, leftNs, rightNs, following);
    paintLegend(painter, l);

    if (hasFocus()) {
        QPen focusPen(palette().color(QPalette::Highlight), 2);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void TimelineWidget::paintLane(QPainter &painter, const Layout &l, const TimelineLane &lane, int slot, qint64 leftNs,
                               qint64 nowNs) const
{
    const QRect laneRect(l.labels.left(), l.plot.top() + slot * l.laneHeight, l.labels.width() + l.plot.width(),
                         l.laneHeight);
    if (slot % 2 == 1)
        painter.fillRect(laneRect, palette().alternateBase());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(laneRect.bottomLeft(), laneRect.bottomRight());

    // Label, whole: on one line when it fits its column, wrapped otherwise; the GUI loop in bold
    // because it is the lesson's protagonist.
    QFont labelFont = font();
    labelFont.setBold(lane.key.unit == UnitKind::GuiLoop);
    painter.setFont(labelFont);
    painter.setPen(palette().color(QPalette::Text));
    const QRect labelRect(l.labels.left(), laneRect.top(), l.labels.width() - l.margin, l.laneHeight);
    const QString label = m_model ? m_model->laneLabel(lane.key) : ExecutionUnit{UnitKind::GuiLoop, 0}.name();
    painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
    painter.setFont(font());

    const QRectF plotLane(l.plot.left(), laneRect.top(), l.plot.width(), l.laneHeight);
    const double nsPerPx = double(visibleSpanNs()) / std::max(1, l.plot.width());
    const auto xOf = [&](qint64 t) { return plotLane.left() + double(t - leftNs) / nsPerPx; };
    const double barTop = plotLane.top() + l.laneHeight * 0.15;
    const double barHeight = l.laneHeight * 0.7;
    const qint64 rightNs = leftNs + visibleSpanNs();

    painter.save();
    painter.setClipRect(plotLane);
    if (lane.key.unit == UnitKind::GuiLoop) {
        // The loop is free unless a segment says otherwise: a thin line.
        painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
        painter.drawLine(QPointF(plotLane.left(), plotLane.center().y()), QPointF(plotLane.right(), plotLane.center().y()));
    }
    for (const TimelineSegment &segment : lane.segments) {
        const qint64 endNs = segment.endAt(nowNs);
        if (endNs <= leftNs || segment.startNs >= rightNs)
            continue;
        const double x0 = xOf(std::max(segment.startNs, leftNs));
        const double x1 = std::max(x0 + 2, xOf(std::min(endNs, rightNs)));
        paintSegment(painter, QRectF(x0, barTop, x1 - x0, barHeight), segment.state, endNs - segment.startNs);
    }
    // How the unit ended, at its end: "42", "cancelled", "failed".
    if (lane.outcome && lane.lastEventNs > leftNs && lane.lastEventNs < rightNs) {
        const double x = xOf(lane.lastEventNs);
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawLine(QPointF(x, barTop - 2), QPointF(x, barTop + barHeight + 2));
        const QString text = *lane.outcome == TraceEventKind::Result ? tr("= %1").arg(lane.outcomeDetail)
                           : *lane.outcome == TraceEventKind::Cancelled ? tr("cancelled") : tr("failed");
        // Right of the mark when there is room, else left of it on a plate: never cut at the edge.
        const int textWidth = fontMetrics().horizontalAdvance(text);
        const QRectF right(x + l.margin / 2.0, plotLane.top(), plotLane.right() - x - l.margin / 2.0, l.laneHeight);
        if (right.width() > textWidth) {
            painter.drawText(right, Qt::AlignLeft | Qt::AlignVCenter, text);
        } else {
            const QRectF left(x - l.margin / 2.0 - textWidth - 4, plotLane.center().y() - fontMetrics().height() / 2.0,
                              textWidth + 4, fontMetrics().height());
            painter.fillRect(left, palette().base());
            painter.drawText(left, Qt::AlignCenter, text);
        }
    }
    paintLaneTime(painter, l, lane, plotLane, leftNs);
    painter.restore();
}

QString TimelineWidget::laneTimeLabel(const TimelineLane &lane) const
{
    if (!m_model || lane.key.unit == UnitKind::GuiLoop)
        return {};
    const std::optional<qint64> newest = m_model->newestRunStartNs();
    const qint64 startNs = m_model->runStartNs(lane.key.demo, lane.key.runId).value_or(lane.firstEventNs);
    if (!newest || startNs >= *newest)
        return {};   // the newest run: the axis counts from its start
    //: A timeline lane of an older run: how long before the newest run (the axis' 0 s) it started
    return tr("started %1 earlier").arg(formatDuration(*newest - startNs));
}

QStringList TimelineWidget::laneTimeLabels() const
{
    QStringList labels;
    for (int row : shownRows())
        labels << laneTimeLabel(m_model->lanes().at(row));
    return labels;
}

void TimelineWidget::paintLaneTime(QPainter &painter, const Layout &l, const TimelineLane &lane, const QRectF &plotLane,
                                   qint64 leftNs) const
{
    // The axis counts from the newest run's start, which leaves an older run's lanes without numbers:
    // each says when its run started, at that start (or at the left edge once it is out of view),
    // on a plate at the lane's top so the bars stay readable.
    const QString text = laneTimeLabel(lane);
    if (text.isEmpty())
        return;
    const qint64 startNs = m_model->runStartNs(lane.key.demo, lane.key.runId).value_or(lane.firstEventNs);
    const double nsPerPx = double(visibleSpanNs()) / std::max(1, l.plot.width());
    const double startX = plotLane.left() + double(startNs - leftNs) / nsPerPx;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics fm(small);
    const int width = fm.horizontalAdvance(text) + 4;
    const double x = std::clamp(startX, plotLane.left(), std::max(plotLane.left(), plotLane.right() - width));
    if (startX >= plotLane.left()) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1));
        painter.drawLine(QPointF(startX, plotLane.top()), QPointF(startX, plotLane.bottom()));
    }
    const QRectF plate(x + 1, plotLane.top(), width, std::min<double>(fm.height(), plotLane.height()));
    painter.fillRect(plate, palette().base());
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(small);
    painter.drawText(plate, Qt::AlignCenter, text);
    painter.setFont(font());
}

void TimelineWidget::paintSegment(QPainter &painter, const QRectF &rect, TimelineState state, qint64 durationNs) const
{
    TimelineStyle::paintStateBox(painter, rect, state);

    // State in words when there is room, with the duration when there is more.
    const QFontMetrics fm = fontMetrics();
    const QString title = TimelineStates::title(state);
    const QString withDuration = tr("%1 %2").arg(title, formatDuration(durationNs));
    const int pad = fm.height() / 3;
    QString text;
    if (fm.horizontalAdvance(withDuration) + 2 * pad < rect.width())
        text = withDuration;
    else if (fm.horizontalAdvance(title) + 2 * pad < rect.width())
        text = title;
    if (text.isEmpty())
        return;
    // A solid plate behind the text keeps it readable over the pattern.
    const QRectF plate(rect.left() + pad / 2.0, rect.center().y() - fm.height() / 2.0,
                       fm.horizontalAdvance(text) + pad, fm.height());
    painter.fillRect(plate, TimelineStyle::colorOf(state));
    painter.setPen(Qt::black);  // every state colour is light enough for black text
    painter.drawText(plate, Qt::AlignCenter, text);
}

QList<TimelineWidget::Tick> TimelineWidget::ticks(const Layout &l, qint64 leftNs, qint64 rightNs) const
{
    // Seconds from the newest run's start (before any run: from the app's start), so the run on top
    // reads from 0; the time before it gets grid lines without (negative) numbers.
    const qint64 originNs = m_model ? m_model->newestRunStartNs().value_or(0) : 0;
    const QFontMetrics fm = fontMetrics();
    const int maxTicks = std::max(2, l.axis.width() / (fm.horizontalAdvance(u"0000.0 s"_s) + l.margin));
    const qint64 step = tickStepNs(rightNs - leftNs, maxTicks);
    const double nsPerPx = double(rightNs - leftNs) / std::max(1, l.plot.width());
    const int reservedRight = fm.horizontalAdvance(tr("now")) + l.margin;
    QList<Tick> result;
    // The first multiple of `step` from the origin inside the window (floor division for negatives).
    qint64 k = (leftNs - originNs) / step;
    if (originNs + k * step <= leftNs)
        ++k;
    for (qint64 t = originNs + k * step; t < rightNs; t += step) {
        const int x = l.plot.left() + int(double(t - leftNs) / nsPerPx);
        const qint64 sinceNs = t - originNs;
        QString label;
        if (sinceNs >= 0) {
            label = step < secondNs ? tr("%1 s").arg(double(sinceNs) / secondNs, 0, 'f', 1) : tr("%1 s").arg(sinceNs / secondNs);
            const int w = fm.horizontalAdvance(label);
            if (x - w / 2 < l.axis.left() || x + w / 2 > l.axis.right() - reservedRight)
                label.clear();   // it would be cut at an edge or run into "now"
        }
        result.append(Tick{x, label});
    }
    return result;
}

QStringList TimelineWidget::axisLabels() const
{
    qint64 leftNs = 0;
    qint64 rightNs = 0;
    visibleWindow(&leftNs, &rightNs);
    QStringList labels;
    for (const Tick &tick : ticks(layout(), leftNs, rightNs)) {
        if (!tick.label.isEmpty())
            labels << tick.label;
    }
    return labels;
}

void TimelineWidget::paintAxis(QPainter &painter, const Layout &l, qint64 leftNs, qint64 rightNs, bool following) const
{
    const QFontMetrics fm = fontMetrics();
    painter.setPen(palette().color(QPalette::Text));
    painter.drawLine(l.plot.bottomLeft(), l.plot.bottomRight());
    for (const Tick &tick : ticks(l, leftNs, rightNs)) {
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawLine(tick.x, l.plot.top(), tick.x, l.plot.bottom());
        if (tick.label.isEmpty())
            continue;
        painter.setPen(palette().color(QPalette::Text));
        const int w = fm.horizontalAdvance(tick.label);
        painter.drawText(QRect(tick.x - w / 2, l.axis.top(), w, l.axis.height()), Qt::AlignCenter, tick.label);
    }
    if (following) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawLine(l.plot.right(), l.plot.top(), l.plot.right(), l.plot.bottom());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(l.axis, Qt::AlignRight | Qt::AlignVCenter, tr("now"));
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(l.labels.left(), l.axis.top(), l.labels.width(), l.axis.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("since run start"));
}

void TimelineWidget::paintLegend(QPainter &painter, const Layout &l) const
{
    const QFontMetrics fm = fontMetrics();
    const int swatchW = fm.height() * 2;
    const int swatchH = fm.height() - 2;
    int x = l.legend.left();
    int y = l.legend.top() + 1;
    const auto place = [&](int width) {
        if (x + width > l.legend.right() && x > l.legend.left()) {  // wrap to a second row
            x = l.legend.left();
            y += fm.height() + 1;
        }
        const QPoint at(x, y);
        x += width + l.margin * 2;
        return at;
    };
    for (TimelineState state : TimelineStates::all) {
        const QString title = TimelineStates::title(state);
        const QPoint at = place(swatchW + l.margin / 2 + fm.horizontalAdvance(title));
        TimelineStyle::paintStateBox(painter, QRectF(at.x(), at.y() + 1, swatchW, swatchH), state);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPoint(at.x() + swatchW + l.margin / 2, at.y() + fm.ascent()), title);
    }
    const QString free = tr("GUI loop free");
    const QPoint at = place(swatchW + l.margin / 2 + fm.horizontalAdvance(free));
    painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
    painter.drawLine(at.x(), at.y() + fm.height() / 2, at.x() + swatchW, at.y() + fm.height() / 2);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QPoint(at.x() + swatchW + l.margin / 2, at.y() + fm.ascent()), free);
}
