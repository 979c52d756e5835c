// SPDX-License-Identifier: MIT
#include "steppoint.h"

#include <utility>

StepPoint::StepPoint(CoroutineGate *control)
    : m_control(control)
{
}

StepPoint::~StepPoint() = default;

bool StepPoint::await_ready() const noexcept
{
    return !m_control || m_control->isCancelled() || !m_control->isGated();
}

void StepPoint::await_suspend(std::coroutine_handle<> awaiting)
{
    m_awaiting = awaiting;
    m_context = std::make_unique<QObject>();
    // Direct connections: the coroutine resumes inside permitStep() / cancel().
    QObject::connect(m_control, &CoroutineGate::stepPermitted, m_context.get(), [this] { wake(); });
    QObject::connect(m_control, &CoroutineGate::cancelRequested, m_context.get(), [this] { wake(); });
    QObject::connect(m_control, &QObject::destroyed, m_context.get(), [this] { wake(); });
}

void StepPoint::wake()
{
    if (!m_awaiting)
        return;
    // Resuming may end the coroutine and destroy this awaiter: touch no member after resume().
    std::exchange(m_awaiting, nullptr).resume();
}
