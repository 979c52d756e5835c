// SPDX-License-Identifier: MIT
#include "primesrunner.h"

#include "primestimings.h"

using namespace Qt::Literals::StringLiterals;

PrimesRunner::PrimesRunner(DemoId demoId, StepScript script, Language language, bool sequential,
                           PrimesParameters parameters, QObject *parent)
    : TypedDemoRunner(std::move(demoId), std::move(script), parameters, parent)
    , m_language(language)
    , m_sequential(sequential)
{
}

void PrimesRunner::setTimings(PrimesTimings *timings)
{
    m_timings = timings;
}

QList<DemoId> PrimesRunner::sequentialDemos(Language language)
{
    if (language == Language::Python)
        return {u"primes-python-sequential"_s};
    return {u"primes-gui"_s, u"primes-thread"_s};
}

StepScript PrimesRunner::workersScript()
{
    return {
        {{{}, StepScript::Action::StartSpinner}, {u"start-workers"_s, StepScript::Action::StartWork}},
        {{{}, StepScript::Action::StopSpinner}, {u"report-total"_s, StepScript::Action::PublishResult}},
    };
}

StepScript PrimesRunner::sequentialScript()
{
    return {
        {{{}, StepScript::Action::StartSpinner}, {{}, StepScript::Action::StartWork}},
        {{{}, StepScript::Action::StopSpinner}, {u"report-total"_s, StepScript::Action::PublishResult}},
    };
}

void PrimesRunner::beginChecks(quint64 runId)
{
    if (!isCurrentRun(runId))
        return;
    m_runParameters = parameters();
    m_checks.clear();
    Q_EMIT checksCleared();
}

void PrimesRunner::addCheck(quint64 runId, const PrimeCheck &check)
{
    if (!isCurrentRun(runId))
        return;
    m_checks.append(check);
    Q_EMIT checked(check);
}

void PrimesRunner::finishChecks(quint64 runId, qint64 totalNs, std::optional<quint64> forcedSwitches)
{
    if (!isCurrentRun(runId))
        return;
    const PrimesParameters &p = m_runParameters;
    PrimesResult result;
    result.numbers = p.numbers;
    result.workers = m_sequential ? 1 : p.workers;
    result.oneCore = p.oneCore && !m_sequential;
    result.sequential = m_sequential;
    result.checks = m_checks;
    result.totalNs = totalNs;
    result.forcedSwitches = forcedSwitches;
    if (m_timings) {
        const auto baseline = m_timings->baseline(sequentialDemos(m_language), p.numbers);
        if (m_sequential)
            result.speedup = 1.0;
        else if (baseline && totalNs > 0)
            result.speedup = *baseline / result.seconds();
        m_timings->record(demoId(), p.numbers, {result.seconds(), result.workers, result.oneCore, QDateTime::currentDateTime()});
    }
    finishWithResult(runId, result);  // step: report-total
}
