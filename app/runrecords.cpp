// SPDX-License-Identifier: MIT
#include "runrecords.h"

#include "coroutinedemorunner.h"
#include "demopanel.h"
#include "demorunner.h"
#include "eventloopmonitor.h"
#include "labclock.h"
#include "labdocks.h"
#include "mainwindow.h"
#include "spinnerwidget.h"

#include <QMetaEnum>

namespace RunRecords {

RunRecord of(MainWindow *window, DemoKind kind)
{
    const DemoRunner *runner = window->runner(kind);
    RunRecord record;
    record.demo = kind;
    record.runId = runner->currentRunId();
    record.startNs = runner->startedAtNs();
    record.endNs = runner->finishedAtNs() != 0 ? runner->finishedAtNs() : LabClock::nowNs();
    record.state = QString::fromLatin1(QMetaEnum::fromType<DemoRunner::State>().valueToKey(int(runner->state()))).toLower();
    if (runner->answer())
        record.answer = *runner->answer();
    record.error = runner->errorString();
    record.executor = runner->executor();
    if (const auto *coroutineRunner = qobject_cast<const CoroutineDemoRunner *>(runner)) {
        if (const auto hold = coroutineRunner->lastLoopHold(); hold && hold->first >= record.startNs)
            record.loopHold = LoopHold{hold->first, hold->second};
    }
    for (DemoKind other : allDemoKinds) {
        const SpinnerWidget *spinner = window->panel(other)->spinner();
        if (!spinner->wasSpinningDuring(record.startNs, record.endNs))
            continue;   // a spinner that stood still the whole run says nothing about it
        const FrameCounter &frames = spinner->frames();
        SpinnerFrames counted{DemoKinds::id(other), frames.paintedBetween(record.startNs, record.endNs),
                              FrameCounter::expectedBetween(record.startNs, record.endNs),
                              frames.longestGapBetween(record.startNs, record.endNs)};
        if (record.loopHold) {
            counted.paintedWhileLoopHeld = frames.paintedBetween(record.loopHold->fromNs, record.loopHold->toNs);
            counted.expectedWhileLoopHeld = FrameCounter::expectedBetween(record.loopHold->fromNs, record.loopHold->toNs);
        }
        record.frames.append(counted);
    }
    record.lag = window->docks()->monitor()->summaryBetween(record.startNs, record.endNs);
    record.events = RunReport::eventsOfRun(window->trace()->events(), kind, record.runId);
    return record;
}

} // namespace RunRecords
