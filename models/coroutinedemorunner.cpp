// SPDX-License-Identifier: MIT
#include "coroutinedemorunner.h"

void CoroutineDemoRunner::stopCoroutines()
{
    retireAllRuns();
    if (m_cancelSource)
        m_cancelSource->requestCancel();
}

void CoroutineDemoRunner::startRun(quint64 runId, std::chrono::milliseconds duration)
{
    m_cancelSource = new CoroutineCancelSource(this);
    launch(runId, duration, m_cancelSource);
}

void CoroutineDemoRunner::cancelRun(quint64 runId)
{
    Q_UNUSED(runId)
    if (!m_cancelSource)
        return;
    CoroutineCancelSource *source = std::exchange(m_cancelSource, nullptr);
    source->requestCancel();   // the coroutine resumes inside this call and reports cancelled
    source->deleteLater();
}
