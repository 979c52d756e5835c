// SPDX-License-Identifier: MIT
// The slow task as a workload of concurrency-lab-worker: `--workload slow-task --milliseconds N`.
// Compiled into the worker only (see models/CMakeLists.txt).
#include "slowtask.h"
#include "workerworkloads.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// "--milliseconds N": how long the task sleeps; -1 when the arguments are not that.
qint64 millisecondsIn(const QStringList &arguments)
{
    bool ok = false;
    const qint64 ms = arguments.size() == 2 && arguments.at(0) == u"--milliseconds"_s ? arguments.at(1).toLongLong(&ok) : -1;
    return ok && ms >= 0 ? ms : -1;
}

const WorkerWorkloads::Registration registration(u"slow-task"_s, {
    [](const QStringList &arguments) {
        return millisecondsIn(arguments) < 0 ? u"slow-task takes --milliseconds <whole number>"_s : QString();
    },
    [](const WorkerWorkloads::Context &context) {
        return SlowTask::run(std::chrono::milliseconds(millisecondsIn(context.arguments)), context.gate, context.reach);
    },
});

} // namespace
