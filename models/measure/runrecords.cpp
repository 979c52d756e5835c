// SPDX-License-Identifier: MIT
#include "runrecords.h"

#include "demorunner.h"
#include "eventloopmonitor.h"
#include "framelog.h"
#include "labclock.h"

using namespace Qt::Literals::StringLiterals;

namespace RunRecords {

RunRecord of(const DemoRunner &runner, const Trace &trace, const FrameLog &frames, const EventLoopMonitor &monitor)
{
    RunRecord record;
    record.demo = runner.demoId();
    record.runId = runner.currentRunId();
    record.startNs = runner.startedAtNs();
    record.endNs = runner.finishedAtNs() != 0 ? runner.finishedAtNs() : LabClock::nowNs();
    record.state = DemoRunner::stateId(runner.state());
    record.result = runner.resultJson();
    if (const QJsonValue answer = record.result.value(u"answer"_s); answer.isDouble())
        record.answer = answer.toInteger();
    record.error = runner.errorString();
    record.executor = runner.executorText();
    record.events = RunReport::eventsOfRun(trace.events(), record.demo, record.runId);
    record.loopHold = LoopHold::of(record.events);
    for (const QString &spinner : frames.demoSpinnerIds()) {
        if (!frames.wasSpinningDuring(spinner, record.startNs, record.endNs))
            continue;   // a spinner that stood still the whole run says nothing about it
        const SpinnerCount run = frames.countOf(spinner, record.startNs, record.endNs);
        if (!run.seen)
            continue;   // nor does one nobody could see (its lesson's tab was not open)
        SpinnerFrames counted{spinner, run.painted, run.expected, run.longestGapNs};
        if (record.loopHold) {
            const SpinnerCount held = frames.countOf(spinner, record.loopHold->fromNs, record.loopHold->toNs);
            counted.paintedWhileLoopHeld = held.painted;
            counted.expectedWhileLoopHeld = held.expected;
        }
        record.frames.append(counted);
    }
    record.lag = monitor.summaryBetween(record.startNs, record.endNs);
    return record;
}

} // namespace RunRecords
