// SPDX-License-Identifier: MIT
// concurrency-lab-faulty-worker: the worker with test-only flags that make it misbehave, so that every
// error path of the app is tested against a real child. Built for the tests only, never installed:
// the worker users get has none of this (app/worker/main.cpp).
//
//   --test-crash           abort right after "ready"
//   --test-garbage         print a line outside the protocol
//   --test-hang            never answer
//   --test-wrong-pid       say "ready 1"
//   --test-silent          exit 0 without an answer
//   --test-exit-code N     exit with N instead of answering
//   --test-endless-line    after "ready", one line that never ends (SIGTERM ignored)
//   --test-wrong-answer    answer the workload's answer plus 1000
//   --test-flood-stdout    after "ready", well-formed "step flood" lines until killed
//   --test-flood-stderr    after "ready", 16 MB on stderr, then go on as usual
//   --test-grandchild FILE after "ready", start a grandchild that ignores SIGTERM and sleeps for an
//                          hour, write its PID into FILE, then go on as usual
//
// The flags are taken out before the worker's own parser sees the rest; they must come before "--".

#include "workerprogram.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace {

[[noreturn]] void floodStdout()
{
    while (true) {
        std::fputs("step flood\n", stdout);
        std::fflush(stdout);
    }
}

void floodStderr()
{
    static char chunk[64 * 1024];
    std::memset(chunk, 'e', sizeof chunk);
    chunk[sizeof chunk - 1] = '\n';
    for (int i = 0; i < 256; ++i)
        std::fwrite(chunk, 1, sizeof chunk, stderr);
    std::fputs("flooded stderr, going on\n", stderr);
}

void startGrandchild(const char *pidFile)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        std::signal(SIGTERM, SIG_IGN);
        ::sleep(3600);
        ::_exit(0);
    }
    if (FILE *file = std::fopen(pidFile, "w")) {
        std::fprintf(file, "%d\n", int(pid));
        std::fclose(file);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    WorkerFaults faults;
    std::vector<char *> rest;
    bool workloadArguments = false;   // after "--": the workload's, passed on untouched
    for (int i = 0; i < argc; ++i) {
        const char *argument = argv[i];
        const auto is = [argument](const char *flag) { return std::strcmp(argument, flag) == 0; };
        if (i == 0 || workloadArguments)
            rest.push_back(argv[i]);
        else if (is("--test-crash"))
            faults.crashAfterReady = true;
        else if (is("--test-garbage"))
            faults.garbageAfterReady = true;
        else if (is("--test-hang"))
            faults.hangAfterReady = true;
        else if (is("--test-wrong-pid"))
            faults.claimPidOne = true;
        else if (is("--test-silent"))
            faults.exitSilently = true;
        else if (is("--test-endless-line"))
            faults.endlessLine = true;
        else if (is("--test-wrong-answer"))
            faults.answerOffset = 1000;
        else if (is("--test-flood-stdout"))
            faults.afterReady = floodStdout;
        else if (is("--test-flood-stderr"))
            faults.afterReady = floodStderr;
        else if (is("--test-grandchild") && i + 1 < argc)
            faults.afterReady = [pidFile = argv[++i]] { startGrandchild(pidFile); };
        else if (is("--test-exit-code") && i + 1 < argc)
            faults.exitCodeInstead = std::atoi(argv[++i]);
        else {
            workloadArguments = is("--");
            rest.push_back(argv[i]);
        }
    }
    rest.push_back(nullptr);
    return runWorker(int(rest.size()) - 1, rest.data(), faults);
}
