// SPDX-License-Identifier: MIT
#include "sweepchart.h"

#include "sweepaxis.h"
#include "sweepchartlayout.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int markerShapes = 5;  // circle, square, triangle, diamond, triangle down
} // namespace

SweepChart::SweepChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_AlwaysShowToolTips);
    retranslate();
}

SweepChart::~SweepChart() = default;

void SweepChart::setSeries(const QList<SweepSeries> &series)
{
    m_series.clear();
    for (SweepSeries s : series) {
        s.points.removeIf([](const QPointF &p) {
            return !std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() < 1 || p.y() <= 0;
        });
        std::stable_sort(s.points.begin(), s.points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        if (!std::isfinite(s.baselineSeconds) || s.baselineSeconds < 0)
            s.baselineSeconds = 0;
        m_series.append(s);
    }
    updateDescription();
    update();
}

void SweepChart::setWorkerRange(int maxWorkers)
{
    m_maxWorkers = maxWorkers;
    update();
}

int SweepChart::maxWorkers() const
{
    double n = std::max(2, m_maxWorkers);
    for (const SweepSeries &s : m_series) {
        if (!s.points.isEmpty())
            n = std::max(n, std::ceil(s.points.last().x()));
    }
    return int(n);
}

void SweepChart::setCoreCount(int cores)
{
    m_cores = cores;
    updateDescription();
    update();
}

bool SweepChart::hasData() const
{
    return std::any_of(m_series.cbegin(), m_series.cend(), [](const SweepSeries &s) { return !s.points.isEmpty(); });
}

std::optional<double> SweepChart::speedupOf(const SweepSeries &series, double seconds)
{
    if (!(series.baselineSeconds > 0) || !(seconds > 0) || !std::isfinite(seconds))
        return std::nullopt;
    return series.baselineSeconds / seconds;
}

QString SweepChart::emptyHint()
{
    return tr("Run a sweep to draw time and speedup against the number of workers.");
}

bool SweepChart::isTimeLogarithmic() const
{
    return SweepChartLayout::timeAxis(m_series, fontMetrics(), 1000).log;
}

QRect SweepChart::plotRect(Plot plot) const
{
    if (!hasData())
        return {};
    return layoutFor(rect()).panel(plot).data;
}

QSize SweepChart::sizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 50, h * 24};
}

QSize SweepChart::minimumSizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 24, h * 18};
}

void SweepChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        update();
    }
}

void SweepChart::retranslate()
{
    setAccessibleName(tr("Time and speedup against the number of workers"));
    updateDescription();
}

QString SweepChart::pointText(const SweepSeries &series, const QPointF &point) const
{
    const std::optional<double> speedup = speedupOf(series, point.y());
    const QString values = speedup ? tr("%1 (%2)").arg(SweepAxis::formatSeconds(point.y()), SweepAxis::formatSpeedup(*speedup))
                                   : SweepAxis::formatSeconds(point.y());
    return tr("N=%1: %2").arg(SweepAxis::formatWorkers(point.x()), values);
}

void SweepChart::updateDescription()
{
    if (!hasData()) {
        setAccessibleDescription(emptyHint());
        return;
    }
    QStringList sentences;
    for (const SweepSeries &s : m_series) {
        QStringList points;
        for (const QPointF &p : s.points)
            points << pointText(s, p);
        const QString name = s.baselineSeconds > 0 ? tr("%1 (sequential %2)").arg(s.label, SweepAxis::formatSeconds(s.baselineSeconds))
                                                   : s.label;
        sentences << (points.isEmpty() ? tr("%1: no measurement yet.").arg(name)
                                       : tr("%1: %2.").arg(name, points.join(u", "_s)));
    }
    if (m_cores > 0)
        sentences << tr("%n core(s).", nullptr, m_cores);
    setAccessibleDescription(sentences.join(u' '));
}

SweepChartLayout SweepChart::layoutFor(const QRect &rect) const
{
    return SweepChartLayout::compute(rect, fontMetrics(), m_series, maxWorkers());
}

void SweepChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    if (!hasData()) {
        const int margin = fontMetrics().height();
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap, emptyHint());
        return;
    }
    const SweepChartLayout l = layoutFor(rect());
    paintPanel(painter, l, Plot::Time);
    paintPanel(painter, l, Plot::Speedup);
    paintLegend(painter, l);
}

void SweepChart::paintPanel(QPainter &painter, const SweepChartLayout &layout, Plot plot) const
{
    const SweepChartLayout::Panel &panel = layout.panel(plot);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const QString title = panel.plot == Plot::Speedup ? tr("Speedup (x)")
                        : panel.y.log                 ? tr("Time (s, log scale)")
                                                      : tr("Time (s)");
    painter.drawText(panel.title, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(font());
    painter.drawText(panel.xTitle.adjusted(panel.data.left() - panel.xTitle.left(), 0, 0, 0), Qt::AlignHCenter | Qt::AlignVCenter,
                     tr("Workers (N)"));

    painter.fillRect(panel.data, palette().base());
    paintGrid(painter, layout, plot);
    paintReferences(painter, layout, plot);
    paintSeries(painter, layout, plot);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(panel.data.adjusted(0, 0, -1, -1));
}

void SweepChart::paintGrid(QPainter &painter, const SweepChartLayout &layout, Plot plot) const
{
    const SweepChartLayout::Panel &panel = layout.panel(plot);
    const QFontMetrics fm = fontMetrics();
    const QPen gridPen(palette().color(QPalette::Mid), 1, Qt::DotLine);
    for (double tick : panel.y.ticks) {
        const int y = int(std::round(panel.yOf(tick)));
        painter.setPen(gridPen);
        painter.drawLine(panel.data.left(), y, panel.data.right(), y);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(panel.title.left(), y - fm.height() / 2, panel.data.left() - panel.title.left() - fm.height() / 4,
                               fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, SweepAxis::formatTick(tick));
    }
    // Integer N: the ticks the layout picked (every one while the labels fit).
    const int labelWidth = panel.xLabelWidth;
    for (int n : panel.xTicks) {
        const int x = int(std::round(panel.xOf(n)));
        painter.setPen(gridPen);
        painter.drawLine(x, panel.data.top(), x, panel.data.bottom());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x - labelWidth / 2, panel.xLabels.top(), labelWidth, panel.xLabels.height()), Qt::AlignCenter,
                         SweepAxis::formatWorkers(n));
    }
}

void SweepChart::paintReferences(QPainter &painter, const SweepChartLayout &layout, Plot plot) const
{
    const SweepChartLayout::Panel &panel = layout.panel(plot);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::Text);
    painter.save();
    painter.setClipRect(panel.data);
    painter.setRenderHint(QPainter::Antialiasing);
    const double lineWidth = std::max(1.5, fm.height() / 10.0);
    // A label on a plate of the background, so lines do not run through it.
    const auto label = [&](const QString &s, QPointF anchor, Qt::Alignment side) {
        const int w = fm.horizontalAdvance(s) + fm.height() / 3;
        QRectF plate(anchor.x(), anchor.y(), w, fm.height());
        if (side & Qt::AlignLeft)
            plate.moveRight(anchor.x());
        if (side & Qt::AlignTop)
            plate.moveBottom(anchor.y());
        plate.moveLeft(std::clamp(plate.left(), double(panel.data.left() + 1), double(panel.data.right() - w)));
        plate.moveTop(std::clamp(plate.top(), double(panel.data.top() + 1), double(panel.data.bottom() - fm.height())));
        painter.fillRect(plate, palette().base());
        painter.setPen(text);
        painter.drawText(plate, Qt::AlignCenter, s);
    };

    if (panel.plot == Plot::Time) {
        // Each series' sequential time, dashed in its colour; series sharing a time share the line,
        // their dashes taking turns.
        const double dash = 4;
        for (int i = 0; i < m_series.size(); ++i) {
            const SweepSeries &s = m_series.at(i);
            if (!(s.baselineSeconds > 0) || s.points.isEmpty())
                continue;
            QList<int> sharing;
            for (int j = 0; j < m_series.size(); ++j) {
                const SweepSeries &o = m_series.at(j);
                if (!o.points.isEmpty() && std::abs(o.baselineSeconds - s.baselineSeconds) <= 1e-9 * s.baselineSeconds)
                    sharing << j;
            }
            QPen pen(s.color, lineWidth);
            pen.setDashPattern({dash, dash * (2 * sharing.size() - 1)});
            pen.setDashOffset(dash * 2 * sharing.indexOf(i));
            painter.setPen(pen);
            const double y = panel.yOf(s.baselineSeconds);
            painter.drawLine(QPointF(panel.data.left(), y), QPointF(panel.data.right(), y));
        }
    } else {
        // 1x: no gain. The ideal: N workers, N times as fast.
        painter.setPen(QPen(text, lineWidth));
        const double oneY = panel.yOf(1);
        painter.drawLine(QPointF(panel.data.left(), oneY), QPointF(panel.data.right(), oneY));
        // Above the line at the right: slower-than-sequential series run below it there.
        label(tr("1x: no gain"), QPointF(panel.data.right() - 2, oneY - 2), Qt::AlignLeft | Qt::AlignTop);
        painter.setPen(QPen(text, lineWidth, Qt::DashDotLine));
        const double top = std::min(double(maxWorkers()), panel.y.hi);
        const QPointF start = panel.map(1, 1);
        const QPointF end = panel.map(top, top);
        painter.drawLine(start, end);
        // Left of the line's upper end, ending where the line has come down by one text line.
        const double xPerY = (end.x() - start.x()) / std::max(1.0, start.y() - end.y());
        const QPointF anchor(end.x() - (fm.height() + 2) * xPerY - 2, end.y());
        const QString ideal = tr("ideal: N workers, N times faster");
        label(fm.horizontalAdvance(ideal) + fm.height() < anchor.x() - panel.data.left() ? ideal : tr("ideal"), anchor,
              Qt::AlignLeft);
    }
    if (m_cores >= 1 && m_cores <= maxWorkers()) {
        const double x = panel.xOf(m_cores);
        painter.setPen(QPen(text, lineWidth, Qt::DotLine));
        painter.drawLine(QPointF(x, panel.data.top()), QPointF(x, panel.data.bottom()));
        // At the top of the time plot; at the bottom of the speedup plot, clear of the ideal line.
        const QString cores = tr("%n core(s)", nullptr, m_cores);
        if (panel.plot == Plot::Time)
            label(cores, QPointF(x + 3, panel.data.top() + 2), {});
        else
            label(cores, QPointF(x + 3, panel.data.bottom() - 2), Qt::AlignTop);
    }
    painter.restore();
}

void SweepChart::paintSeries(QPainter &painter, const SweepChartLayout &layout, Plot plot) const
{
    const SweepChartLayout::Panel &panel = layout.panel(plot);
    const QFontMetrics fm = fontMetrics();
    const int radius = markerRadius();
    painter.save();
    painter.setClipRect(panel.data.adjusted(-radius, -radius, radius, radius));
    painter.setRenderHint(QPainter::Antialiasing);
    bool anySpeedup = false;
    for (int i = 0; i < m_series.size(); ++i) {
        const SweepSeries &s = m_series.at(i);
        QList<QPointF> points;
        for (const QPointF &p : s.points) {
            if (const std::optional<QPointF> at = panel.pointOf(s, p))
                points << *at;
        }
        anySpeedup = anySpeedup || !points.isEmpty();
        QPen pen(s.color, std::max(2.0, fm.height() / 8.0), s.style);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawPolyline(points.constData(), int(points.size()));
        for (const QPointF &p : points)
            paintMarker(painter, p, i % markerShapes, s.color);
    }
    painter.restore();
    if (panel.plot == Plot::Speedup && !anySpeedup) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(panel.data.adjusted(fm.height(), 0, -fm.height(), 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No sequential time yet: no speedup to show."));
    }
}

int SweepChart::markerRadius() const
{
    return SweepChartLayout::markerRadiusFor(fontMetrics());
}

void SweepChart::paintMarker(QPainter &painter, const QPointF &c, int shape, const QColor &color) const
{
    const double r = markerRadius();
    painter.setPen(QPen(palette().color(QPalette::Base), 1));
    painter.setBrush(color);
    switch (shape) {
    case 0:
        painter.drawEllipse(c, r, r);
        break;
    case 1:
        painter.drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
        break;
    case 2:
        painter.drawPolygon(QPolygonF({c + QPointF(0, -r * 1.15), c + QPointF(r * 1.1, r * 0.8), c + QPointF(-r * 1.1, r * 0.8)}));
        break;
    case 3:
        painter.drawPolygon(QPolygonF({c + QPointF(0, -r * 1.25), c + QPointF(r * 1.25, 0), c + QPointF(0, r * 1.25), c + QPointF(-r * 1.25, 0)}));
        break;
    default:
        painter.drawPolygon(QPolygonF({c + QPointF(0, r * 1.15), c + QPointF(r * 1.1, -r * 0.8), c + QPointF(-r * 1.1, -r * 0.8)}));
        break;
    }
    painter.setBrush(Qt::NoBrush);
}

void SweepChart::paintLegend(QPainter &painter, const SweepChartLayout &l) const
{
    const QFontMetrics fm = fontMetrics();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const SweepChartLayout::LegendItem &item : l.legend) {
        const double midY = item.at.y() + fm.height() / 2.0;
        const QLineF swatch(item.at.x(), midY, item.at.x() + l.swatchWidth, midY);
        if (item.series >= 0) {
            const SweepSeries &s = m_series.at(item.series);
            QPen pen(s.color, l.lineWidth, s.style);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(swatch);
            paintMarker(painter, swatch.center(), item.series % markerShapes, s.color);
        } else {
            QPen pen(palette().color(QPalette::WindowText), l.lineWidth);
            pen.setDashPattern({4, 4});
            painter.setPen(pen);
            painter.drawLine(swatch);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPoint(item.at.x() + l.swatchWidth + l.gap, item.at.y() + fm.ascent()), item.text);
    }
    painter.restore();
}

QString SweepChart::pointTextAt(const QPoint &pos) const
{
    if (!hasData())
        return {};
    const std::optional<std::pair<qsizetype, qsizetype>> at = layoutFor(rect()).pointAt(m_series, pos);
    if (!at)
        return {};
    const SweepSeries &s = m_series.at(at->first);
    return tr("%1, %2").arg(s.label, pointText(s, s.points.at(at->second)));
}

bool SweepChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QString text = pointTextAt(help->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}
