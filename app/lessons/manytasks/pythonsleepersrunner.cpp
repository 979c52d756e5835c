// SPDX-License-Identifier: MIT
#include "pythonsleepersrunner.h"

#include "manytasksscripts.h"
#include "pythonscriptgate.h"
#include "pythonscriptoutcome.h"
#include "pythonscriptprocess.h"
#include "trace.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

PythonSleepersRunner::PythonSleepersRunner(const DemoId &demoId, SleepersModel model, SleepersParameters parameters, QObject *parent)
    : SleepersRunner(demoId, model, true, parameters, parent)
    , m_interpreter(PythonScriptProcess::interpreter())
{
}

PythonSleepersRunner::~PythonSleepersRunner()
{
    retireAllRuns();
    qDeleteAll(findChildren<PythonScriptProcess *>(Qt::FindDirectChildrenOnly));
}

QString PythonSleepersRunner::scriptModel(SleepersModel model)
{
    switch (model) {
    case SleepersModel::Coroutines: return u"asyncio"_s;
    case SleepersModel::Threads: return u"threads"_s;
    case SleepersModel::Processes: return u"processes"_s;
    }
    return {};
}

void PythonSleepersRunner::startWork(quint64 runId)
{
    if (!beginRun(runId))
        return;
    QString error;
    const QString scripts = ManyTasksScripts::directory(&error);
    if (scripts.isEmpty()) {
        completeRun(runId, error);
        return;
    }
    const SleepersParameters p = runParameters();
    const QStringList arguments{u"--count"_s, QString::number(p.count), u"--seconds"_s, QString::number(p.sleep.count() / 1000.0)};
    PythonScriptProcess::Options options;
    options.interpreter = m_interpreter;
    auto *process = new PythonScriptProcess({scripts, u"sleepers_%1.py"_s.arg(scriptModel(model())), arguments}, options, this);
    // The run ends once the script's whole process group is gone: nothing is left running.
    const PythonScriptOutcome outcome(process);
    const auto python = [process] { return ExecutionUnit{UnitKind::ChildProcess, process->pid()}; };
    connect(process, &PythonScriptProcess::ready, this, [this, runId](qint64 pid) {
        setExecutor(runId, {UnitKind::ChildProcess, pid}, tr("python3"));
        trace(runId, {UnitKind::ChildProcess, pid}, TraceEventKind::Started);
        launchStarted();
    });
    connect(process, &PythonScriptProcess::record, this, [this, runId, process, outcome, python](const QJsonObject &record) {
        if (record.contains(u"total"_s)) {
            if (const auto result = resultOf(record)) {
                // The last progress line may have come before any unit was done: the steps still happened.
                const ExecutionUnit units{UnitKind::ChildProcess, process->pid()};
                if (counts().started.load() == 0 && result->count > 0)
                    passStep(runId, units, u"sleep"_s);
                if (counts().done.load() == 0 && result->done > 0)
                    passStep(runId, units, u"count-done"_s);
                trace(runId, python(), TraceEventKind::Result, traceDetail(*result));
                outcome.settle([this, runId, result] { completeWithResult(runId, *result); });
            } else {
                outcome.settle([this, runId] { completeRun(runId, tr("The Python script reported figures that do not match what it was asked.")); });
            }
            return;
        }
        const qint64 started = record.value(u"started"_s).toInteger(-1);
        const qint64 done = record.value(u"done"_s).toInteger(-1);
        if (started < 0 || done < 0 || started > runParameters().count || done > started) {
            outcome.settle([this, runId] { completeRun(runId, tr("The Python script printed a progress line that does not add up.")); });
            process->cancel();
            return;
        }
        // The script's steps, as its progress shows them passed (its units cannot tell the app).
        const ExecutionUnit units{UnitKind::ChildProcess, process->pid()};
        if (started > 0 && counts().started.load() == 0)
            passStep(runId, units, u"sleep"_s);
        if (done > 0 && counts().done.load() == 0)
            passStep(runId, units, u"count-done"_s);
        counts().started.store(int(started));
        counts().done.store(int(done));
        // Python's figures are counts, not events: what has not ended is either alive or done.
        counts().ended.store(int(done));
    });
    connect(process, &PythonScriptProcess::failed, this, [this, runId, python, outcome](const QString &error) {
        trace(runId, python(), TraceEventKind::Failed, error);
        outcome.settle([this, runId, error] { completeRun(runId, error); });
    });
    connect(process, &PythonScriptProcess::cancelled, this, [this, runId, python, outcome] {
        trace(runId, python(), TraceEventKind::Cancelled);
        outcome.settle([this, runId] {
            noteCancelRequested();
            completeRun(runId);
        });
    });
    auto *gate = new PythonScriptGate(process);
    gate->setProcess(process);
    attachGate(runId, process, gate);
    process->start();
}

std::optional<SleepersResult> PythonSleepersRunner::resultOf(const QJsonObject &total) const
{
    SleepersResult result;
    result.model = model();
    result.python = true;
    result.count = int(total.value(u"count"_s).toInteger(-1));
    result.done = int(total.value(u"done"_s).toInteger(-1));
    result.peakAlive = int(total.value(u"max_alive"_s).toInteger(-1));
    result.sleepMs = runParameters().sleep.count();
    result.wallNs = qint64(total.value(u"total"_s).toDouble(-1) * 1e9);
    result.launchNs = qint64(total.value(u"launch_seconds"_s).toDouble(-1) * 1e9);
    result.peakRssBytes = total.value(u"peak_rss_bytes"_s).toInteger(-1);
    result.bytesPerUnit = total.value(u"bytes_per_unit"_s).toInteger(-1);
    if (total.contains(u"children_pss_bytes"_s))
        result.childrenPssBytes = total.value(u"children_pss_bytes"_s).toInteger(-1);
    const bool fits = result.count == runParameters().count && result.done >= 0 && result.done <= result.count
        && result.peakAlive >= 0 && result.peakAlive <= result.count
        && result.wallNs >= 0 && result.launchNs >= 0 && result.peakRssBytes >= 0 && result.bytesPerUnit >= 0
        && result.childrenPssBytes.value_or(0) >= 0 && total.value(u"model"_s).toString() == scriptModel(model());
    if (!fits)
        return std::nullopt;
    return result;
}
