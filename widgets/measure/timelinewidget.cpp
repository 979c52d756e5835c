// SPDX-License-Identifier: MIT
// TimelineWidget, part 1: the model, zoom, scrolling, input and the layout (painting: timelinepaint.cpp).
#include "timelinewidget.h"

#include "labclock.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QStyle>
#include <QWheelEvent>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 secondNs = 1'000'000'000LL;
constexpr std::array zoomSpansNs{1 * secondNs, 2 * secondNs, 5 * secondNs, 10 * secondNs, 20 * secondNs,
                                 30 * secondNs, 60 * secondNs, 120 * secondNs, 300 * secondNs};
constexpr int defaultZoomIndex = 3;
static_assert(zoomSpansNs[defaultZoomIndex] == TimelineWidget::defaultSpanNs);
constexpr int frameIntervalMs = 16;
} // namespace

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

