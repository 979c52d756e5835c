// SPDX-License-Identifier: MIT
#include "framepacer.h"

#include "framecounter.h"
#include "labclock.h"

namespace {
constexpr qint64 nsPerSecond = 1'000'000'000;
constexpr qint64 nsPerMs = 1'000'000;

qint64 deadlineNs(qint64 startNs, qint64 frame)
{
    return startNs + frame * nsPerSecond / FrameCounter::targetFps;
}
} // namespace

FramePacer::FramePacer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FramePacer::onTimeout);
}

void FramePacer::start()
{
    m_startNs = LabClock::nowNs();
    m_frame = 0;
    scheduleNext(m_startNs);
}

void FramePacer::stop()
{
    m_timer.stop();
}

void FramePacer::onTimeout()
{
    scheduleNext(LabClock::nowNs());
    Q_EMIT tick();
}

// Waits for the first deadline after `nowNs`. Rounded up, so the timer never fires before its
// deadline and one deadline never gives two ticks.
void FramePacer::scheduleNext(qint64 nowNs)
{
    do
        ++m_frame;
    while (deadlineNs(m_startNs, m_frame) <= nowNs);
    const qint64 waitNs = deadlineNs(m_startNs, m_frame) - nowNs;
    m_timer.start(int((waitNs + nsPerMs - 1) / nsPerMs));
}
