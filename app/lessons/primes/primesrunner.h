// SPDX-License-Identifier: MIT
#pragma once

#include "primesresult.h"
#include "typeddemorunner.h"

#include <QPointer>

class PrimesTimings;

// What every mode of lesson 3 shares: the numbers of a run, the checks as they arrive (checked(),
// for the live table), the total, and the speedup over the last sequential run of the same language
// (from PrimesTimings, which this runner also tells its own time). A mode says how the numbers get
// checked (startWork()). GUI thread only.
class PrimesRunner : public TypedDemoRunner<PrimesParameters, PrimesResult>
{
    Q_OBJECT
public:
    enum class Language { Cpp, Python };

    Language language() const { return m_language; }
    // One unit by design: the worker count does not apply.
    bool isSequential() const { return m_sequential; }
    // The demos whose times are the baseline of a language's speedups.
    static QList<DemoId> sequentialDemos(Language language);

    // Where runs take their baseline from and record their times; may be null (no speedups). Not owned.
    void setTimings(PrimesTimings *timings);
    // The numbers checked so far in the current (or last) run, in the order they arrived.
    const QList<PrimeCheck> &checks() const { return m_checks; }
    // The parameters the current (or last) run started with: the page may change parameters() while
    // it runs, for the next run.
    const PrimesParameters &runParameters() const { return m_runParameters; }

Q_SIGNALS:
    // A number of the current run was checked (after checks() has it).
    void checked(const PrimeCheck &check);
    // The current run starts checking: checks() is empty again.
    void checksCleared();

protected:
    PrimesRunner(DemoId demoId, StepScript script, Language language, bool sequential, PrimesParameters parameters,
                 QObject *parent = nullptr);

    // Call at the start of the work of run `runId`: takes the run's parameters (runParameters()).
    void beginChecks(quint64 runId);
    // A check of run `runId` came in (ignored for a stale run). The mode records it in the trace.
    void addCheck(quint64 runId, const PrimeCheck &check);
    // Every number of run `runId` is checked: the result, with its speedup, becomes the run's.
    void finishChecks(quint64 runId, qint64 totalNs, std::optional<quint64> forcedSwitches = std::nullopt);

    // The threads' and children's steps (the StepScript of threads.py / procs.py):
    // start-workers (GUI), check-number (each unit), receive-result (GUI), report-total (GUI).
    static StepScript workersScript();
    // The sequential check's (sequential.py): check-number (the one unit), report-total (GUI).
    static StepScript sequentialScript();

private:
    const Language m_language;
    const bool m_sequential;
    QPointer<PrimesTimings> m_timings;
    QList<PrimeCheck> m_checks;
    PrimesParameters m_runParameters;
};
