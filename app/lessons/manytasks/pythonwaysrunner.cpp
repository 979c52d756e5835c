// SPDX-License-Identifier: MIT
#include "pythonwaysrunner.h"

#include "manytasksscripts.h"
#include "pythonscriptoutcome.h"
#include "pythonscriptprocess.h"
#include "trace.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

PythonWaysRunner::PythonWaysRunner(WaysParameters parameters, QObject *parent)
    : WaysRunner(u"three-ways-python"_s, u"python"_s, parameters, parent)
    , m_interpreter(PythonScriptProcess::interpreter())
{
}

PythonWaysRunner::~PythonWaysRunner()
{
    retireAllRuns();
    qDeleteAll(findChildren<PythonScriptProcess *>(Qt::FindDirectChildrenOnly));
}

void PythonWaysRunner::launch(quint64 runId, WaysParameters parameters, QPointer<CoroutineGate> gate)
{
    beginOutput(parameters);
    QString error;
    const QString scripts = ManyTasksScripts::directory(&error);
    if (scripts.isEmpty()) {
        finishFailed(runId, error);
        return;
    }
    const QStringList arguments{u"--way"_s, u"all"_s, u"--seconds"_s, QString::number(parameters.duration.count() / 1000.0)};
    PythonScriptProcess::Options options;
    options.interpreter = m_interpreter;
    auto *process = new PythonScriptProcess({scripts, u"three_ways.py"_s, arguments}, options, this);
    auto result = std::make_shared<WaysResult>();
    // The run ends once the script's process group is gone, with the first outcome.
    const PythonScriptOutcome outcome(process);
    const auto python = [process] { return ExecutionUnit{UnitKind::ChildProcess, process->pid()}; };
    m_lastWay.clear();
    connect(process, &PythonScriptProcess::ready, this, [this, runId](qint64 pid) {
        m_pid = pid;
        setExecutor(runId, {UnitKind::ChildProcess, pid}, tr("python3"));
        trace(runId, {UnitKind::ChildProcess, pid}, TraceEventKind::Started);
    });
    connect(process, &PythonScriptProcess::record, this, [this, runId, process, result, outcome](const QJsonObject &record) {
        if (const QString error = handleRecord(runId, record, *result); !error.isEmpty()) {
            outcome.settle([this, runId, error] { finishFailed(runId, error); });
            process->cancel();
        }
    });
    connect(process, &PythonScriptProcess::succeeded, this, [this, runId, result, outcome, python] {
        outcome.settle([this, runId, result, python] {
            WaysResult done = resultNow();
            done.pythonSeconds = result->pythonSeconds;
            done.pythonError = result->pythonError;
            trace(runId, python(), TraceEventKind::Result, traceDetail(done));
            finishWithResult(runId, done);
        });
    });
    connect(process, &PythonScriptProcess::failed, this, [this, runId, outcome, python](const QString &error) {
        trace(runId, python(), TraceEventKind::Failed, error);
        outcome.settle([this, runId, error] { finishFailed(runId, error); });
    });
    connect(process, &PythonScriptProcess::cancelled, this, [this, runId, outcome, python] {
        trace(runId, python(), TraceEventKind::Cancelled);
        outcome.settle([this, runId] { finishCancelled(runId); });
    });
    if (gate)
        connect(gate, &CoroutineGate::cancelRequested, process, &PythonScriptProcess::cancel);
    process->start();  // step: run-way
}

QString PythonWaysRunner::handleRecord(quint64 runId, const QJsonObject &record, WaysResult &result)
{
    const QString way = record.value(u"way"_s).toString();
    if (record.contains(u"line"_s)) {
        //: a line the Python script printed: which way it ran (sequential, concurrent, run), then the line
        const ExecutionUnit python{UnitKind::ChildProcess, m_pid};
        if (way != m_lastWay) {
            m_lastWay = way;
            passStep(runId, python, u"run-way"_s);
        }
        passStep(runId, python, u"print-line"_s);
        say(runId, tr("[%1] %2").arg(way, record.value(u"line"_s).toString()));  // step: print-line
        if (record.contains(u"error"_s))
            result.pythonError = record.value(u"error"_s).toString();
        return {};
    }
    if (record.contains(u"elapsed"_s)) {
        const double seconds = record.value(u"elapsed"_s).toDouble(-1);
        if (seconds < 0 || way.isEmpty())
            return tr("The Python script reported a time that is not one.");
        result.pythonSeconds.append({way, seconds});
        return {};
    }
    if (record.contains(u"total"_s))
        return {};
    return tr("The Python script printed a line the app does not know.");
}
