// SPDX-License-Identifier: MIT
#include "freezeanalysis.h"

#include "framelog.h"
#include "loophold.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace FreezeAnalysis {

FreezeFacts analyse(const FreezeRun &run, const FrameLog &frames, const QList<ClickTiming> &clicks)
{
    FreezeFacts facts;
    facts.demo = run.demo;
    facts.totalMs = run.totalMs;
    facts.longestLagMs = run.lag.longestGapNs / 1'000'000;
    facts.p99LagMs = run.lag.p99Ns / 1'000'000;
    // The work begins where the coroutine blocks or computes; before that it awaited its lead-in.
    for (const TraceEvent &event : run.events) {
        if (event.unit == UnitKind::Coroutine
            && (event.kind == TraceEventKind::Blocked || event.kind == TraceEventKind::Busy)) {
            facts.leadInMs = std::max<qint64>(0, (event.timeNs - run.startNs) / 1'000'000);
            break;
        }
    }

    if (const std::optional<LoopHold> hold = LoopHold::of(run.events)) {
        facts.heldMs = hold->durationNs() / 1'000'000;
        // Only the spinners that turned through the whole hold say what it did to painting.
        // A demo counts once, with the frames of all its panels (FrameLog::framesOf()).
        for (const QString &spinner : frames.demoSpinnerIds()) {
            if (!frames.wasSpinningThrough(spinner, hold->fromNs, hold->toNs))
                continue;
            const SpinnerCount held = frames.countOf(spinner, hold->fromNs, hold->toNs);   // on screen only
            facts.framesExpected += held.expected;
            facts.framesPainted += held.painted;
        }
        if (const auto click = ClickTiming::firstDuring(clicks, hold->fromNs, hold->toNs)) {
            facts.clickIntoFreezeMs = (click->pressedAtNs - hold->fromNs) / 1'000'000;
            facts.clickLateMs = (click->handledAtNs - click->pressedAtNs) / 1'000'000;
        }
    }
    facts.yieldEvery = quint64(run.result.value(u"yieldEvery"_s).toInteger());
    facts.yields = quint64(run.result.value(u"yields"_s).toInteger());
    return facts;
}

} // namespace FreezeAnalysis
