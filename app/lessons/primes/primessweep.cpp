// SPDX-License-Identifier: MIT
#include "primessweep.h"

#include "demoscheduler.h"

using namespace Qt::Literals::StringLiterals;

PrimesSweep::PrimesSweep(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    if (m_setup.scheduler) {
        // Cancel all drops the runs waiting for their turn: the sweep's among them ends the sweep.
        connect(m_setup.scheduler, &DemoScheduler::dropped, this, [this](DemoRunner *runner) {
            if (m_running && runner == m_current)
                finish(false, {});
        });
    }
}

PrimesSweep::~PrimesSweep()
{
    m_running = false;
    if (m_setup.scheduler) {
        for (const auto &[id, runner] : m_runners)
            m_setup.scheduler->forget(runner.get());
    }
}

PrimesRunner *PrimesSweep::runnerFor(const DemoId &demo)
{
    auto it = m_runners.find(demo);
    if (it == m_runners.end()) {
        std::unique_ptr<DemoRunner> runner = m_setup.makeRunner ? m_setup.makeRunner(demo) : nullptr;
        if (!qobject_cast<PrimesRunner *>(runner.get()))
            return nullptr;
        runner->setTrace(m_setup.trace);
        qobject_cast<PrimesRunner *>(runner.get())->setTimings(m_setup.timings);
        it = m_runners.emplace(demo, std::move(runner)).first;
    }
    return qobject_cast<PrimesRunner *>(it->second.get());
}

QList<PrimesRunner *> PrimesSweep::runners() const
{
    QList<PrimesRunner *> runners;
    for (const auto &[id, runner] : m_runners)
        runners << qobject_cast<PrimesRunner *>(runner.get());
    return runners;
}

void PrimesSweep::start(const QList<Curve> &curves, int maxWorkers, bool oneCore)
{
    if (m_running)
        return;
    m_curves = curves;
    m_oneCore = oneCore;
    m_plan.clear();
    m_series.clear();
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
    }
    for (const Run &run : std::as_const(m_plan)) {
        if (!runnerFor(run.demo)) {
            m_running = true;
            finish(false, tr("The mode %1 is not available.").arg(run.demo));
            return;
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
    if (m_current && m_current->isRunning()) {
        m_current->cancel();   // its finished() ends the sweep
        return;
    }
    if (m_current && m_setup.scheduler)
        m_setup.scheduler->forget(m_current);   // it was waiting for its turn
    finish(false, {});
}

void PrimesSweep::next()
{
    if (m_done >= m_plan.size()) {
        finish(true, {});
        return;
    }
    const Run &run = m_plan.at(m_done);
    PrimesRunner *runner = runnerFor(run.demo);
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
    connect(runner, &DemoRunner::stateChanged, this, [this, runner](DemoRunner::State state) {
        if (state == DemoRunner::State::Running)
            Q_EMIT runStarted(runner);
    }, Qt::SingleShotConnection);
    if (m_setup.scheduler)
        m_setup.scheduler->run(runner, true);
    else
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
    if (m_current) {
        m_current->disconnect(this);
        m_current.clear();
    }
    Q_EMIT finished(completed, error);
}
