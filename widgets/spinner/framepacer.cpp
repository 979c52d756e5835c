// SPDX-License-Identifier: MIT
#include "framepacer.h"

#include "framecounter.h"
#include "labclock.h"

namespace {
// How far past a refresh's start its tick comes: more than the two clocks' offset can be off by (the
// two reads of start()), so that the paint is never counted in the refresh before.
constexpr qint64 phaseNs = 1'000'000;
} // namespace

FramePacer::FramePacer(QObject *parent)
    : QObject(parent)
{
    connect(&m_wakeup, &PreciseWakeup::woken, this, &FramePacer::onWoken);
}

void FramePacer::start()
{
    const qint64 labNowNs = LabClock::nowNs();
    const qint64 nowNs = PreciseWakeup::nowNs();
    m_clockOffsetNs = nowNs - labNowNs;
    m_frame = FrameCounter::slotOf(labNowNs);   // the first tick is the next refresh's
    scheduleNext(nowNs);
}

qint64 FramePacer::deadlineNs(qint64 frame) const
{
    return FrameCounter::slotStartNs(frame) + phaseNs + m_clockOffsetNs;
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
    while (deadlineNs(m_frame) <= nowNs);
    m_wakeup.wakeAt(deadlineNs(m_frame));
}
