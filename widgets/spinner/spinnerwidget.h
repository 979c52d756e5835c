// SPDX-License-Identifier: MIT
#pragma once

#include "framelog.h"
#include "framepacer.h"

#include <QWidget>

// The lesson's spinner: the book's \|/- characters inside a turning arc, painted by the GUI thread at
// 60 frames per second (FramePacer) while spinning. The angle follows elapsed time, not frame count, so when the
// event loop is blocked the spinner stops, and jumps when the loop returns. It knows nothing about
// runners: setSpinning() is all. With reduced motion it does not turn: it shows that it lives by a
// step a few times a second (the book's character and the seconds counted, stepSpanMs apart), so a
// freeze still shows as a count that stops and then jumps; its frames are still counted at 60 Hz (the
// pacer's ticks the event loop handled), though it repaints only when the step changes. GUI thread only.
class SpinnerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SpinnerWidget(QWidget *parent = nullptr);

    bool isSpinning() const { return m_track->isSpinning(); }
    // Every frame this widget painted and when it turned; its own track unless setFrameTrack() gave
    // one (the window's FrameLog, which analyses read).
    const FrameTrack &track() const { return *m_track; }
    const FrameCounter &frames() const { return m_track->frames(); }
    // Where to record from now on; must outlive the widget. Null: its own track again.
    void setFrameTrack(FrameTrack *track);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The character the book's spinner shows after `elapsedMs` (it changes every 100 ms).
    static QChar characterAt(qint64 elapsedMs);

    // Reduced motion: a step every stepSpanMs instead of a turning arc (View > Reduced Motion).
    static constexpr qint64 stepSpanMs = 200;
    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool on);

public Q_SLOTS:
    void setSpinning(bool spinning);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onTick();
    qint64 elapsedMsAt(qint64 nowNs) const;
    void paintSteps(QPainter &painter, const QRectF &ring, qint64 elapsedMs, bool spinning);

    FramePacer m_framePacer;
    bool m_reducedMotion = false;
    qint64 m_shownStep = -1;   // with reduced motion: the step painted last
    qint64 m_lastElapsedMs = 0;   // where the spinner stopped, so it rests there
    FrameTrack m_ownTrack;
    FrameTrack *m_track = &m_ownTrack;
};
