// SPDX-License-Identifier: MIT
#include "runnerfactory.h"

#include "blockingsleeprunner.h"
#include "coroutinerunner.h"
#include "cpuboundrunner.h"
#include "processrunner.h"
#include "threadrunner.h"

namespace RunnerFactory {

std::unique_ptr<DemoRunner> make(DemoKind kind)
{
    switch (kind) {
    case DemoKind::Thread: return std::make_unique<ThreadRunner>();
    case DemoKind::Process: return std::make_unique<ProcessRunner>();
    case DemoKind::Coroutine: return std::make_unique<CoroutineRunner>();
    case DemoKind::BlockLoop: return std::make_unique<BlockingSleepRunner>();
    case DemoKind::BlockCpu:
    case DemoKind::CooperativeCpu: return std::make_unique<CpuBoundRunner>(kind);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace RunnerFactory
