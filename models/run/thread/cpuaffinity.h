// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

// Pinning work to one core, to show concurrency without parallelism (Pike's distinction): threads
// on one core still interleave, but never run at the same instant. Linux (sched_setaffinity); on
// other systems isSupported() is false and the calls do nothing.
namespace CpuAffinity {

bool isSupported();
// The calling thread may run on one core only (the first the process may use), or again on every
// core the process was allowed when it started. Returns false when the system refused.
bool restrictCurrentThread(bool oneCore);
// For WorkerProcess::Options::inChild and friends: pins the child to that same core between fork and
// exec (async-signal-safe); its threads and children inherit it.
std::function<void()> oneCoreInChild();

} // namespace CpuAffinity
