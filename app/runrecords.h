// SPDX-License-Identifier: MIT
#pragma once

#include "runreport.h"

class MainWindow;

namespace RunRecords {
// What the report says of the last run of `kind` in `window`: the runner's result and times, the
// frames of every spinner that turned during the run, the event-loop lag over it, its trace events.
RunRecord of(MainWindow *window, DemoKind kind);
} // namespace RunRecords
