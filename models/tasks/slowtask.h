// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class RunControl;

// The book's slow task: sleep, then answer 42. Written once; the QThread demo runs it on a worker
// thread and the QProcess demo runs the very same function in the child program. (The coroutine
// demo cannot block, so it awaits instead: see CoroutineRunner.)
namespace SlowTask {

inline constexpr int answer = 42;
inline constexpr std::chrono::milliseconds defaultDuration{3000};
inline constexpr std::chrono::milliseconds minimumDuration{100};
inline constexpr std::chrono::milliseconds maximumDuration{60000};

// Called when the task reaches a step (see the "// step:" markers); it reports the step and, in step
// mode, waits there. Returns false when the run was cancelled meanwhile.
using StepHook = std::function<bool(const QString &stepId)>;

// Blocks the calling thread for `duration` (never call it on the GUI thread), then returns the
// answer; returns nullopt as soon as `control` is cancelled.
std::optional<int> run(std::chrono::milliseconds duration, RunControl &control, const StepHook &reach);

} // namespace SlowTask
