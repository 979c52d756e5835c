// SPDX-License-Identifier: MIT
#include "gilreleaserunner.h"

#include "labclock.h"
#include "pythonscriptprocess.h"
#include "primesscripts.h"
#include "pythonscriptgate.h"
#include "trace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

QString describe(const GilReleaseResult &result)
{
    //: %1 and %3: speedups ("1.9"), %2: the number of threads
    return QCoreApplication::translate("GilRelease", "hashlib: %1x faster on %2 threads; is_prime(): %3x")
        .arg(result.hashSpeedup(), 0, 'f', 2)
        .arg(result.workers)
        .arg(result.primesSpeedup(), 0, 'f', 2);
}

QString traceDetail(const GilReleaseResult &result)
{
    return u"%1x / %2x"_s.arg(result.hashSpeedup(), 0, 'f', 2).arg(result.primesSpeedup(), 0, 'f', 2);
}

QJsonObject toJson(const GilReleaseResult &result)
{
    return {{u"workers"_s, result.workers},           {u"jobs"_s, result.jobs},
            {u"hashOneThread"_s, result.hashOne},      {u"hashThreads"_s, result.hashMany},
            {u"primesOneThread"_s, result.primesOne},  {u"primesThreads"_s, result.primesMany},
            {u"hashSpeedup"_s, result.hashSpeedup()},  {u"primesSpeedup"_s, result.primesSpeedup()}};
}

namespace {

StepScript script()
{
    return {
        {{{}, StepScript::Action::StartSpinner}, {u"start-workers"_s, StepScript::Action::StartWork}},
        {{{}, StepScript::Action::StopSpinner}, {u"report-total"_s, StepScript::Action::PublishResult}},
    };
}

} // namespace


GilReleaseRunner::GilReleaseRunner(GilReleaseParameters parameters, QObject *parent)
    : TypedDemoRunner(u"primes-python-gil-release"_s, script(), parameters, parent)
    , m_interpreter(PythonScriptProcess::interpreter())
{
}

GilReleaseRunner::~GilReleaseRunner()
{
    retireAllRuns();
    qDeleteAll(findChildren<PythonScriptProcess *>(Qt::FindDirectChildrenOnly));
}

void GilReleaseRunner::startWork(quint64 runId)
{
    QString error;
    m_scripts = PrimesScripts::directory(&error);
    if (m_scripts.isEmpty()) {
        finishFailed(runId, error);
        return;
    }
    auto result = std::make_shared<GilReleaseResult>();
    result->workers = std::max(1, parameters().workers);
    result->jobs = std::max(1, parameters().jobs);
    auto *gate = new PythonScriptGate(this);
    attachGate(runId, gate, gate);
    runPass(runId, 0, result, gate);
}

// Four passes, one after another: hashing on 1 thread, on N; is_prime() on 1 thread, on N.
void GilReleaseRunner::runPass(quint64 runId, int pass, std::shared_ptr<GilReleaseResult> result, PythonScriptGate *gate)
{
    const Pass passes[] = {{u"hash"_s, 1}, {u"hash"_s, result->workers}, {u"primes"_s, 1}, {u"primes"_s, result->workers}};
    if (!isCurrentRun(runId) || pass == 4) {
        gate->deleteLater();   // the run is over (or superseded): nothing left to steer
        finishWithResult(runId, *result);  // step: report-total
        return;
    }
    const Pass current = passes[pass];
    PythonScriptProcess::Options options;
    options.interpreter = m_interpreter;
    const QStringList arguments{u"--task"_s, current.task, u"--workers"_s, QString::number(current.workers),
                                u"--jobs"_s, QString::number(result->jobs)};
    auto *process = new PythonScriptProcess({m_scripts, u"gil_release.py"_s, arguments}, options, this);
    gate->setProcess(process);
    auto seconds = std::make_shared<double>(0);
    auto error = std::make_shared<QString>();
    connect(process, &PythonScriptProcess::ready, this, [this, runId](qint64 pid) {
        if (!executor())
            setExecutor(runId, {UnitKind::ChildProcess, pid}, tr("python3"));
    });
    connect(process, &PythonScriptProcess::record, this, [this, runId, seconds, current](const QJsonObject &record) {
        if (record.contains(u"total"_s)) {
            *seconds = record.value(u"total"_s).toDouble();
            return;
        }
        const qint64 worker = record.value(u"worker"_s).toInteger(0);
        const qint64 ns = qint64(record.value(u"seconds"_s).toDouble() * 1e9);
        if (Trace *log = traceLog(); log && isCurrentRun(runId) && worker > 0) {
            const qint64 now = LabClock::nowNs();
            log->append({now - ns, demoId(), runId, UnitKind::WorkerThread, worker, TraceEventKind::Busy, current.task});
            log->append({now, demoId(), runId, UnitKind::WorkerThread, worker, TraceEventKind::Result, current.task});
        }
        // Python: job, elapsed, worker_id = results.get()
        atGuiStep(runId, u"receive-result"_s);  // step: receive-result
    });
    connect(process, &PythonScriptProcess::failed, this, [error](const QString &message) { *error = message; });
    // The pass ends once the script's whole process group is gone.
    connect(process, &PythonScriptProcess::exited, this, [this, runId, pass, result, seconds, error, gate, process] {
        process->deleteLater();
        if (gate->isCancelled()) {
            gate->deleteLater();
            finishCancelled(runId);
        } else if (!error->isEmpty()) {
            gate->deleteLater();
            finishFailed(runId, *error);
        } else {
            double &slot = pass == 0 ? result->hashOne : pass == 1 ? result->hashMany : pass == 2 ? result->primesOne : result->primesMany;
            slot = *seconds;
            runPass(runId, pass + 1, result, gate);
        }
    });
    process->start();  // step: start-workers
}
