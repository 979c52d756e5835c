// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>

// How a worker misbehaves on purpose. The installed concurrency-lab-worker never does: only the test
// suite's concurrency-lab-faulty-worker (tests/helpers/faultyworker.cpp) sets these, from its
// --test-* flags, so that every error path of the app is tested against a real child.
struct WorkerFaults {
    bool crashAfterReady = false;        // abort right after "ready"
    bool garbageAfterReady = false;      // print a line outside the protocol, exit 0
    bool hangAfterReady = false;         // never answer
    bool claimPidOne = false;            // say "ready 1" instead of its own PID
    bool exitSilently = false;           // exit 0 without an answer
    std::optional<int> exitCodeInstead;  // exit with this code instead of answering
    bool endlessLine = false;            // after "ready", one line that never ends, SIGTERM ignored
    int answerOffset = 0;                // added to the workload's answer: a wrong value
    std::function<void()> afterReady;    // anything else, right after "ready" (the faulty worker's)
};

// The worker's whole program: parses the arguments, runs the workload, speaks the protocol.
// Returns the process's exit code.
int runWorker(int argc, char *argv[], const WorkerFaults &faults = {});
