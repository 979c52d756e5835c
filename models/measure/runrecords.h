// SPDX-License-Identifier: MIT
#pragma once

#include "runreport.h"

class DemoRunner;
class EventLoopMonitor;
class FrameLog;
class Trace;

namespace RunRecords {
// What the report says of the last run of `runner`: its result and times, the frames of every
// spinner in `frames` that turned during the run, the event-loop lag over it, its trace events and
// the interval it held the loop. GUI thread (the frame log and the monitor are GUI-thread objects).
RunRecord of(const DemoRunner &runner, const Trace &trace, const FrameLog &frames, const EventLoopMonitor &monitor);
} // namespace RunRecords
