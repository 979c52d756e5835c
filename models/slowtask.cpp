// SPDX-License-Identifier: MIT
#include "slowtask.h"

#include "cancellation.h"

namespace SlowTask {

std::optional<int> run(std::chrono::milliseconds duration, CancelToken &token)
{
    // Python: time.sleep(3). Here the sleep is a wait that cancel() interrupts.
    if (!token.sleepFor(duration))  // step: slow-task-sleeps
        return std::nullopt;
    return answer;  // step: result-ready
}

} // namespace SlowTask
