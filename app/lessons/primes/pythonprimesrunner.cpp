// SPDX-License-Identifier: MIT
#include "pythonprimesrunner.h"

#include "cpuaffinity.h"
#include "labclock.h"
#include "pythonscriptoutcome.h"
#include "pythonscriptprocess.h"
#include "primesscripts.h"
#include "pythonscriptgate.h"
#include "trace.h"

#include <QJsonValue>

using namespace Qt::Literals::StringLiterals;

PythonPrimesRunner::PythonPrimesRunner(const DemoId &demoId, Script script, PrimesParameters parameters, QObject *parent)
    : PrimesRunner(demoId, script == Script::Sequential ? sequentialScript() : workersScript(), Language::Python,
                   script == Script::Sequential, parameters, parent)
    , m_script(script)
    , m_interpreter(PythonScriptProcess::interpreter())
{
}

PythonPrimesRunner::~PythonPrimesRunner()
{
    retireAllRuns();
    // Each kills its process group and reaps its child; delete them while this is still whole.
    qDeleteAll(findChildren<PythonScriptProcess *>(Qt::FindDirectChildrenOnly));
}

QString PythonPrimesRunner::scriptName() const
{
    switch (m_script) {
    case Script::Sequential: return u"sequential.py"_s;
    case Script::Threads: return u"threads.py"_s;
    case Script::Processes: return u"procs.py"_s;
    }
    return {};
}

void PythonPrimesRunner::startWork(quint64 runId)
{
    beginChecks(runId);
    QString error;
    const QString scripts = PrimesScripts::directory(&error);
    if (scripts.isEmpty()) {
        finishFailed(runId, error);
        return;
    }
    const PrimesParameters p = runParameters();
    QStringList numbers;
    for (quint64 n : PrimeNumbers::numbers(p.numbers))
        numbers << QString::number(n);
    QStringList arguments{u"--numbers"_s, numbers.join(u',')};
    if (m_script != Script::Sequential)
        arguments << u"--workers"_s << QString::number(PrimesParameters::clampWorkers(p.workers));
    PythonScriptProcess::Options options;
    options.interpreter = m_interpreter;
    if (p.oneCore && m_script != Script::Sequential)
        options.inChild = CpuAffinity::oneCoreInChild();   // inherited by its threads and processes
    auto *process = new PythonScriptProcess({scripts, scriptName(), arguments}, options, this);

    // Per run: which positions of the set are filled (a number may appear twice), and the total.
    auto taken = std::make_shared<QList<bool>>(numbers.size(), false);
    auto totalNs = std::make_shared<qint64>(0);
    connect(process, &PythonScriptProcess::ready, this, [this, runId](qint64 pid) {
        setExecutor(runId, {UnitKind::ChildProcess, pid}, tr("python3"));
        trace(runId, {UnitKind::ChildProcess, pid}, TraceEventKind::Started);
    });
    // The run ends once the script's whole process group is gone, not when the interpreter alone
    // has exited: a cancelled run leaves no Python worker behind.
    const PythonScriptOutcome outcome(process);
    connect(process, &PythonScriptProcess::record, this, [this, runId, taken, totalNs, process, outcome](const QJsonObject &record) {
        if (const QString error = handleRecord(runId, record, *taken, *totalNs); !error.isEmpty() && !outcome.isSettled()) {
            // A script that says something else than it was asked: stop it, and say so once it is gone.
            outcome.settle([this, runId, error] { finishFailed(runId, error); });
            process->cancel();
        }
    });
    const auto python = [process] { return ExecutionUnit{UnitKind::ChildProcess, process->pid()}; };
    connect(process, &PythonScriptProcess::succeeded, this, [this, runId, totalNs, python, outcome] {
        trace(runId, python(), TraceEventKind::Result, QString::number(*totalNs / 1e9, 'f', 2));
        outcome.settle([this, runId, totalNs] { atGuiStep(runId, {}, [this, runId, totalNs] { finishChecks(runId, *totalNs); }); });
    });
    connect(process, &PythonScriptProcess::failed, this, [this, runId, python, outcome](const QString &error) {
        trace(runId, python(), TraceEventKind::Failed, error);
        outcome.settle([this, runId, error] { finishFailed(runId, error); });
    });
    connect(process, &PythonScriptProcess::cancelled, this, [this, runId, python, outcome] {
        trace(runId, python(), TraceEventKind::Cancelled);
        outcome.settle([this, runId] { finishCancelled(runId); });
    });
    auto *gate = new PythonScriptGate(process);
    gate->setProcess(process);
    attachGate(runId, process, gate);
    process->start();
}

// One line of the script: a checked number, or the total. Returns what is wrong with it, if anything.
QString PythonPrimesRunner::handleRecord(quint64 runId, const QJsonObject &record, QList<bool> &taken, qint64 &totalNs)
{
    if (record.contains(u"total"_s)) {
        totalNs = qint64(record.value(u"total"_s).toDouble() * 1e9);
        return {};
    }
    // Qt 6 keeps a JSON integer that fits in 64 bits exact (toInteger()); a double would not be.
    const QList<quint64> numbers = PrimeNumbers::numbers(runParameters().numbers);
    const qint64 n = record.value(u"n"_s).toInteger(-1);
    int index = -1;
    for (int i = 0; i < numbers.size() && index < 0; ++i) {
        if (!taken.at(i) && qint64(numbers.at(i)) == n)
            index = i;
    }
    const double seconds = record.value(u"seconds"_s).toDouble(-1);
    const qint64 worker = record.value(u"worker"_s).toInteger(0);
    if (index < 0 || seconds < 0 || worker <= 0 || !record.value(u"prime"_s).isBool())
        return tr("The Python script printed a result that does not match a number it was given.");
    taken[index] = true;
    const UnitKind kind = m_script == Script::Processes ? UnitKind::ChildProcess : UnitKind::WorkerThread;
    const PrimeCheck check{index, numbers.at(index), record.value(u"prime"_s).toBool(), qint64(seconds * 1e9), {kind, worker}};
    // The step and the timeline: the check ran for `seconds` until now (Python's own measure).
    if (Trace *log = traceLog(); log && isCurrentRun(runId)) {
        const qint64 now = LabClock::nowNs();
        log->append({now - check.nanoseconds, demoId(), runId, kind, worker, TraceEventKind::Step, u"check-number"_s});
        log->append({now - check.nanoseconds, demoId(), runId, kind, worker, TraceEventKind::Busy, QString::number(check.number)});
        log->append({now, demoId(), runId, kind, worker, TraceEventKind::Result, traceDetail(check)});
    }
    if (m_script == Script::Sequential)
        addCheck(runId, check);
    else
        atGuiStep(runId, u"receive-result"_s, [this, runId, check] { addCheck(runId, check); });
    return {};
}
