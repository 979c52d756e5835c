// SPDX-License-Identifier: MIT
#include "spinnerwidget.h"

#include "labclock.h"

#include <QPainter>
#include <QPaintEvent>

namespace {
constexpr qint64 msPerTurn = 1000;           // the arc turns once a second
constexpr qint64 msPerCharacter = 100;       // the book's spinner waits 0.1 s between characters
constexpr QStringView characters = u"\\|/-";
}

SpinnerWidget::SpinnerWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(&m_framePacer, &FramePacer::tick, this, &SpinnerWidget::onTick);
}

QSize SpinnerWidget::sizeHint() const
{
    // Its minimum: a lesson page makes room for its panels as their layouts prefer them, and the
    // spinner grows into whatever room is left (Expanding) rather than pushing the rest down.
    return minimumSizeHint();
}

QSize SpinnerWidget::minimumSizeHint() const
{
    // Three lines of its font: large enough to see turn from the back of the room, small enough for
    // a lesson's panels, their buttons and what a run measured to fit a 768 px projector.
    const int side = fontMetrics().height() * 3;
    return {side, side};
}

QChar SpinnerWidget::characterAt(qint64 elapsedMs)
{
    return characters[(elapsedMs / msPerCharacter) % characters.size()];
}

void SpinnerWidget::setReducedMotion(bool on)
{
    if (on == m_reducedMotion)
        return;
    m_reducedMotion = on;
    m_shownStep = -1;
    update();
}

qint64 SpinnerWidget::elapsedMsAt(qint64 nowNs) const
{
    return m_track->isSpinning() ? (nowNs - m_track->spinStartNs()) / 1'000'000 : m_lastElapsedMs;
}

void SpinnerWidget::onTick()
{
    if (!m_reducedMotion) {
        update();   // the frame is counted when it is painted
        return;
    }
    // A frame the event loop handled, as when it turns; painted only when the step changes.
    const qint64 nowNs = LabClock::nowNs();
    if (isVisible())
        m_track->recordFrame(nowNs);
    if (elapsedMsAt(nowNs) / stepSpanMs != m_shownStep)
        update();
}

void SpinnerWidget::setFrameTrack(FrameTrack *track)
{
    m_track = track ? track : &m_ownTrack;
    m_track->setOnScreen(isVisible(), LabClock::nowNs());
}

// Tell the track when this spinner can be seen: a hidden one (another lesson's tab is open) paints
// nothing, and reports must not read that as a frozen event loop.
void SpinnerWidget::showEvent(QShowEvent *event)
{
    m_track->setOnScreen(true, LabClock::nowNs());
    QWidget::showEvent(event);
}

void SpinnerWidget::hideEvent(QHideEvent *event)
{
    m_track->setOnScreen(false, LabClock::nowNs());
    QWidget::hideEvent(event);
}

void SpinnerWidget::setSpinning(bool spinning)
{
    if (spinning == m_track->isSpinning())
        return;
    m_track->setSpinning(spinning, LabClock::nowNs());
    if (spinning) {
        m_framePacer.start();
    } else {
        m_lastElapsedMs = (m_track->spinStopNs() - m_track->spinStartNs()) / 1'000'000;
        m_framePacer.stop();
    }
    update();
}

void SpinnerWidget::paintEvent(QPaintEvent *)
{
    const qint64 nowNs = LabClock::nowNs();
    if (!m_reducedMotion)
        m_track->recordFrame(nowNs);
    const bool spinning = m_track->isSpinning();
    const qint64 elapsedMs = elapsedMsAt(nowNs);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);

    const int side = qMin(width(), height());
    const qreal penWidth = qMax<qreal>(3.0, side / 14.0);
    const QRectF square((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    const QRectF ring = square.adjusted(penWidth, penWidth, -penWidth, -penWidth);

    const QColor trackColor = palette().color(QPalette::Mid);
    QColor arcColor = palette().color(QPalette::Highlight);
    if (!spinning)
        arcColor.setAlphaF(0.45f);

    painter.setPen(QPen(trackColor, penWidth / 2));
    painter.drawEllipse(ring);
    if (m_reducedMotion) {
        paintSteps(painter, ring, elapsedMs, spinning);
        return;
    }

    // Qt angles are in 1/16 degree, counter-clockwise; turn clockwise.
    const int startAngle = int(90 * 16 - (elapsedMs % msPerTurn) * 360 * 16 / msPerTurn);
    painter.setPen(QPen(arcColor, penWidth, Qt::SolidLine, Qt::RoundCap));
    painter.drawArc(ring, startAngle, -100 * 16);

    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setBold(true);
    font.setPixelSize(qMax(8, int(ring.height() * 0.45)));
    painter.setFont(font);
    painter.setPen(palette().color(spinning ? QPalette::WindowText : QPalette::PlaceholderText));
    painter.drawText(ring, Qt::AlignCenter, QString(characterAt(elapsedMs)));
}

void SpinnerWidget::paintSteps(QPainter &painter, const QRectF &ring, qint64 elapsedMs, bool spinning)
{
    // No turning: the book's characters in turn, one per step, and the seconds counted under them.
    m_shownStep = elapsedMs / stepSpanMs;
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    font.setBold(true);
    font.setPixelSize(qMax(8, int(ring.height() * 0.35)));
    painter.setFont(font);
    painter.setPen(palette().color(spinning ? QPalette::WindowText : QPalette::PlaceholderText));
    const QRectF upper(ring.left(), ring.top(), ring.width(), ring.height() * 0.6);
    painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, QString(characters[m_shownStep % characters.size()]));
    QFont countFont = this->font();
    countFont.setPixelSize(qMax(7, int(ring.height() * 0.16)));
    painter.setFont(countFont);
    const QRectF lower(ring.left(), upper.bottom(), ring.width(), ring.height() * 0.25);
    //: The reduced-motion spinner's count: the seconds it has been spinning, e.g. "2.4 s"
    painter.drawText(lower, Qt::AlignHCenter | Qt::AlignTop,
                     tr("%1 s").arg(double(m_shownStep * stepSpanMs) / 1000.0, 0, 'f', 1));
}
