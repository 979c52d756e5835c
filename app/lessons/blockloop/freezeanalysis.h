// SPDX-License-Identifier: MIT
#pragma once

#include "clicktiming.h"
#include "freezereport.h"
#include "lagstatistics.h"
#include "trace.h"

#include <QJsonObject>
#include <QList>

class FrameLog;

// Lesson 2's analysis of one finished run, from data only (no window): how long the run held the
// event loop (its trace's Blocked/Resumed pair of the GUI loop), how long it awaited before its
// work began (its lead-in: from its start to its coroutine's first Blocked or Busy event), how many
// frames the spinners that were turning throughout painted meanwhile against how many they should
// have, how late a click made during the hold was handled (for a run that never held the loop: the
// same over its work, after the lead-in), the lag the monitor measured over the
// run, and the cooperative loop's turns (its result). Any thread, given its own copies of the inputs.
struct FreezeRun {
    DemoId demo;
    qint64 startNs = 0;          // LabClock times of the run
    qint64 endNs = 0;
    qint64 totalMs = 0;
    QList<TraceEvent> events;    // the run's own events, in time order
    QJsonObject result;          // DemoRunner::resultJson(): "yields", "yieldEvery" for cooperative runs
    LagSummary lag;              // EventLoopMonitor::summaryBetween(startNs, endNs)
};

namespace FreezeAnalysis {
FreezeFacts analyse(const FreezeRun &run, const FrameLog &frames, const QList<ClickTiming> &clicks);
} // namespace FreezeAnalysis
