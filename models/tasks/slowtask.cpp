// SPDX-License-Identifier: MIT
#include "slowtask.h"

#include "runcontrol.h"

using namespace Qt::Literals::StringLiterals;

namespace SlowTask {

std::optional<int> run(std::chrono::milliseconds duration, RunControl &control, const StepHook &reach)
{
    // Python: time.sleep(3). Here the sleep is a wait that a cancel interrupts at once.
    const bool slept = reach(u"slow-task-sleeps"_s) && control.sleepFor(duration);  // step: slow-task-sleeps
    if (!slept)
        return std::nullopt;
    return reach(u"result-ready"_s) ? std::optional(answer) : std::nullopt;  // step: result-ready
}

} // namespace SlowTask
