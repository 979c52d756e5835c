// SPDX-License-Identifier: MIT
#pragma once

#include "benchfigures.h"

#include <QString>
#include <QStringList>

// How concurrency-lab-bench runs: the options every group reads.
struct BenchOptions {
    bool quick = false;          // --quick: small counts and short tasks, for the test suite
    bool comparePython = false;  // --compare-python and python3 was found
};

// The groups, one file each. Each measures its figures on the calling (GUI) thread, with the app's
// own runners, workloads and measurements, and returns them with CPython's beside them when asked.
namespace BenchGroups {
QList<Figure> units(const BenchOptions &options);      // benchunits.cpp
QList<Figure> spinners(const BenchOptions &options);   // benchspinners.cpp
QList<Figure> primes(const BenchOptions &options);     // benchprimes.cpp
QList<Figure> scale(const BenchOptions &options);      // benchscale.cpp
QList<Figure> startup(const BenchOptions &options);    // benchstartup.cpp

// Every group's name, in the order they run.
QStringList names();
} // namespace BenchGroups
