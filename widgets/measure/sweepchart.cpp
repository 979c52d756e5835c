// SPDX-License-Identifier: MIT
#include "sweepchart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int markerShapes = 5;  // circle, square, triangle, diamond, triangle down

// The largest of 1, 2, 5 times a power of ten not above v (v > 0), and the smallest not below.
double niceFloor(double v)
{
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * decade <= v * (1 + 1e-9))
            return step * decade;
    }
    return decade;
}

double niceCeil(double v)
{
    const double decade = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 5.0}) {
        if (step * decade >= v * (1 - 1e-9))
            return step * decade;
    }
    return 10 * decade;
}

QString formatTick(double v)
{
    return QString::number(v, 'g', 6);
}

QString formatSeconds(double seconds)
{
    const int decimals = seconds < 0.1 ? 3 : seconds < 10 ? 2 : seconds < 100 ? 1 : 0;
    return SweepChart::tr("%1 s").arg(seconds, 0, 'f', decimals);
}

QString formatSpeedup(double speedup)
{
    return SweepChart::tr("%1x").arg(speedup, 0, 'f', 1);
}

QString formatWorkers(double n)
{
    return QString::number(n, 'g', 6);
}
} // namespace

struct SweepChart::Axis {
    double lo = 0;
    double hi = 1;
    bool log = false;
    QList<double> ticks;

    double fraction(double v) const
    {
        if (log)
            return (std::log(v) - std::log(lo)) / (std::log(hi) - std::log(lo));
        return (v - lo) / (hi - lo);
    }
};

struct SweepChart::Panel {
    Plot plot = Plot::Time;
    QRect title;
    QRect data;
    QRect xLabels;
    QRect xTitle;
    Axis y;
    double xMin = 0;
    double xMax = 1;

    double xOf(double n) const { return data.left() + (n - xMin) / (xMax - xMin) * data.width(); }
    double yOf(double v) const { return data.bottom() + 1 - y.fraction(v) * data.height(); }
    QPointF map(double n, double v) const { return {xOf(n), yOf(v)}; }
};

struct SweepChart::LegendItem {
    int series = -1;  // -1: the dashed sequential-time line
    QString text;
    int width = 0;
    QPoint at;
};

struct SweepChart::Layout {
    int line = 0;
    int gap = 0;
    int markerRadius = 0;
    double lineWidth = 0;
    int swatchWidth = 0;
    Panel time;
    Panel speedup;
    QList<LegendItem> legend;
};

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
    return timeAxis(1000).log;
}

QRect SweepChart::plotRect(Plot plot) const
{
    if (!hasData())
        return {};
    const Layout l = layoutFor(rect());
    return plot == Plot::Time ? l.time.data : l.speedup.data;
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
    const QString values = speedup ? tr("%1 (%2)").arg(formatSeconds(point.y()), formatSpeedup(*speedup))
                                   : formatSeconds(point.y());
    return tr("N=%1: %2").arg(formatWorkers(point.x()), values);
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
        const QString name = s.baselineSeconds > 0 ? tr("%1 (sequential %2)").arg(s.label, formatSeconds(s.baselineSeconds))
                                                   : s.label;
        sentences << (points.isEmpty() ? tr("%1: no measurement yet.").arg(name)
                                       : tr("%1: %2.").arg(name, points.join(u", "_s)));
    }
    if (m_cores > 0)
        sentences << tr("%n core(s).", nullptr, m_cores);
    setAccessibleDescription(sentences.join(u' '));
}

SweepChart::Axis SweepChart::timeAxis(int height) const
{
    double lo = 0;
    double hi = 0;
    const auto include = [&](double v) {
        lo = lo > 0 ? std::min(lo, v) : v;
        hi = std::max(hi, v);
    };
    for (const SweepSeries &s : m_series) {
        for (const QPointF &p : s.points)
            include(p.y());
        if (s.baselineSeconds > 0 && !s.points.isEmpty())
            include(s.baselineSeconds);
    }
    if (hi <= 0)
        return {};
    const int minSpacing = fontMetrics().height() * 5 / 2;
    Axis axis;
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
            double tightest = height;
            for (qsizetype i = 1; i < axis.ticks.size(); ++i)
                tightest = std::min(tightest, (axis.fraction(axis.ticks.at(i)) - axis.fraction(axis.ticks.at(i - 1))) * height);
            if (tightest >= minSpacing)
                break;
        }
        return axis;
    }
    const int maxTicks = std::max(2, height / minSpacing);
    const double step = niceCeil(hi * 1.08 / maxTicks);
    axis.lo = 0;
    axis.hi = std::ceil(hi * 1.08 / step) * step;
    for (int i = 0; i * step <= axis.hi * 1.0001; ++i)
        axis.ticks << i * step;
    return axis;
}

SweepChart::Axis SweepChart::speedupAxis(int height) const
{
    double top = maxWorkers();
    for (const SweepSeries &s : m_series) {
        for (const QPointF &p : s.points) {
            if (const std::optional<double> speedup = speedupOf(s, p.y()))
                top = std::max(top, *speedup);
        }
    }
    const int maxTicks = std::max(2, height / (fontMetrics().height() * 5 / 2));
    const double step = std::max(1.0, niceCeil(top * 1.08 / maxTicks));
    Axis axis;
    axis.hi = std::ceil(top * 1.08 / step) * step;
    for (int i = 0; i * step <= axis.hi * 1.0001; ++i)
        axis.ticks << i * step;
    return axis;
}

QList<SweepChart::LegendItem> SweepChart::legendItems() const
{
    QList<LegendItem> items;
    const QFontMetrics fm = fontMetrics();
    const int swatch = fm.height() * 2 + fm.height() / 2;
    bool anyBaseline = false;
    for (int i = 0; i < m_series.size(); ++i) {
        items.append(LegendItem{i, m_series.at(i).label, swatch + fm.horizontalAdvance(m_series.at(i).label), {}});
        anyBaseline = anyBaseline || m_series.at(i).baselineSeconds > 0;
    }
    if (anyBaseline) {
        const QString text = tr("sequential time");
        items.append(LegendItem{-1, text, swatch + fm.horizontalAdvance(text), {}});
    }
    return items;
}

SweepChart::Layout SweepChart::layoutFor(const QRect &rect) const
{
    const QFontMetrics fm = fontMetrics();
    Layout l;
    l.line = fm.height();
    l.gap = std::max(4, l.line / 2);
    l.markerRadius = markerRadius();
    l.lineWidth = std::max(2.0, l.line / 8.0);
    l.swatchWidth = l.line * 2;
    const QRect area = rect.adjusted(l.gap, l.gap / 2, -l.gap, -l.gap / 2);

    // The legend wraps along the bottom.
    l.legend = legendItems();
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
    const double maxN = maxWorkers();
    const double pad = std::max(0.25, (maxN - 1) * 0.04);
    Panel *panels[2] = {&l.time, &l.speedup};
    for (int i = 0; i < 2; ++i) {
        Panel &p = *panels[i];
        const QRect &f = frames[i];
        p.plot = i == 0 ? Plot::Time : Plot::Speedup;
        p.title = QRect(f.left(), f.top(), f.width(), l.line + l.gap / 2);
        p.xTitle = QRect(f.left(), f.bottom() + 1 - l.line, f.width(), l.line);
        const int dataTop = p.title.bottom() + 1 + l.gap / 2;  // room for a marker at the top
        const int dataBottom = p.xTitle.top() - l.line - l.gap / 2;
        const int dataHeight = std::max(1, dataBottom - dataTop);
        p.y = p.plot == Plot::Time ? timeAxis(dataHeight) : speedupAxis(dataHeight);
        int gutter = 0;
        for (double tick : p.y.ticks)
            gutter = std::max(gutter, fm.horizontalAdvance(formatTick(tick)));
        gutter += l.gap;
        p.data = QRect(f.left() + gutter, dataTop, std::max(1, f.width() - gutter - l.gap), dataHeight);
        p.xLabels = QRect(p.data.left(), p.data.bottom() + 1, p.data.width(), l.line + l.gap / 2);
        p.xMin = 1 - pad;
        p.xMax = maxN + pad;
    }
    return l;
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
    const Layout l = layoutFor(rect());
    paintPanel(painter, l.time);
    paintPanel(painter, l.speedup);
    paintLegend(painter, l);
}

void SweepChart::paintPanel(QPainter &painter, const Panel &panel) const
{
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
    paintGrid(painter, panel);
    paintReferences(painter, panel);
    paintSeries(painter, panel);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(panel.data.adjusted(0, 0, -1, -1));
}

void SweepChart::paintGrid(QPainter &painter, const Panel &panel) const
{
    const QFontMetrics fm = fontMetrics();
    const QPen gridPen(palette().color(QPalette::Mid), 1, Qt::DotLine);
    for (double tick : panel.y.ticks) {
        const int y = int(std::round(panel.yOf(tick)));
        painter.setPen(gridPen);
        painter.drawLine(panel.data.left(), y, panel.data.right(), y);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(panel.title.left(), y - fm.height() / 2, panel.data.left() - panel.title.left() - fm.height() / 4,
                               fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatTick(tick));
    }
    // Integer N: every one while the labels fit, else 1 and multiples of a step.
    const int maxN = maxWorkers();
    const double perWorker = panel.data.width() / (panel.xMax - panel.xMin);
    const int labelWidth = fm.horizontalAdvance(formatWorkers(maxN)) + fm.height();
    int step = 1;
    for (int candidate : {1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 50, 64, 100}) {
        step = candidate;
        if (candidate * perWorker >= labelWidth)
            break;
    }
    for (int n = 1; n <= maxN; n = n == 1 && step > 1 ? step : n + step) {
        if (n != 1 && (n - 1) * perWorker < labelWidth)
            continue;
        const int x = int(std::round(panel.xOf(n)));
        painter.setPen(gridPen);
        painter.drawLine(x, panel.data.top(), x, panel.data.bottom());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x - labelWidth / 2, panel.xLabels.top(), labelWidth, panel.xLabels.height()), Qt::AlignCenter,
                         formatWorkers(n));
    }
}

void SweepChart::paintReferences(QPainter &painter, const Panel &panel) const
{
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

void SweepChart::paintSeries(QPainter &painter, const Panel &panel) const
{
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
            if (panel.plot == Plot::Time)
                points << panel.map(p.x(), p.y());
            else if (const std::optional<double> speedup = speedupOf(s, p.y()))
                points << panel.map(p.x(), *speedup);
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
    return std::max(4, fontMetrics().height() * 3 / 10);
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

void SweepChart::paintLegend(QPainter &painter, const Layout &l) const
{
    const QFontMetrics fm = fontMetrics();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const LegendItem &item : l.legend) {
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
    const Layout l = layoutFor(rect());
    const double reach = l.markerRadius * 2.0;
    // The last series is drawn on top: look from the last.
    for (const Panel *panel : {&l.time, &l.speedup}) {
        for (auto s = m_series.crbegin(); s != m_series.crend(); ++s) {
            for (const QPointF &p : s->points) {
                const std::optional<double> v = panel->plot == Plot::Time ? std::optional<double>(p.y()) : speedupOf(*s, p.y());
                if (!v)
                    continue;
                const QPointF at = panel->map(p.x(), *v);
                if (std::hypot(at.x() - pos.x(), at.y() - pos.y()) <= reach)
                    return tr("%1, %2").arg(s->label, pointText(*s, p));
            }
        }
    }
    return {};
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
