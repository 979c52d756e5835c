// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "stepscript.h"

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class BlockingGate;

// The book's slow task: sleep, then answer 42. Written once; the QThread demo runs it on a worker
// thread and the QProcess demo runs the very same function in the child program. (The coroutine
// demos cannot block, so they await instead: see AwaitingSleepRunner.)
namespace SlowTask {

inline constexpr int answer = 42;
inline constexpr std::chrono::milliseconds defaultDuration{3000};
inline constexpr std::chrono::milliseconds minimumDuration{100};
inline constexpr std::chrono::milliseconds maximumDuration{60000};
// What tests run: short, so that every demo runs in both builds in a few seconds.
inline constexpr std::chrono::milliseconds testDuration{200};

// The steps of the book's spinner demos in order (see the "// step:" markers), with their titles, and `explanations` (step id -> QT_TRANSLATE_NOOP("StepCatalog", ...)
// source text) as the demo tells them; a step without one gets the common text, if there is one.
QList<DemoStep> steps(const QList<std::pair<QString, const char *>> &explanations);
// The GUI thread's part of them: start the spinner, (start the slow task,) ... stop the spinner,
// print the answer. `guiStartsWork`: the GUI thread starts the slow task itself (a thread, a
// child); false when the demo's own coroutine marks that step.
StepScript script(bool guiStartsWork);

// Called when the task reaches a step (see the "// step:" markers); it reports the step and, in step
// mode, waits there. Returns false when the run was cancelled meanwhile.
using StepHook = std::function<bool(const QString &stepId)>;

// Blocks the calling thread for `duration` (never call it on the GUI thread), then returns the
// answer; returns nullopt as soon as `gate` is cancelled.
std::optional<int> run(std::chrono::milliseconds duration, BlockingGate &gate, const StepHook &reach);

} // namespace SlowTask

// A run of the slow task: how long it sleeps.
struct SlowTaskParameters {
    std::chrono::milliseconds duration = SlowTask::defaultDuration;
};

// What it answers.
struct SlowTaskResult {
    int answer = SlowTask::answer;
    friend bool operator==(const SlowTaskResult &, const SlowTaskResult &) = default;
};
QString describe(const SlowTaskResult &result);      // "Answer: 42", translated
QString traceDetail(const SlowTaskResult &result);   // "42"
QJsonObject toJson(const SlowTaskResult &result);    // {"answer": 42}
