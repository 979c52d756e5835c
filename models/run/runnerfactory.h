// SPDX-License-Identifier: MIT
#pragma once

#include "demorunner.h"

#include <memory>

namespace RunnerFactory {
// The runner of each demo: ThreadRunner, ProcessRunner, CoroutineRunner, BlockingSleepRunner or a
// CpuBoundRunner. GUI thread; the caller owns it.
std::unique_ptr<DemoRunner> make(DemoKind kind);
} // namespace RunnerFactory
