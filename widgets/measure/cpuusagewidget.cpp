// SPDX-License-Identifier: MIT
#include "cpuusagewidget.h"

#include "palettetone.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int maxHintRows = 16;   // more cores than this wrap into columns in sizeHint()
constexpr double busyBold = 0.75; // percentages from here are bold: the busy cores stand out

int percentOf(double fraction)
{
    return qRound(std::clamp(fraction, 0.0, 1.0) * 100);
}
} // namespace

// Sizes taken from the font, so the widget reads the same at classroom zoom.
struct CpuUsageWidget::Metrics {
    int line = 0;          // font height
    int margin = 0;
    int gap = 0;
    int labelWidth = 0;    // "CPU 63"
    int percentWidth = 0;  // "100 %" in bold
    int barWidth = 0;      // the latest sample's bar
    int idealRow = 0;      // a row with room for the graph
    int compactRow = 0;    // one line of text
    int minGraphWidth = 0;
    int cellWidth(int graphWidth) const { return labelWidth + gap + percentWidth + gap + graphWidth + gap / 2 + barWidth; }
};

struct CpuUsageWidget::Grid {
    int columns = 1;
    int rows = 1;
    int rowHeight = 0;
    int cellWidth = 0;
};

CpuUsageWidget::CpuUsageWidget(QWidget *parent)
    : QWidget(parent)
{
    retranslate();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setSampler(nullptr);
}

CpuUsageWidget::~CpuUsageWidget()
{
    // Whoever starts something stops it: an outside sampler must not keep sampling for nobody.
    if (m_sampler) {
        disconnect(m_sampler, nullptr, this, nullptr);
        m_sampler->stop();
    }
}

void CpuUsageWidget::setSampler(CpuUsageSampler *sampler)
{
    CpuUsageSampler *next = sampler ? sampler : &m_ownSampler;
    if (m_sampler == next)
        return;
    if (m_sampler) {
        disconnect(m_sampler, nullptr, this, nullptr);
        m_sampler->stop();
    }
    m_sampler = next;
    connect(m_sampler, &CpuUsageSampler::sampled, this, &CpuUsageWidget::onSampled);
    connect(m_sampler, &CpuUsageSampler::availableChanged, this, [this] {
        updateDescription();
        updateGeometry();
        update();
    });
    // An outside sampler deleted under us: fall back to the own one.
    if (m_sampler != &m_ownSampler)
        connect(m_sampler, &QObject::destroyed, this, [this] { setSampler(nullptr); });
    clearHistory();
    if (isVisible())
        m_sampler->start();
    updateGeometry();
}

int CpuUsageWidget::coreCount() const
{
    if (!m_history.isEmpty())
        return int(m_history.last().size());
    if (m_sampler && m_sampler->coreCount() > 0)
        return m_sampler->coreCount();
    return std::max(1, QThread::idealThreadCount());
}

void CpuUsageWidget::onSampled(const QList<double> &busyPerCore)
{
    if (busyPerCore.isEmpty())
        return;
    if (!m_history.isEmpty() && m_history.last().size() != busyPerCore.size()) {
        m_history.clear();
        updateGeometry();
    }
    m_history.append(busyPerCore);
    const qsizetype capacity = historyCapacity();
    if (m_history.size() > capacity)
        m_history.remove(0, m_history.size() - capacity);
    updateDescription();
    update();
}

qsizetype CpuUsageWidget::historyCapacity() const
{
    const qint64 intervalMs = m_sampler ? m_sampler->interval().count() : CpuUsageSampler::defaultInterval.count();
    return std::max<qint64>(2, historyMs / std::max<qint64>(1, intervalMs) + 1);
}

void CpuUsageWidget::clearHistory()
{
    m_history.clear();
    updateDescription();
    update();
}

void CpuUsageWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A new look starts a new history: the time it was hidden is not in it.
    clearHistory();
    if (m_sampler)
        m_sampler->start();
}

void CpuUsageWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_sampler)
        m_sampler->stop();
}

void CpuUsageWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateGeometry();
    }
}

void CpuUsageWidget::retranslate()
{
    setAccessibleName(tr("CPU use per core"));
    setToolTip(tr("How busy each CPU core was over the last 10 seconds, newest on the right. "
                  "The bar at the end of each row is the latest sample."));
    updateDescription();
}

void CpuUsageWidget::updateDescription()
{
    QString description;
    if (!m_sampler || !m_sampler->isAvailable()) {
        description = tr("Per-core CPU use is not available on this system.");
    } else if (m_history.isEmpty()) {
        description = tr("Measuring CPU use per core.");
    } else {
        QStringList parts;
        const QList<double> &last = m_history.last();
        for (qsizetype i = 0; i < last.size(); ++i)
            parts << tr("CPU %1: %2 %").arg(i).arg(percentOf(last.at(i)));
        description = parts.join(u", "_s);
    }
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

CpuUsageWidget::Metrics CpuUsageWidget::metrics() const
{
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    Metrics m;
    m.line = fm.height();
    m.margin = std::max(4, m.line / 3);
    m.gap = std::max(4, m.line / 2);
    m.labelWidth = fm.horizontalAdvance(tr("CPU %1").arg(std::max(9, coreCount() - 1)));
    m.percentWidth = QFontMetrics(bold).horizontalAdvance(tr("%1 %").arg(100));
    m.barWidth = std::max(6, m.line);
    m.idealRow = m.line * 2 + m.margin;
    m.compactRow = m.line + 2;
    m.minGraphWidth = m.line * 4;
    return m;
}

CpuUsageWidget::Grid CpuUsageWidget::gridFor(const QRect &area, int cores) const
{
    const Metrics m = metrics();
    const int minCell = m.cellWidth(m.minGraphWidth);
    const int maxColumns = std::clamp((area.width() + m.gap) / (minCell + m.gap), 1, cores);
    Grid g;
    // The fewest columns whose rows fit the height at one line each; with no such number, as many
    // columns as the width allows, and rows shrink below one line.
    g.columns = maxColumns;
    for (int columns = 1; columns <= maxColumns; ++columns) {
        const int rows = (cores + columns - 1) / columns;
        if (rows * m.compactRow <= area.height()) {
            g.columns = columns;
            break;
        }
    }
    g.rows = (cores + g.columns - 1) / g.columns;
    g.rowHeight = std::max(1, std::min(m.idealRow, area.height() / g.rows));
    g.cellWidth = (area.width() - (g.columns - 1) * m.gap) / g.columns;
    return g;
}

QSize CpuUsageWidget::sizeHint() const
{
    const Metrics m = metrics();
    if (!m_sampler || !m_sampler->isAvailable()) {
        const int w = fontMetrics().horizontalAdvance(tr("Per-core CPU use is not available on this system."));
        return {w + 2 * m.margin, m.line * 3};
    }
    const int cores = coreCount();
    const int columns = (cores + maxHintRows - 1) / maxHintRows;
    const int rows = (cores + columns - 1) / columns;
    const int rowHeight = rows <= 8 ? m.idealRow : m.compactRow + m.margin;
    const int cell = m.cellWidth(m.line * (columns == 1 ? 16 : 8));
    return {2 * m.margin + columns * cell + (columns - 1) * m.gap, 2 * m.margin + rows * rowHeight};
}

QSize CpuUsageWidget::minimumSizeHint() const
{
    const Metrics m = metrics();
    const int rows = std::min(coreCount(), 4);
    return {2 * m.margin + m.cellWidth(m.minGraphWidth), 2 * m.margin + rows * m.compactRow};
}

QColor CpuUsageWidget::barColor() const
{
    return PaletteTone::blueOn(palette());
}

void CpuUsageWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const Metrics m = metrics();
    const QRect area = rect().adjusted(m.margin, m.margin, -m.margin, -m.margin);

    if (!m_sampler || !m_sampler->isAvailable()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("Per-core CPU use is not available on this system."));
        return;
    }
    const int cores = coreCount();
    const Grid g = gridFor(area, cores);
    if (g.rows * m.compactRow > area.height()) {
        paintBarsOnly(painter, area, m, cores);
        return;
    }
    // Column-major: CPU 0, 1, 2 ... read down the first column, as in a list.
    for (int core = 0; core < cores; ++core) {
        const int column = core / g.rows;
        const int row = core % g.rows;
        const QRect cell(area.left() + column * (g.cellWidth + m.gap), area.top() + row * g.rowHeight, g.cellWidth,
                         g.rowHeight);
        painter.save();
        painter.setClipRect(cell);
        paintCore(painter, cell, m, core);
        painter.restore();
    }
}

void CpuUsageWidget::paintCore(QPainter &painter, const QRect &cell, const Metrics &m, int core) const
{
    const bool sampled = !m_history.isEmpty() && core < m_history.last().size();
    const double fraction = sampled ? std::clamp(m_history.last().at(core), 0.0, 1.0) : 0.0;

    painter.setPen(palette().color(QPalette::WindowText));
    painter.setFont(font());
    const QRect label(cell.left(), cell.top(), m.labelWidth, cell.height());
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, tr("CPU %1").arg(core));
    QFont percentFont = font();
    percentFont.setBold(sampled && fraction >= busyBold);
    painter.setFont(percentFont);
    const QRect percent(label.right() + 1 + m.gap, cell.top(), m.percentWidth, cell.height());
    painter.drawText(percent, Qt::AlignRight | Qt::AlignVCenter, sampled ? tr("%1 %").arg(percentOf(fraction)) : tr("--"));
    painter.setFont(font());

    // The boxes leave a little air above and below, so neighbouring rows do not touch.
    const int air = std::min(m.margin / 2, cell.height() / 6);
    const int graphLeft = percent.right() + 1 + m.gap;
    const QRect bar(cell.right() + 1 - m.barWidth, cell.top() + air, m.barWidth, cell.height() - 2 * air);
    const QRect graph(graphLeft, bar.top(), std::max(0, bar.left() - m.gap / 2 - graphLeft), bar.height());
    if (graph.width() > 2)
        paintGraph(painter, graph, core);

    painter.fillRect(bar, palette().base());
    if (sampled) {
        const double top = bar.bottom() + 1 - fraction * bar.height();
        painter.fillRect(QRectF(bar.left(), top, bar.width(), bar.bottom() + 1 - top), barColor());
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
}

void CpuUsageWidget::paintBarsOnly(QPainter &painter, const QRect &area, const Metrics &m, int cores) const
{
    // No room for a row per core: one bar each, side by side, numbered below; no history.
    const QRect bars(area.left(), area.top(), area.width(), std::max(1, area.height() - m.line));
    painter.fillRect(bars, palette().base());
    const double slot = double(bars.width()) / cores;
    const double gap = slot >= 4 ? 1 : 0;
    const bool sampled = !m_history.isEmpty();
    for (int core = 0; sampled && core < cores && core < m_history.last().size(); ++core) {
        const double fraction = std::clamp(m_history.last().at(core), 0.0, 1.0);
        const double top = bars.bottom() + 1 - fraction * bars.height();
        painter.fillRect(QRectF(bars.left() + core * slot, top, slot - gap, bars.bottom() + 1 - top), barColor());
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    const int half = bars.top() + bars.height() / 2;
    painter.drawLine(bars.left(), half, bars.right(), half);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bars.adjusted(0, 0, -1, -1));

    // Core numbers every so many bars, as far apart as they need.
    const int labelWidth = fontMetrics().horizontalAdvance(QString::number(cores - 1)) + m.gap;
    int every = 1;
    while (every * slot < labelWidth && every < cores)
        every *= 2;
    painter.setPen(palette().color(QPalette::WindowText));
    for (int core = 0; core < cores; core += every) {
        const double center = bars.left() + (core + 0.5) * slot;
        painter.drawText(QRectF(center - labelWidth / 2.0, bars.bottom() + 1, labelWidth, m.line), Qt::AlignCenter,
                         QString::number(core));
    }
}

void CpuUsageWidget::paintGraph(QPainter &painter, const QRect &box, int core) const
{
    painter.fillRect(box, palette().base());
    // Half way: a core at 50 % is easy to tell from one at 100 %.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    const int half = box.top() + box.height() / 2;
    painter.drawLine(box.left(), half, box.right(), half);

    const qsizetype capacity = historyCapacity();
    if (!m_history.isEmpty() && core < m_history.last().size()) {
        // The newest sample at the right edge, older ones scrolling to the left.
        const double dx = double(box.width()) / double(capacity - 1);
        const double bottom = box.bottom() + 1;
        const auto yOf = [&](double f) { return bottom - std::clamp(f, 0.0, 1.0) * box.height(); };
        const qsizetype count = m_history.size();
        QPainterPath area;
        QPainterPath line;
        for (qsizetype i = 0; i < count; ++i) {
            const double x = box.right() + 1 - double(count - 1 - i) * dx;
            const QPointF p(x, yOf(m_history.at(i).at(core)));
            if (i == 0) {
                area.moveTo(x, bottom);
                area.lineTo(p);
                line.moveTo(p);
            } else {
                area.lineTo(p);
                line.lineTo(p);
            }
        }
        area.lineTo(box.right() + 1, bottom);
        area.closeSubpath();
        painter.save();
        painter.setClipRect(box, Qt::IntersectClip);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = barColor();
        fill.setAlphaF(0.45);
        painter.fillPath(area, fill);
        painter.setPen(QPen(barColor(), std::max(1.5, fontMetrics().height() / 12.0)));
        painter.drawPath(line);
        painter.restore();
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box.adjusted(0, 0, -1, -1));
}
