// SPDX-License-Identifier: MIT
#include "framepacer.h"

#include "framecounter.h"

namespace {
constexpr qint64 nsPerSecond = 1'000'000'000;

qint64 deadlineNs(qint64 startNs, qint64 frame)
{
    return startNs + frame * nsPerSecond / FrameCounter::targetFps;
}
} // namespace

FramePacer::FramePacer(QObject *parent)
    : QObject(parent)
{
    connect(&m_wakeup, &PreciseWakeup::woken, this, &FramePacer::onWoken);
}

void FramePacer::start()
{
    m_startNs = PreciseWakeup::nowNs();
    m_frame = 0;
    scheduleNext(m_startNs);
}

void FramePacer::stop()
{
    m_wakeup.stop();
}

void FramePacer::onWoken()
{
    scheduleNext(PreciseWakeup::nowNs());
    Q_EMIT tick();
}

// Waits for the first deadline after `nowNs`. A wake-up a little early (the fallback timer rounds to
// the nearest millisecond) still counts for the deadline it aimed at: the next one aims later, so one
// deadline never gives two ticks.
void FramePacer::scheduleNext(qint64 nowNs)
{
    do
        ++m_frame;
    while (deadlineNs(m_startNs, m_frame) <= nowNs);
    m_wakeup.wakeAt(deadlineNs(m_startNs, m_frame));
}
