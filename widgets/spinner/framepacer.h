// SPDX-License-Identifier: MIT
#pragma once

#include "precisewakeup.h"

#include <QObject>

// Ticks at FrameCounter::targetFps (60 Hz) against absolute deadlines: the starts of the refreshes
// FrameCounter counts (FrameCounter::slotStartNs(), as a display's vsync) plus a small phase, so each
// tick's paint falls in a refresh of its own; each tick woken at its deadline by PreciseWakeup (a plain repeating QTimer can only repeat whole milliseconds:
// 16 ms is 62.5 Hz, more frames than a 60 Hz display shows and than reports expect). A tick that comes
// late skips the deadlines it missed instead of catching up in a burst, as a display would.
// GUI thread (or any one thread with an event loop).
class FramePacer : public QObject
{
    Q_OBJECT
public:
    explicit FramePacer(QObject *parent = nullptr);

    void start();   // the first tick comes one frame from now; restarts if active
    void stop();
    bool isActive() const { return m_wakeup.isActive(); }

Q_SIGNALS:
    void tick();

private:
    void onWoken();
    void scheduleNext(qint64 nowNs);
    // Frame `frame`'s deadline on PreciseWakeup's clock.
    qint64 deadlineNs(qint64 frame) const;

    PreciseWakeup m_wakeup;
    qint64 m_clockOffsetNs = 0;   // PreciseWakeup's clock minus LabClock's
    qint64 m_frame = 0;           // the refresh (FrameCounter::slotOf()) the wake-up waits for
};
