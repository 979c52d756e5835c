// SPDX-License-Identifier: MIT
#pragma once

#include "waysrunner.h"

// Lesson 4, part A: two ways of awaiting two slow coroutines from a coroutine.
//  - Sequential: co_await one, then the other (Python: await slow('A'); await slow('B')): 2 x d.
//  - Concurrent: start both, then await both (Python: asyncio.create_task() twice, then await each):
//    d. A QCoro::Task is eager: calling slow() runs its body up to its first co_await before it
//    returns, which the output shows; Python's coroutine object and create_task() run none of it
//    until the caller awaits.
class AwaitWaysRunner : public WaysRunner
{
    Q_OBJECT
public:
    enum class Way { Sequential, Concurrent };
    explicit AwaitWaysRunner(Way way, WaysParameters parameters = {}, QObject *parent = nullptr);
    ~AwaitWaysRunner() override;

protected:
    void launch(quint64 runId, WaysParameters parameters, QPointer<CoroutineGate> gate) override;

private:
    static QCoro::Task<> runMain(QPointer<AwaitWaysRunner> self, quint64 runId, Way way, std::chrono::milliseconds duration,
                                 QPointer<CoroutineGate> gate);
    static QCoro::Task<std::optional<WaysResult>> oneAfterTheOther(QPointer<AwaitWaysRunner> self, quint64 runId,
                                                                    std::chrono::milliseconds duration, QPointer<CoroutineGate> gate);
    static QCoro::Task<std::optional<WaysResult>> bothAtOnce(QPointer<AwaitWaysRunner> self, quint64 runId,
                                                              std::chrono::milliseconds duration, QPointer<CoroutineGate> gate);
    const Way m_way;
};
