// SPDX-License-Identifier: MIT
#pragma once

#include "executionunit.h"
#include "primenumbers.h"

#include <QJsonObject>
#include <QList>

#include <optional>

// One number checked: the lesson's table shows one row per number, filled in as they arrive.
struct PrimeCheck {
    int index = 0;             // its position in the set
    quint64 number = 0;
    bool prime = false;
    qint64 nanoseconds = 0;    // the check's own time, measured where it ran
    ExecutionUnit unit;        // who checked it
};

// What every mode of the lesson takes. GUI thread.
struct PrimesParameters {
    PrimeNumbers::NumberSet numbers = PrimeNumbers::NumberSet::Book;
    int workers = cores();     // threads or children; 1 .. maximumWorkers()
    bool oneCore = false;      // pin the workers to one core: concurrency without parallelism

    static int cores();        // QThread::idealThreadCount(), at least 1
    static int maximumWorkers() { return 2 * cores(); }
    static int clampWorkers(int workers);
};

struct PrimesResult {
    PrimeNumbers::NumberSet numbers = PrimeNumbers::NumberSet::Book;
    int workers = 1;
    bool oneCore = false;
    bool sequential = false;          // one unit by design (the worker count does not apply)
    QList<PrimeCheck> checks;         // in the order they arrived
    qint64 totalNs = 0;               // wall time of the whole check, as the mode measured it
    std::optional<double> speedup;    // over the last sequential run of the same language and set
    std::optional<quint64> forcedSwitches;   // the simulated GIL: hand-offs a waiting thread asked for

    int primeCount() const;
    int unitCount() const;            // distinct units that checked a number
    double seconds() const { return totalNs / 1e9; }
};
// "9 primes of 20 (the book's) in 0.47 s (2 workers, 1.82x)", translated.
QString describe(const PrimesResult &result);
QString traceDetail(const PrimesResult &result);   // "9/20"
// {"numbers": "book", "primes": 9, "checked": 20, "seconds": ..., "workers": 2, "speedup": ...,
//  "units": 2, "results": [{"n": ..., "prime": ..., "seconds": ..., "unit": ..., "unitId": ...}]}
QJsonObject toJson(const PrimesResult &result);
// For the trace and the timeline: "3333333333333301 P" or "... -".
QString traceDetail(const PrimeCheck &check);
