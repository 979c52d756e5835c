// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "teaching.h"

#include <QMap>
#include <QString>

#include <functional>

class DemoRunner;
class DemoScheduler;
class EventLoopMonitor;
class FrameLog;
class LabSettings;
class QAction;
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
    // The values of the lesson options given on the command line (LessonOption), by name; checked.
    QMap<QString, QString> commandLine;
    // Where the lesson remembers things between sessions (its own group of the app's settings).
    LabSettings *settings = nullptr;
    // Runs demos; measuring ones one at a time. A page that runs runners of its own (a sweep) goes
    // through it too, so they never share the cores with the window's runs.
    DemoScheduler *scheduler = nullptr;
    // The lesson's "Predict first" question, answer and teacher notes (Lesson::teaching): LessonPage
    // shows them above its panels.
    Teaching teaching = {};
};
