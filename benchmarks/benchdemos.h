// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <chrono>
#include <memory>

class DemoRunner;
struct Demo;

// The app's demos as the benchmark drives them: made from the lesson registry, as the window makes
// them, and run to their end. GUI thread.
namespace BenchDemos {
// Demo `id` as the lesson registry has it. Aborts (qFatal) for an unknown id: the benchmark's list
// of demos is wrong then.
const Demo &demo(const DemoId &id);
// A runner of demo `id` with the classroom's parameters.
std::unique_ptr<DemoRunner> make(const DemoId &id);
// Starts `runner` and runs the event loop until it has finished (or `timeout` passed). Returns
// whether it finished.
bool runToEnd(DemoRunner &runner, std::chrono::milliseconds timeout);
// Runs the event loop until `runner` emits finished() or executorChanged(), or `timeout` passed.
void waitForSignal(DemoRunner &runner, bool executor, std::chrono::milliseconds timeout);
} // namespace BenchDemos
