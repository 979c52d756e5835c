// SPDX-License-Identifier: MIT
#pragma once

#include "typeddemorunner.h"

#include <memory>

class PythonScriptGate;
class PythonScriptProcess;

// Where Python threads do help: the bundled gil_release.py runs jobs on CPython threads, first with
// one thread then with N, once with jobs that release the GIL (hashlib's SHA-256 over a large
// buffer: C code) and once with jobs that hold it (is_prime(), bytecode). The first get about N x
// faster, the second not at all: "C extensions can release the GIL", measured. GUI thread only.
struct GilReleaseParameters {
    int workers = 2;
    int jobs = 8;   // per pass: the same work with one thread and with N
};

struct GilReleaseResult {
    int workers = 2;
    int jobs = 0;
    double hashOne = 0;      // seconds: hashing jobs on one thread
    double hashMany = 0;     // ... on N threads
    double primesOne = 0;    // is_prime() jobs on one thread
    double primesMany = 0;   // ... on N threads
    double hashSpeedup() const { return hashMany > 0 ? hashOne / hashMany : 0; }
    double primesSpeedup() const { return primesMany > 0 ? primesOne / primesMany : 0; }
};
QString describe(const GilReleaseResult &result);   // "hashlib: 1.9x on 2 threads; is_prime(): 1.0x"
QString traceDetail(const GilReleaseResult &result);
QJsonObject toJson(const GilReleaseResult &result);

class GilReleaseRunner : public TypedDemoRunner<GilReleaseParameters, GilReleaseResult>
{
    Q_OBJECT
public:
    explicit GilReleaseRunner(GilReleaseParameters parameters, QObject *parent = nullptr);
    // Kills a script still running, with its whole process group.
    ~GilReleaseRunner() override;

    void setInterpreter(const QString &interpreter) { m_interpreter = interpreter; }

protected:
    void startWork(quint64 runId) override;

private:
    struct Pass {
        QString task;   // "hash" or "primes"
        int workers = 1;
    };
    void runPass(quint64 runId, int pass, std::shared_ptr<GilReleaseResult> result, PythonScriptGate *gate);

    QString m_interpreter;
    QString m_scripts;   // where the bundled scripts are (PrimesScripts)
};
