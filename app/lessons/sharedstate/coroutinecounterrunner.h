// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinerunner.h"
#include "counterresult.h"

#include <memory>

struct CoroutineCounter;

// Part A's coroutine demos: N coroutines on the GUI thread increment one counter M times each, and
// let the others run after each increment. Without a co_await inside the increment nothing is lost;
// with one between the read and the write, updates are lost without any thread; under an AsyncMutex
// nothing is lost again. Step mode holds the GUI thread's steps; the coroutines record their first
// increments step by step. GUI thread only.
class CoroutineCounterRunner : public CoroutineRunner<CounterParameters, CounterResult>
{
    Q_OBJECT
public:
    enum class Variant { WithoutAwait, AwaitInside, AwaitUnderLock };

    CoroutineCounterRunner(const DemoId &demoId, Variant variant, CounterParameters parameters, QObject *parent = nullptr);
    ~CoroutineCounterRunner() override;

    // The timeline lane of counting coroutine `index` (0-based): a lane of its own (its id is no
    // thread's: negative), named by its Started event.
    static ExecutionUnit laneOf(int index) { return {UnitKind::Coroutine, -1 - qint64(index)}; }

protected:
    void launch(quint64 runId, CounterParameters parameters, QPointer<CoroutineGate> gate) override;

private:
    friend class CoroutineUnit;
    // Python: async def main(): counter = ...; await asyncio.gather(*(count(...) for _ in range(N)))
    static QCoro::Task<> countAll(QPointer<CoroutineCounterRunner> self, quint64 runId, Variant variant,
                                  CounterParameters parameters, QPointer<CoroutineGate> gate);
    // Python: async def count(counter, increments): for _ in range(increments): ...
    static QCoro::Task<bool> count(QPointer<CoroutineCounterRunner> self, quint64 runId, Variant variant, int index,
                                   qint64 increments, std::shared_ptr<CoroutineCounter> counter,
                                   QPointer<CoroutineGate> gate);

    const Variant m_variant;
};
