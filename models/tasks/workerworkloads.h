// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class BlockingGate;

// The workloads concurrency-lab-worker can run, chosen by `--workload ID`. A workload file registers
// itself (WorkerWorkloads::Registration at namespace scope) and is compiled into the worker: a
// lesson lists it with lab_add_lesson(... WORKER_SOURCES ...), a shared one in models/tasks. The
// worker then speaks the line protocol of workerprotocol.h around it.
namespace WorkerWorkloads {

struct Context {
    QStringList arguments;                             // the workload's own arguments
    BlockingGate &gate;                                // cancelled when the parent goes away
    std::function<bool(const QString &stepId)> reach;  // prints "step <id>", waits in step mode
};

// Runs the workload; its answer, or nullopt when cancelled. Throws std::invalid_argument with a
// message for arguments it cannot use.
using Workload = std::function<std::optional<int>(const Context &context)>;

struct Registration {
    Registration(const QString &id, Workload workload);
};

// The workload registered as `id`, or nullptr.
const Workload *find(const QString &id);
QStringList ids();

} // namespace WorkerWorkloads
