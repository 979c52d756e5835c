// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Ctrl+C (SIGINT), SIGTERM and SIGHUP end concurrency-lab-bench at once and leave nothing behind.
// Every temporary folder of the run (the bench's, the lessons' Python runs', CPython's own) lives in
// one private folder, made the TMPDIR of the process and its children; a thread waiting for those
// signals kills the CPython child's process group, removes that folder and ends the process by the
// same signal (exit status 128 + signo). The worker and CPython children also die with the bench
// (their parent-death signal). Without a signal, the folder goes when the process exits.
namespace BenchInterrupts {

// Call first in main(), before anything makes a temporary file. Returns false, with a message on
// stderr, if the folder cannot be made.
bool install();
// The process group of the CPython child now running, killed on a signal; 0 when none runs.
void setChildGroup(qint64 group);

} // namespace BenchInterrupts
