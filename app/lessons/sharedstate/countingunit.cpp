// SPDX-License-Identifier: MIT
#include "countingunit.h"


CountingUnit::CountingUnit(CountingThreads &run, ExecutionUnit unit)
    : m_run(run)
    , m_unit(unit)
{
}

bool CountingUnit::reachSlowly(const QString &stepId)
{
    m_run.record(m_unit, TraceEventKind::Step, stepId);
    if (m_run.stepMode())
        return m_run.waitAtStep(m_unit, stepId);
    return !m_run.isCancelled();
}

void CountingUnit::record(TraceEventKind kind, const QString &detail)
{
    if (isTraced())
        m_run.record(m_unit, kind, detail);
}
