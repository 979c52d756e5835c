// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

// The texts of the primes workload's jobs and results on the worker's line protocol (see
// WorkerProtocol: "job <text>", "result <text>"). Shared by the child and the parent; strict, since a
// child's output is never trusted.
namespace PrimesJobs {

struct Job {
    int index = 0;         // position in the set
    quint64 number = 0;
};
struct Result {
    int index = 0;
    quint64 number = 0;
    bool prime = false;
    qint64 nanoseconds = 0;
};

QByteArray jobText(const Job &job);            // "<index> <number>"
std::optional<Job> parseJob(QByteArrayView text);
QByteArray resultText(const Result &result);   // "<index> <number> <1|0> <nanoseconds>"
std::optional<Result> parseResult(QByteArrayView text);

} // namespace PrimesJobs
