// SPDX-License-Identifier: MIT
#include "primessweep.h"

#include "primesrunner.h"

using namespace Qt::Literals::StringLiterals;

PrimesSweep::PrimesSweep(std::function<PrimesRunner *(const DemoId &)> runnerOf, QObject *parent)
    : QObject(parent)
    , m_runnerOf(std::move(runnerOf))
{
}

void PrimesSweep::start(const QList<Curve> &curves, int maxWorkers, bool oneCore)
{
    if (m_running)
        return;
    m_curves = curves;
    m_oneCore = oneCore;
    m_plan.clear();
    m_series.clear();
    m_saved.clear();
    m_done = 0;
    for (int c = 0; c < curves.size(); ++c) {
        const Curve &curve = curves.at(c);
        m_series.append({curve.label, curve.color, curve.style, 0, {}});
        // Each curve's speedups need its language's sequential time on the same numbers: measured
        // once, first (a curve sharing the language and numbers reuses it).
        const bool measured = std::any_of(m_plan.cbegin(), m_plan.cend(), [&](const Run &run) {
            return run.baseline && run.demo == curve.baseline && m_curves.at(run.curve).numbers == curve.numbers;
        });
        if (!measured)
            m_plan.append({c, curve.baseline, 1, true});
        for (int n = 1; n <= maxWorkers; ++n)
            m_plan.append({c, curve.demo, n, false});
        for (const DemoId &id : {curve.demo, curve.baseline}) {
            PrimesRunner *runner = m_runnerOf(id);
            if (runner && std::none_of(m_saved.cbegin(), m_saved.cend(), [runner](const auto &s) { return s.first == runner; }))
                m_saved.append({runner, runner->parameters()});
        }
    }
    m_running = true;
    Q_EMIT progressed();
    next();
}

void PrimesSweep::cancel()
{
    if (!m_running)
        return;
    if (m_current && m_current->isRunning())
        m_current->cancel();   // its finished() ends the sweep
    else
        finish(false, {});
}

void PrimesSweep::next()
{
    if (m_done >= m_plan.size()) {
        finish(true, {});
        return;
    }
    const Run &run = m_plan.at(m_done);
    PrimesRunner *runner = m_runnerOf(run.demo);
    if (!runner) {
        finish(false, tr("The mode %1 is not available.").arg(run.demo));
        return;
    }
    PrimesParameters parameters = runner->parameters();
    parameters.workers = run.workers;
    parameters.numbers = m_curves.at(run.curve).numbers;
    parameters.oneCore = m_oneCore;
    runner->setParameters(parameters);
    m_current = runner;
    connect(runner, &DemoRunner::finished, this, [this, runner] { runFinished(runner); }, Qt::SingleShotConnection);
    runner->start();
}

void PrimesSweep::runFinished(PrimesRunner *runner)
{
    if (!m_running || runner != m_current)
        return;
    if (runner->state() != DemoRunner::State::Done || !runner->result()) {
        finish(false, runner->state() == DemoRunner::State::Failed ? runner->errorString() : QString());
        return;
    }
    const Run run = m_plan.at(m_done);
    const double seconds = runner->result()->seconds();
    for (int c = 0; c < m_curves.size(); ++c) {
        const Curve &curve = m_curves.at(c);
        if (run.baseline && curve.baseline == run.demo && curve.numbers == m_curves.at(run.curve).numbers)
            m_series[c].baselineSeconds = seconds;
    }
    if (!run.baseline)
        m_series[run.curve].points.append({double(run.workers), seconds});
    ++m_done;
    Q_EMIT progressed();
    next();
}

void PrimesSweep::finish(bool completed, const QString &error)
{
    m_running = false;
    m_current.clear();
    for (const auto &[runner, parameters] : std::as_const(m_saved)) {
        if (runner)
            runner->setParameters(parameters);
    }
    Q_EMIT finished(completed, error);
}
