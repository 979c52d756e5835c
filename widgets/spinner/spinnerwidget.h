// SPDX-License-Identifier: MIT
#pragma once

#include "framelog.h"
#include "framepacer.h"

#include <QWidget>

// The lesson's spinner: the book's \|/- characters inside a turning arc, painted by the GUI thread at
// 60 frames per second (FramePacer) while spinning. The angle follows elapsed time, not frame count, so when the
// event loop is blocked the spinner stops, and jumps when the loop returns. It knows nothing about
// runners: setSpinning() is all. GUI thread only.
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

public Q_SLOTS:
    void setSpinning(bool spinning);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    FramePacer m_framePacer;
    qint64 m_lastElapsedMs = 0;   // where the spinner stopped, so it rests there
    FrameTrack m_ownTrack;
    FrameTrack *m_track = &m_ownTrack;
};
