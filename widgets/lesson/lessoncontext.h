// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"

#include <functional>

class DemoRunner;
class EventLoopMonitor;
class FrameLog;
class Trace;

// What the window gives a lesson's page: the runners (one per demo, owned by the window), the
// shared measurements, and the demos' descriptors. Every pointer outlives the page.
struct LessonContext {
    QString lessonId;                      // the lesson whose page this is
    QList<DemoId> lessonDemos;             // the demos it registers (its page may show others too)
    std::function<DemoRunner *(const DemoId &)> runnerOf;
    DemoCatalog demos;
    EventLoopMonitor *monitor = nullptr;   // the GUI thread's event loop
    FrameLog *frames = nullptr;            // every spinner records its frames here
    Trace *trace = nullptr;
};
