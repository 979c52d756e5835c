// SPDX-License-Identifier: MIT
#include "coroutinedemorunner.h"

#include "threadid.h"

#include <exception>

using namespace Qt::Literals::StringLiterals;

void CoroutineDemoRunner::stopCoroutines()
{
    retireAllRuns();
    if (m_control)
        m_control->requestCancel();
}

void CoroutineDemoRunner::startRun(quint64 runId, std::chrono::milliseconds duration)
{
    if (m_control)
        m_control->deleteLater();   // the previous run's: its coroutine has ended
    m_control = new CoroutineRunControl(this);
    m_control->setGated(runsAreGated());
    launch(runId, duration, m_control);
}

void CoroutineDemoRunner::cancelRun(quint64 runId)
{
    Q_UNUSED(runId)
    if (!m_control)
        return;
    CoroutineRunControl *control = std::exchange(m_control, nullptr);
    control->requestCancel();   // the coroutine resumes inside this call and reports cancelled
    control->deleteLater();
}

void CoroutineDemoRunner::setRunGated(quint64 runId, bool gated)
{
    Q_UNUSED(runId)
    if (m_control)
        m_control->setGated(gated);   // ungating resumes a coroutine waiting at a step
}

void CoroutineDemoRunner::permitStep(quint64 runId)
{
    Q_UNUSED(runId)
    if (m_control)
        m_control->permitStep();
}

StepPoint CoroutineDemoRunner::reach(quint64 runId, CoroutineRunControl *control, const QString &stepId)
{
    reachStep(runId, UnitKind::Coroutine, ThreadId::current(), stepId);
    return StepPoint(control);
}

QCoro::Task<> CoroutineDemoRunner::supervise(QPointer<CoroutineDemoRunner> self, quint64 runId,
                                             QPointer<CoroutineRunControl> control, SlowCoroutine slow)
{
    // An exception escaping a coroutine nobody awaits would vanish: catch everything here.
    try {
        const qint64 tid = ThreadId::current();
        self->trace(runId, UnitKind::Coroutine, tid, TraceEventKind::Started);
        std::optional<int> answer;
        if (co_await self->reach(runId, control, u"start-slow-task"_s)) {
            self->trace(runId, UnitKind::Coroutine, tid, TraceEventKind::Awaiting);
            answer = co_await slow();  // step: start-slow-task
        }
        // After every co_await: is the runner still there, and is this still its current run?
        if (!stillCurrent(self, runId))
            co_return;
        bool joined = true;
        if (answer)
            joined = co_await self->reach(runId, control, u"join"_s);
        if (!stillCurrent(self, runId))  // step: join
            co_return;
        if (answer && joined) {
            self->trace(runId, UnitKind::Coroutine, tid, TraceEventKind::Result, QString::number(*answer));
            self->finishWithAnswer(runId, *answer);
        } else {
            self->trace(runId, UnitKind::Coroutine, tid, TraceEventKind::Cancelled);
            self->finishCancelled(runId);
        }
    } catch (const std::exception &error) {
        if (self)
            self->finishFailed(runId, tr("The coroutine failed: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}
