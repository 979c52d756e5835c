// SPDX-License-Identifier: MIT
#pragma once

#include "framecounter.h"

#include <QTimer>
#include <QWidget>

// The lesson's spinner: the book's \|/- characters inside a turning arc, painted by the GUI thread at
// 60 frames per second while spinning. The angle follows elapsed time, not frame count, so when the
// event loop is blocked the spinner stops, and jumps when the loop returns. It knows nothing about
// runners: setSpinning() is all. GUI thread only.
class SpinnerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SpinnerWidget(QWidget *parent = nullptr);

    bool isSpinning() const { return m_spinning; }
    // Every frame this widget painted, with its time (see FrameCounter).
    const FrameCounter &frames() const { return m_frames; }

    // Whether the spinner was turning during the whole of [fromNs, toNs] (LabClock times), as far
    // as its last start and stop tell.
    bool wasSpinningThrough(qint64 fromNs, qint64 toNs) const;
    // Whether it turned at any time within [fromNs, toNs], as far as its last start and stop tell.
    bool wasSpinningDuring(qint64 fromNs, qint64 toNs) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The character the book's spinner shows after `elapsedMs` (it changes every 100 ms).
    static QChar characterAt(qint64 elapsedMs);

public Q_SLOTS:
    void setSpinning(bool spinning);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer m_frameTimer;
    qint64 m_spinStartNs = 0;
    qint64 m_spinStopNs = 0;
    qint64 m_lastElapsedMs = 0;   // where the spinner stopped, so it rests there
    bool m_spinning = false;
    FrameCounter m_frames;
};
