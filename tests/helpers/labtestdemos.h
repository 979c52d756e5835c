// SPDX-License-Identifier: MIT
#pragma once

// What many tests share about demos: the registry, runners of test size, data rows per demo, and
// the answer and steps a run left behind. One copy here instead of one per test.

#include "demorunner.h"
#include "lessonregistry.h"
#include "trace.h"

#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace LabTest {

// The app's lessons (LessonRegistry::standard()), built once.
const LessonRegistry &registry();
// The registered demo `id`; fails the test (and aborts) when there is none.
const Demo &demo(const DemoId &id);
// Every registered demo id, in registry order.
QList<DemoId> allDemoIds();
// Lesson 1's three demos: "thread", "process", "coroutine".
QList<DemoId> spinnerDemoIds();

// A new runner of demo `id`, with the demo's test-size parameters unless `size` says otherwise.
std::unique_ptr<DemoRunner> makeRunner(const DemoId &id, RunSize size = RunSize::Test);
// Sets the run's duration (for demos that take one) and starts a run.
void start(DemoRunner &runner, std::chrono::milliseconds duration);
// The "answer" of the runner's last result, if it has one.
std::optional<int> answerOf(const DemoRunner &runner);

// A data column "demo" (DemoId) and one row per id, named by it.
void addDemoRows(const QList<DemoId> &ids);

// The step ids the units of `demo`'s runs passed, in order; `unitsOnly` leaves out the GUI thread's.
QStringList stepsIn(const Trace &trace, const DemoId &demo = {}, bool unitsOnly = false);

} // namespace LabTest
