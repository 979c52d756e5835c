// SPDX-License-Identifier: MIT
#pragma once

#include "blockinggate.h"
#include "workerworkloads.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <chrono>
#include <optional>

class QSystemSemaphore;

// Part A's process demos: what N children of concurrency-lab-worker do with the counter (the
// "counter" workload, countingworkload.cpp), and the few words they exchange with their parent
// (CountingChildren) on top of the worker's line protocol.
enum class CountingMode {
    Isolated,          // each child adds to its own copy of the counter
    SharedUnlocked,    // one counter in shared memory, read-add-write with no lock
    SharedSemaphore,   // the same, under a QSystemSemaphore used as a lock
    Messages,          // each child counts on its own and sends its count to the parent
};

namespace ChildCounting {

// How a child's loop meets its steps. Its first tracedIncrements increments, and every one in step
// mode, print each step ("step read": the parent's trace and code viewer follow it) and in step mode
// wait there for the parent's "step". The others only look for a cancel every cancelCheckInterval
// increments: a line on a pipe costs microseconds, the increment itself nanoseconds.
class Steps
{
public:
    static constexpr qint64 tracedIncrements = 20;
    static constexpr qint64 cancelCheckInterval = 1024;

    explicit Steps(const WorkerWorkloads::Context &context) : m_context(context) {}

    // A new increment begins; false once the run is cancelled (the parent went away).
    bool beginIncrement()
    {
        ++m_increment;
        if (m_stepMode || m_increment <= tracedIncrements || m_increment % cancelCheckInterval == 0) {
            if (m_context.gate.isCancelled())
                return false;
            m_stepMode = m_context.gate.isGated();   // step mode may be switched on or off mid-run
        }
        m_traced = m_stepMode || m_increment <= tracedIncrements;
        return true;
    }
    // At a step marker: prints the step on a traced increment and, in step mode, waits for the
    // parent. False when cancelled there.
    bool reach(const QString &stepId) const { return !m_traced || m_context.reach(stepId); }

private:
    const WorkerWorkloads::Context &m_context;
    qint64 m_increment = 0;
    bool m_stepMode = false;
    bool m_traced = false;
};

// The isolated demo's counter, defined in isolatedcount.cpp: every process that runs this code has
// one of its own, the app (the parent) too. Python: the module-level `counter`.
extern qint64 counter;

// One child's loop, one function per demo (one file each, as the code viewer shows them). Each
// returns how many times this child added 1, or nullopt when it was cancelled.
// Adds to this process's own `counter`. (isolatedcount.cpp)
std::optional<qint64> addToOwnCopy(Steps &steps, qint64 increments);
// Counts in a local variable, then sends the count to the parent. (messagecount.cpp)
std::optional<qint64> countAndSend(const WorkerWorkloads::Context &context, Steps &steps, qint64 increments);
// Read, add, write on the counter in shared memory, with no lock. `widen` yields the CPU between the
// read and the write, so another child runs inside that window. (sharedmemoryincrement.cpp)
std::optional<qint64> addUnlocked(std::atomic_ref<qint64> shared, Steps &steps, qint64 increments, bool widen);
// The same, each increment under `lock`; with `widen` the child yields while it holds the lock, and the
// others wait. (semaphoreincrement.cpp)
std::optional<qint64> addUnderSemaphore(std::atomic_ref<qint64> shared, QSystemSemaphore &lock, Steps &steps,
                                        qint64 increments, bool widen);

} // namespace ChildCounting

// The words of a counting child and its parent, as "result <text>" lines (child to parent) and
// "job <text>" commands (parent to child) of the worker's protocol (WorkerProtocol::isJobText()).
namespace CountingWords {

inline constexpr QByteArrayView set = "set";             // the child is ready to count
inline constexpr QByteArrayView go = "go";               // the parent, to all once all are set
inline constexpr QByteArrayView noSegment = "no-segment";       // a child could not attach
inline constexpr QByteArrayView noSemaphore = "no-semaphore";

// steady_clock is CLOCK_MONOTONIC on Linux: one clock for every process on the machine, so the
// parent can compare a child's time with its own. (LabClock counts from each process's start.)
inline qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// "done <ns>": the child stopped counting at steadyNowNs() == ns.
inline QByteArray done(qint64 steadyNs) { return "done " + QByteArray::number(steadyNs); }
// "count <n>": the messages demo's count, sent by the child.
inline QByteArray count(qint64 n) { return "count " + QByteArray::number(n); }

// The number after `word` in "<word> <number>", or nullopt.
inline std::optional<qint64> numberAfter(QByteArrayView word, QByteArrayView text)
{
    if (!text.startsWith(word) || text.size() <= word.size() + 1 || text.at(word.size()) != ' ')
        return std::nullopt;
    bool ok = false;
    const qint64 n = text.sliced(word.size() + 1).toByteArray().toLongLong(&ok);
    return ok && n >= 0 ? std::optional(n) : std::nullopt;
}

} // namespace CountingWords
