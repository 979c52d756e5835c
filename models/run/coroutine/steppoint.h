// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinegate.h"

#include <QPointer>

#include <coroutine>
#include <memory>

// `co_await StepPoint(control)`: where a coroutine stops in step mode until the user presses Step.
// Passes at once when the run is not gated. Evaluates to false when the run was cancelled. Like
// InterruptibleSleep it always resumes the coroutine, also when `control` is destroyed.
class StepPoint
{
public:
    explicit StepPoint(CoroutineGate *control);
    StepPoint(StepPoint &&) noexcept = default;
    StepPoint &operator=(StepPoint &&) noexcept = default;
    ~StepPoint();

    bool await_ready() const noexcept;
    void await_suspend(std::coroutine_handle<> awaiting);
    bool await_resume() const noexcept { return m_control && !m_control->isCancelled(); }

private:
    void wake();

    QPointer<CoroutineGate> m_control;
    std::unique_ptr<QObject> m_context;   // owns the connections while suspended
    std::coroutine_handle<> m_awaiting;
};
