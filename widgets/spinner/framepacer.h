// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

// Ticks at FrameCounter::targetFps (60 Hz) against absolute deadlines: start + k / 60 s. A plain
// QTimer can only repeat whole milliseconds (16 ms is 62.5 Hz, which would paint more frames than a
// 60 Hz display shows and more than reports expect), so each tick waits until the next deadline,
// rounded up to the millisecond: intervals of 16 and 17 ms, 60 a second on average. A tick that comes
// late skips the deadlines it missed instead of catching up in a burst, as a display would.
// GUI thread (or any one thread with an event loop).
class FramePacer : public QObject
{
    Q_OBJECT
public:
    explicit FramePacer(QObject *parent = nullptr);

    void start();   // the first tick comes one frame from now; restarts if active
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void tick();

private:
    void onTimeout();
    void scheduleNext(qint64 nowNs);

    QTimer m_timer;
    qint64 m_startNs = 0;
    qint64 m_frame = 0;   // the index of the deadline the timer waits for
};
