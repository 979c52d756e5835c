// SPDX-License-Identifier: MIT
// The slow task as a workload of concurrency-lab-worker: `--workload slow-task --milliseconds N`.
// Compiled into the worker only (see models/CMakeLists.txt).
#include "slowtask.h"
#include "workerworkloads.h"

#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<int> runSlowTask(const WorkerWorkloads::Context &context)
{
    const QStringList &arguments = context.arguments;
    bool ok = false;
    const qint64 ms = arguments.size() == 2 && arguments.at(0) == u"--milliseconds"_s ? arguments.at(1).toLongLong(&ok) : -1;
    if (!ok || ms < 0)
        throw std::invalid_argument("slow-task takes --milliseconds <whole number>");
    return SlowTask::run(std::chrono::milliseconds(ms), context.gate, context.reach);
}

const WorkerWorkloads::Registration registration(u"slow-task"_s, runSlowTask);

} // namespace
