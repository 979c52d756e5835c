// SPDX-License-Identifier: MIT
#include "lagmeterwidget.h"

#include "labelplacer.h"

#include "labclock.h"
#include "okabeito.h"
#include "palettetone.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int repaintIntervalMs = 33;
constexpr qint64 msNs = 1'000'000;
constexpr qint64 freezeLabelNs = 100 * msNs;  // gaps from this long get their length written on them
constexpr qint64 currentWindowNs = 500 * msNs; // the big number: the worst lag of the last half second

QString formatMs(double ms)
{
    if (ms < 10)
        return LagMeterWidget::tr("%1 ms").arg(ms, 0, 'f', 1);
    return LagMeterWidget::tr("%1 ms").arg(qRound(ms));
}
} // namespace

LagMeterWidget::LagMeterWidget(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Event-loop lag meter"));
    setToolTip(tr("How late the GUI event loop answers a 10 ms heartbeat, over the last 10 seconds. "
                  "Above the 16.7 ms line the window misses frames."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_repaintTimer.setInterval(repaintIntervalMs);
    connect(&m_repaintTimer, &QTimer::timeout, this, &LagMeterWidget::onRepaintTimer);
}

void LagMeterWidget::setMonitor(EventLoopMonitor *monitor)
{
    m_monitor = monitor;
    m_paintedRevision = ~quint64(0);
    update();
}

void LagMeterWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_repaintTimer.start();
}

void LagMeterWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_repaintTimer.stop();
}

void LagMeterWidget::onRepaintTimer()
{
    // A running monitor scrolls the graph; a stopped one only needs a repaint for new samples.
    if (m_monitor && (m_monitor->isRunning() || m_monitor->revision() != m_paintedRevision))
        update();
}

double LagMeterWidget::scaleOf(double lagMs)
{
    // log10(1 + ms): 0 ms at the bottom, 1 ms at 8 %, 16.7 ms at 34 %, 1 s at 81 %, 5 s at the top.
    return std::clamp(std::log10(1 + std::max(0.0, lagMs)) / std::log10(1 + scaleTopMs), 0.0, 1.0);
}

QSize LagMeterWidget::sizeHint() const
{
    const int h = fontMetrics().height();
    return {std::max(600, h * 40), std::max(140, h * 8)};
}

QSize LagMeterWidget::minimumSizeHint() const
{
    const int h = fontMetrics().height();
    return {h * 16, h * 6};
}

void LagMeterWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QFontMetrics fm = fontMetrics();
    const int margin = std::max(4, fm.height() / 3);
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    const QRect header(area.left(), area.top(), area.width(), int(fm.height() * 1.7));
    const QRect graph(area.left(), header.bottom() + margin, area.width(), area.bottom() - header.bottom() - margin);

    if (!m_monitor) {
        paintHeader(painter, header, {}, -1);
        paintGraph(painter, graph, {}, LabClock::nowNs() - windowNs);
        return;
    }
    const qint64 nowNs = LabClock::nowNs();
    const qint64 leftNs = nowNs - windowNs;
    const QList<LagSample> samples = m_monitor->samplesBetween(leftNs, nowNs);
    const LagSummary window = shownSummary(samples);
    const LagSummary current = shownSummary(LagStatistics::samplesBetween(samples, nowNs - currentWindowNs, nowNs));
    paintHeader(painter, header, window, samples.isEmpty() ? -1 : current.maxNs);
    paintGraph(painter, graph, samples, leftNs);
    m_paintedRevision = m_monitor->revision();
}

LagSummary LagMeterWidget::shownSummary(const QList<LagSample> &samples)
{
    if (samples.isEmpty())
        return {};
    return LagStatistics::summarize(samples, samples.first().startNs(), samples.last().timeNs);
}

void LagMeterWidget::paintHeader(QPainter &painter, const QRect &area, const LagSummary &window,
                                 qint64 currentLagNs) const
{
    // The live number, large: the worst lag of the last half second.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    painter.setFont(big);
    const QString number = currentLagNs < 0 ? tr("--") : formatMs(LabClock::nsToMs(currentLagNs));
    const bool late = currentLagNs > qint64(frameBudgetMs * msNs);
    painter.setPen(late ? OkabeIto::vermillion().darker(130) : palette().color(QPalette::WindowText));
    const int numberWidth = QFontMetrics(big).horizontalAdvance(u"0000 ms"_s);
    painter.drawText(QRect(area.left(), area.top(), numberWidth, area.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     number);
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::WindowText));
    const QRect rest = area.adjusted(numberWidth + fontMetrics().height() / 2, 0, 0, 0);
    painter.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, tr("event-loop lag"));
    const QString stats = window.sampleCount == 0
        ? tr("no samples")
        : tr("last 10 s: max %1, p99 %2").arg(formatMs(LabClock::nsToMs(window.maxNs)),
                                               formatMs(LabClock::nsToMs(window.p99Ns)));
    painter.drawText(rest, Qt::AlignRight | Qt::AlignVCenter, stats);
}

void LagMeterWidget::paintGraph(QPainter &painter, const QRect &area, const QList<LagSample> &samples,
                                qint64 leftNs) const
{
    const QFontMetrics fm = fontMetrics();
    // The scale's labels in a gutter on the left, so neither bars nor lines run through them.
    const int gutter = fm.horizontalAdvance(tr("%1 ms").arg(100)) + fm.height() / 2;
    const QRect graph = area.adjusted(gutter, 0, 0, 0);
    painter.fillRect(graph, palette().base());
    const auto yOf = [&](double lagMs) { return graph.bottom() - scaleOf(lagMs) * (graph.height() - 1); };
    const double nsPerPx = double(windowNs) / std::max(1, graph.width());
    const auto xOf = [&](qint64 t) { return graph.left() + double(t - leftNs) / nsPerPx; };

    // Grid: decades of the log scale.
    static constexpr std::array<double, 4> decadesMs{1, 10, 100, 1000};
    for (double ms : decadesMs) {
        const int y = int(yOf(ms));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
        painter.drawLine(graph.left(), y, graph.right(), y);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString label = ms >= 1000 ? tr("%1 s").arg(ms / 1000) : tr("%1 ms").arg(ms);
        painter.drawText(QRect(area.left(), y - fm.height() / 2, gutter - fm.height() / 4, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }

    // Bars: the worst lag per pixel column; above the frame budget in vermillion, below in blue.
    painter.save();
    painter.setClipRect(graph);
    QList<double> columnMs(graph.width(), -1);
    for (const LagSample &s : samples) {
        const int column = int(xOf(s.timeNs)) - graph.left();
        if (column >= 0 && column < columnMs.size())
            columnMs[column] = std::max(columnMs.at(column), LabClock::nsToMs(s.lagNs));
    }
    for (int c = 0; c < columnMs.size(); ++c) {
        if (columnMs.at(c) < 0)
            continue;
        const QColor color = columnMs.at(c) > frameBudgetMs ? OkabeIto::vermillion() : PaletteTone::blueOn(palette());
        const double top = std::min(yOf(columnMs.at(c)), double(graph.bottom() - 1));
        painter.fillRect(QRectF(graph.left() + c, top, 1, graph.bottom() - top + 1), color);
    }

    // Freezes: the span the loop was away, hatched, and the spike labelled with its length; the
    // labels never overlap (newest first: it is the one the class is looking at).
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    // The frame budget's label first: on the left (freezes are recent, so usually on the right), and
    // no freeze label over it.
    const int budgetY = int(yOf(frameBudgetMs));
    const QString budget = tr("16.7 ms frame budget");
    const QRect budgetLabel(graph.left() + 4, budgetY - fm.height() - 1, fm.horizontalAdvance(budget) + 4,
                            fm.height());
    QList<QRectF> wantedPlates{QRectF(budgetLabel)};
    QStringList labels{QString()};
    for (auto it = samples.crbegin(); it != samples.crend(); ++it) {
        const LagSample &s = *it;
        if (s.intervalNs < freezeLabelNs)
            continue;
        const double x0 = std::max(double(graph.left()), xOf(s.startNs()));
        const double x1 = xOf(s.timeNs);
        const double top = yOf(LabClock::nsToMs(s.lagNs));
        painter.fillRect(QRectF(x0, top, x1 - x0, graph.bottom() - top), QBrush(OkabeIto::vermillion(), Qt::BDiagPattern));
        painter.fillRect(QRectF(x1 - 1.5, top, 3, graph.bottom() - top), OkabeIto::vermillion());
        const QString label = tr("%1 freeze").arg(formatMs(LabClock::nsToMs(s.intervalNs)));
        const int w = boldMetrics.horizontalAdvance(label);
        // Left of the spike when there is room (the spike is usually near "now", at the right).
        const double lx = x1 - w - 4 >= graph.left() ? x1 - w - 4 : x1 + 4;
        wantedPlates << QRectF(lx - 2, std::max(double(graph.top()), top), w + 4, boldMetrics.height());
        labels << label;
    }
    const QList<std::optional<QRectF>> plates = LabelPlacer::place(wantedPlates, QRectF(graph));
    painter.setFont(bold);
    for (qsizetype i = 1; i < plates.size(); ++i) {
        if (!plates.at(i))
            continue;   // no free place: the hatched span and the spike still show the freeze
        painter.fillRect(*plates.at(i), palette().base());
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(*plates.at(i), Qt::AlignCenter, labels.at(i));
    }
    painter.setFont(font());

    // The frame budget: above it, the window misses frames.
    painter.setPen(QPen(palette().color(QPalette::Text), 2, Qt::DashLine));
    painter.drawLine(graph.left(), budgetY, graph.right(), budgetY);
    painter.fillRect(budgetLabel, palette().base());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(budgetLabel, Qt::AlignCenter, budget);
    painter.restore();

    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(graph.adjusted(0, 0, -1, -1));
}
