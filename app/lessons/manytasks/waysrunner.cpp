// SPDX-License-Identifier: MIT
#include "waysrunner.h"

using namespace Qt::Literals::StringLiterals;

WaysRunner::WaysRunner(DemoId demoId, QString way, WaysParameters parameters, QObject *parent)
    : CoroutineRunner(std::move(demoId), {
          {{{}, StepScript::Action::StartSpinner}, {{}, StepScript::Action::StartWork}},
          {{{}, StepScript::Action::StopSpinner}, {{}, StepScript::Action::PublishResult}},
      }, parameters, parent)
    , m_way(std::move(way))
{
}

std::chrono::milliseconds WaysRunner::clampDuration(std::chrono::milliseconds duration) const
{
    return std::clamp(duration, WaysParameters::shortest, WaysParameters::longest);
}

void WaysRunner::beginOutput(const WaysParameters &parameters)
{
    m_runDuration = parameters.duration;
    m_clock.start();
    m_lines.clear();
    m_outputRun = currentRunId();
    Q_EMIT linesReset();
}

void WaysRunner::say(quint64 runId, const QString &text)
{
    if (runId != m_outputRun)
        return;   // a cancelled run's coroutine, ending
    //: a line of a demo's output: seconds since the run started, then the text
    const QString line = tr("+%1 s  %2").arg(m_clock.nsecsElapsed() / 1e9, 0, 'f', 2).arg(text);
    m_lines.append(line);
    Q_EMIT lineAdded(line);
}

WaysResult WaysRunner::resultNow() const
{
    WaysResult result;
    result.way = m_way;
    result.elapsedNs = m_clock.nsecsElapsed();
    result.durationMs = m_runDuration.count();
    result.lines = m_lines;
    return result;
}

QCoro::Task<bool> WaysRunner::slow(QPointer<WaysRunner> self, quint64 runId, QString name, std::chrono::milliseconds duration,
                                   QPointer<CoroutineGate> gate)
{
    //: %1: the coroutine's name (A or B)
    const ExecutionUnit lane = laneOf(name);
    self->trace(runId, lane, TraceEventKind::Started, name);
    self->passStep(runId, {UnitKind::Coroutine, ThreadId::current()}, u"body-starts"_s);
    self->say(runId, tr("%1: its body starts and runs up to its first co_await").arg(name));  // step: body-starts
    // (A co_await inside a || or && condition miscompiles with g++ 12: one co_await per statement.)
    const bool stepped = co_await self->reach(runId, gate, u"sleep"_s);
    if (stepped && stillCurrent(self, runId)) {
        self->trace(runId, lane, TraceEventKind::Awaiting);
        const bool slept = co_await InterruptibleSleep(duration, gate);  // step: sleep
        if (slept && stillCurrent(self, runId)) {
            self->trace(runId, lane, TraceEventKind::Result, name);
            self->say(runId, tr("%1: done sleeping").arg(name));
            co_return true;
        }
    }
    if (self)
        self->trace(runId, lane, TraceEventKind::Cancelled);
    co_return false;
}
