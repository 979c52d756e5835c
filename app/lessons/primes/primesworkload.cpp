// SPDX-License-Identifier: MIT
// Lesson 3's check as a workload of concurrency-lab-worker: `--workload primes`. The parent hands the
// child one number at a time ("job <index> <number>"), the way the book's procs.py puts numbers in a
// multiprocessing queue, and the child answers each ("result <index> <number> <1|0> <nanoseconds>");
// "end" means no more numbers. Its answer is how many primes it found. Compiled into the worker
// (WORKER_SOURCES in this lesson's CMakeLists.txt).
#include "blockinggate.h"
#include "labclock.h"
#include "primenumbers.h"
#include "primesjobs.h"
#include "workerworkloads.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Python (procs.py): def worker(jobs, results): while n := jobs.get(): results.put(check(n))
std::optional<int> checkJobs(const WorkerWorkloads::Context &context)
{
    int primes = 0;
    while (const std::optional<QByteArray> text = context.nextJob()) {
        const std::optional<PrimesJobs::Job> job = PrimesJobs::parseJob(*text);
        if (!job)
            return std::nullopt;   // not from our parent: stop rather than guess
        if (!context.reach(u"check-number"_s))
            return std::nullopt;
        const qint64 startNs = LabClock::nowNs();
        const std::optional<bool> prime = PrimeNumbers::isPrime(job->number, [&context] {  // step: check-number
            return !context.gate.isCancelled();
        });
        if (!prime)
            return std::nullopt;
        primes += *prime ? 1 : 0;
        context.sendResult(PrimesJobs::resultText({job->index, job->number, *prime, LabClock::nowNs() - startNs}));
    }
    if (context.gate.isCancelled())
        return std::nullopt;
    return primes;
}

const WorkerWorkloads::Registration registration(u"primes"_s, {
    [](const QStringList &arguments) { return arguments.isEmpty() ? QString() : u"primes takes no arguments"_s; },
    checkJobs,
});

} // namespace
