// SPDX-License-Identifier: MIT
#pragma once

#include "asyncmutex.h"
#include "executionunit.h"
#include "trace.h"

#include <QCoro/QCoroTask>
#include <QPointer>

#include <memory>

class CoroutineCounterRunner;
class CoroutineGate;

// The counter the coroutines share: a plain integer (one thread: no atomic needed), and the
// asynchronous lock some of them take.
struct CoroutineCounter {
    qint64 value = 0;
    AsyncMutex mutex;
};

// One counting coroutine's view of its run: where it records its steps (its first few increments,
// for the timeline and the code viewer), and whether the run was cancelled. Lives in its coroutine.
class CoroutineUnit
{
public:
    static constexpr int tracedIncrements = 20;

    CoroutineUnit(QPointer<CoroutineCounterRunner> runner, quint64 runId, ExecutionUnit lane, QPointer<CoroutineGate> gate);

    void beginIncrement() { ++m_increment; }
    // At a step marker: records it on a traced increment. False once the run is cancelled or stale.
    bool reach(const QString &stepId);
    // Records what the coroutine does now (waiting for the lock, holding it) on its timeline lane, on
    // traced increments only.
    void record(TraceEventKind kind, const QString &detail);
    // One turn of the event loop for the other coroutines (asyncio.sleep(0)); false when cancelled.
    QCoro::Task<bool> yieldToLoop();

private:
    QPointer<CoroutineCounterRunner> m_runner;
    const quint64 m_runId;
    const ExecutionUnit m_lane;
    QPointer<CoroutineGate> m_gate;
    qint64 m_increment = 0;
};

// One increment of the shared counter by a coroutine, three ways (one file each, as the code viewer
// shows them). Each evaluates to false when the run was cancelled.
namespace CoroutineIncrements {
// Read, add, write, with no co_await between: nothing else runs in between. (coroutineincrement.cpp)
QCoro::Task<bool> withoutAwait(std::shared_ptr<CoroutineCounter> counter, CoroutineUnit &unit);
// A co_await between the read and the write: the others run there, and updates get lost.
// (awaitingincrement.cpp)
QCoro::Task<bool> awaitingInside(std::shared_ptr<CoroutineCounter> counter, CoroutineUnit &unit);
// The same under an AsyncMutex: nothing lost. (lockedincrement.cpp)
QCoro::Task<bool> awaitingUnderLock(std::shared_ptr<CoroutineCounter> counter, CoroutineUnit &unit);
} // namespace CoroutineIncrements
