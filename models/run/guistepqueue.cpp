// SPDX-License-Identifier: MIT
#include "guistepqueue.h"

void GuiStepQueue::add(quint64 runId, const QString &stepId, std::function<void()> action)
{
    m_steps.append({runId, stepId, std::move(action)});
    advance();
}

bool GuiStepQueue::headIsWaiting(quint64 runId, const QString &stepId) const
{
    return !m_steps.isEmpty() && m_steps.first().reached && m_steps.first().runId == runId
        && m_steps.first().id == stepId;
}

void GuiStepQueue::releaseHead()
{
    if (m_steps.isEmpty())
        return;
    const Step step = m_steps.takeFirst();
    if (step.action)
        step.action();
    advance();
}

void GuiStepQueue::advance()
{
    if (m_advancing)
        return;   // an action added a step: the loop below takes it
    m_advancing = true;
    while (!m_steps.isEmpty()) {
        Step &head = m_steps.first();
        const bool isStep = !head.id.isEmpty();   // an action without a step never waits
        if (isStep && !head.reached) {
            head.reached = true;
            m_callbacks.reached(head.runId, head.id);
        }
        if (isStep && m_callbacks.holds(head.runId)) {
            m_callbacks.waiting(head.runId, head.id);
            break;
        }
        const Step step = m_steps.takeFirst();
        if (step.action)
            step.action();
    }
    m_advancing = false;
}
