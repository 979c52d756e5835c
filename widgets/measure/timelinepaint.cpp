// SPDX-License-Identifier: MIT
// TimelineWidget, part 2: painting the lanes, their texts, the axis and the legend.
#include "timelinewidget.h"

#include "labclock.h"
#include "labelplacer.h"
#include "timelinestyle.h"

#include <QPainter>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 secondNs = 1'000'000'000LL;

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
    QString modeText = following ? tr("live: following now") : tr("idle: showing the last activity");
    if (m_model && m_model->hasDroppedRuns())   // the history is bounded: say how far it goes back
        //: %1: "live: following now" or "idle: showing the last activity"; older runs were dropped
        modeText = tr("%1 (the last %n run(s))", nullptr, m_model->runsShown()).arg(modeText);
    // Both on one line, the zoom shortened (and its hint first) when a narrow dock leaves no room:
    // they were drawn over each other.
    const QFontMetrics fm = fontMetrics();
    const QString mode = fm.elidedText(modeText, Qt::ElideRight, l.header.width());
    const int zoomRoom = l.header.width() - fm.horizontalAdvance(mode) - l.margin * 2;
    QString zoom = tr("Zoom: %1 window  (Ctrl+wheel, + / -)").arg(formatDuration(visibleSpanNs()));
    if (fm.horizontalAdvance(zoom) > zoomRoom)
        zoom = tr("Zoom: %1").arg(formatDuration(visibleSpanNs()));
    if (fm.horizontalAdvance(zoom) <= zoomRoom)
        painter.drawText(l.header, Qt::AlignLeft | Qt::AlignVCenter, zoom);
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
    // How the unit ended, at its end ("42", "cancelled", "failed"), and when an older run started.
    const LaneTexts texts = laneTexts(l, lane, plotLane, leftNs);
    if (texts.outcomeMarkX) {
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawLine(QPointF(*texts.outcomeMarkX, barTop - 2), QPointF(*texts.outcomeMarkX, barTop + barHeight + 2));
        painter.fillRect(texts.outcome, palette().base());
        painter.drawText(texts.outcome, Qt::AlignCenter, texts.outcomeText);
    }
    paintLaneTime(painter, texts, plotLane);
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

QFont TimelineWidget::laneTimeFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

TimelineWidget::LaneTexts TimelineWidget::laneTexts(const Layout &l, const TimelineLane &lane, const QRectF &plotLane,
                                                    qint64 leftNs) const
{
    LaneTexts texts;
    const double nsPerPx = double(visibleSpanNs()) / std::max(1, l.plot.width());
    const auto xOf = [&](qint64 t) { return plotLane.left() + double(t - leftNs) / nsPerPx; };
    const qint64 rightNs = leftNs + visibleSpanNs();
    const QFontMetrics fm = fontMetrics();
    QList<QRectF> taken;   // what the time label must keep clear of
    if (lane.outcome && lane.lastEventNs > leftNs && lane.lastEventNs < rightNs) {
        const double x = xOf(lane.lastEventNs);
        texts.outcomeMarkX = x;
        texts.outcomeText = *lane.outcome == TraceEventKind::Result ? tr("= %1").arg(lane.outcomeDetail)
                          : *lane.outcome == TraceEventKind::Cancelled ? tr("cancelled") : tr("failed");
        // Right of the mark when there is room, else left of it on a plate: never cut at the edge.
        const int width = fm.horizontalAdvance(texts.outcomeText) + 4;
        const double top = plotLane.center().y() - fm.height() / 2.0;
        texts.outcome = x + l.margin / 2.0 + width < plotLane.right()
                            ? QRectF(x + l.margin / 2.0, top, width, fm.height())
                            : QRectF(x - l.margin / 2.0 - width, top, width, fm.height());
        taken << texts.outcome;
    }
    // The axis counts from the newest run's start, which leaves an older run's lanes without numbers:
    // each says when its run started, at that start (or at the left edge once it is out of view), on
    // a plate at the lane's top. Never over the outcome: a line lower, else beside it, else left out.
    texts.timeText = laneTimeLabel(lane);
    if (texts.timeText.isEmpty())
        return texts;
    const qint64 startNs = m_model->runStartNs(lane.key.demo, lane.key.runId).value_or(lane.firstEventNs);
    const double startX = xOf(startNs);
    if (startX >= plotLane.left())
        texts.startLineX = startX;
    const QFontMetrics small(laneTimeFont());
    const double width = small.horizontalAdvance(texts.timeText) + 4;
    const double height = std::min<double>(small.height(), plotLane.height());
    const auto plateAt = [&](double x) {
        return QRectF(std::clamp(x, plotLane.left(), std::max(plotLane.left(), plotLane.right() - width)) + 1,
                      plotLane.top(), width, height);
    };
    QList<QRectF> candidates{plateAt(startX)};
    for (const QRectF &other : std::as_const(taken))
        candidates << plateAt(other.right() + l.margin / 2.0) << plateAt(other.left() - l.margin / 2.0 - width - 1);
    for (const QRectF &candidate : std::as_const(candidates)) {
        const QList<std::optional<QRectF>> placed = LabelPlacer::place(taken + QList<QRectF>{candidate}, plotLane);
        if (placed.constLast()) {
            texts.time = placed.constLast();
            break;
        }
    }
    return texts;
}

QList<QList<QRectF>> TimelineWidget::laneTextRects() const
{
    QList<QList<QRectF>> result;
    if (!m_model)
        return result;
    const Layout l = layout();
    qint64 leftNs = 0;
    qint64 rightNs = 0;
    visibleWindow(&leftNs, &rightNs);
    const QList<int> rows = shownRows();
    for (int slot = 0; slot < rows.size(); ++slot) {
        const QRectF plotLane(l.plot.left(), l.plot.top() + slot * l.laneHeight, l.plot.width(), l.laneHeight);
        const LaneTexts texts = laneTexts(l, m_model->lanes().at(rows.at(slot)), plotLane, leftNs);
        QList<QRectF> rects;
        if (texts.outcomeMarkX)
            rects << texts.outcome;
        if (texts.time)
            rects << *texts.time;
        result << rects;
    }
    return result;
}

void TimelineWidget::paintLaneTime(QPainter &painter, const LaneTexts &texts, const QRectF &plotLane) const
{
    if (texts.startLineX) {
        painter.setPen(QPen(palette().color(QPalette::Text), 1));
        painter.drawLine(QPointF(*texts.startLineX, plotLane.top()), QPointF(*texts.startLineX, plotLane.bottom()));
    }
    if (!texts.time)
        return;
    painter.fillRect(*texts.time, palette().base());
    painter.setPen(palette().color(QPalette::Text));
    painter.setFont(laneTimeFont());
    painter.drawText(*texts.time, Qt::AlignCenter, texts.timeText);
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
