// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>

#include <atomic>

class CountingUnit;

// The counter the threads share, and the lock some of them take.
struct SharedCounter {
    // An atomic, even where the demo races on purpose: a plain qint64 written by two threads is a
    // data race, undefined behaviour in C++ (the compiler may keep it in a register and the loop may
    // collapse into one add). Relaxed loads and stores keep each access whole and real while leaving
    // the read-modify-write as unprotected as Python's `counter.value += 1`: the lost updates are the
    // program's logic error, not the compiler's licence.
    std::atomic<qint64> value{0};
    QMutex mutex;
};

// One increment of the shared counter, four ways (one file each, as the code viewer shows them).
// Each returns false when the run was cancelled at one of its steps.
namespace ThreadIncrements {
// Read, add, write, with nothing in between: updates get lost. `widen` yields the CPU between the
// read and the write. (unlockedincrement.cpp)
bool unlocked(SharedCounter &counter, CountingUnit &unit, bool widen);
// The same under a QMutex: nothing lost. (mutexincrement.cpp)
bool withMutex(SharedCounter &counter, CountingUnit &unit);
// One atomic fetch-and-add: nothing lost, no lock. (atomicincrement.cpp)
bool atomicAdd(SharedCounter &counter, CountingUnit &unit);
// A piece of work before each increment, done inside the lock (`workInside`) or before taking it.
// (longcriticalsection.cpp)
bool withWork(SharedCounter &counter, CountingUnit &unit, bool workInside, qint64 &busyNs);
// Measures once how much arithmetic the work is, before any thread counts: done inside the first
// timed pass, the measuring (tens of milliseconds) would be counted as work in the lock.
void calibrateWork();
} // namespace ThreadIncrements
