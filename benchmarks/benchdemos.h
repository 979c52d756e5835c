// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <chrono>
#include <memory>

class DemoRunner;

// The app's demos as the benchmark drives them: made from the lesson registry, as the window makes
// them, and run to their end. GUI thread.
namespace BenchDemos {
// A runner of demo `id` with the classroom's parameters. Aborts (qFatal) for an unknown id: the
// benchmark's list of demos is wrong then.
std::unique_ptr<DemoRunner> make(const DemoId &id);
// Starts `runner` and runs the event loop until it has finished (or `timeout` passed). Returns
// whether it finished.
bool runToEnd(DemoRunner &runner, std::chrono::milliseconds timeout);
// Runs the event loop until `runner` emits finished() or executorChanged(), or `timeout` passed.
void waitForSignal(DemoRunner &runner, bool executor, std::chrono::milliseconds timeout);
} // namespace BenchDemos
