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

    // Frames and clicks are counted over the hold when the run held the loop, otherwise over its work
    // (after the lead-in): that is what a blocking run and its awaiting twin compare.
    const std::optional<LoopHold> hold = LoopHold::of(run.events);
    // The work of a run that never held the loop: from its unit's first event (the spinner turns by
    // then) or the end of its lead-in, to its unit's result.
    qint64 workStartNs = run.startNs + facts.leadInMs * 1'000'000;
    const auto firstOfUnit = std::find_if(run.events.cbegin(), run.events.cend(),
                                          [](const TraceEvent &event) { return event.unit != UnitKind::GuiLoop; });
    if (firstOfUnit != run.events.cend())
        workStartNs = std::max(workStartNs, firstOfUnit->timeNs);
    const qint64 fromNs = hold ? hold->fromNs : workStartNs;
    // The work ends with its unit's result, before the GUI thread's closing steps stop the spinners.
    qint64 workEndNs = run.endNs;
    for (const TraceEvent &event : run.events) {
        if (event.unit != UnitKind::GuiLoop && event.kind == TraceEventKind::Result)
            workEndNs = std::min(workEndNs, event.timeNs);
    }
    const qint64 toNs = hold ? hold->toNs : workEndNs;
    if (hold)
        facts.heldMs = hold->durationNs() / 1'000'000;
    if (toNs > fromNs) {
        // Only the spinners that turned through the whole window say what the run did to painting.
        // A demo counts once, with the frames of all its panels (FrameLog::framesOf()).
        for (const QString &spinner : frames.demoSpinnerIds()) {
            if (!frames.wasSpinningThrough(spinner, fromNs, toNs))
                continue;
            const SpinnerCount counted = frames.countOf(spinner, fromNs, toNs);   // on screen only
            facts.framesExpected += counted.expected;
            facts.framesPainted += counted.painted;
        }
        // A freeze: the click that waited for it. Otherwise any click during the work (on time, then).
        const auto click = hold ? ClickTiming::firstDuring(clicks, fromNs, toNs) : ClickTiming::firstPressedDuring(clicks, fromNs, toNs);
        if (click) {
            if (hold)
                facts.clickIntoFreezeMs = (click->pressedAtNs - fromNs) / 1'000'000;
            facts.clickLateMs = (click->handledAtNs - click->pressedAtNs) / 1'000'000;
        }
    }
    facts.yieldEvery = quint64(run.result.value(u"yieldEvery"_s).toInteger());
    facts.yields = quint64(run.result.value(u"yields"_s).toInteger());
    return facts;
}

} // namespace FreezeAnalysis
