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
    // For a workload that takes jobs ("job <text>" commands): the next job's text; blocks until one
    // comes; nullopt once the parent said "end", or went away, or the run was cancelled.
    std::function<std::optional<QByteArray>()> nextJob;
    // Prints "result <text>" (WorkerProtocol::isJobText(text)).
    std::function<void(QByteArrayView text)> sendResult;
};

struct Workload {
    // An error message for arguments the workload cannot use, checked before the child says
    // "ready"; empty when they are fine.
    std::function<QString(const QStringList &arguments)> checkArguments;
    // Runs the workload; its answer, or nullopt when cancelled.
    std::function<std::optional<int>(const Context &context)> run;
};

struct Registration {
    Registration(const QString &id, Workload workload);
};

// The workload registered as `id`, or nullptr.
const Workload *find(const QString &id);
QStringList ids();

} // namespace WorkerWorkloads
