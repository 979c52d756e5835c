// SPDX-License-Identifier: MIT
#pragma once

#include "sleepersresult.h"

#include <QCoreApplication>
#include <QString>

// How many sleepers of a model this machine can start and clean up again: the lesson's design bound
// (1,000,000 coroutines, 10,000 threads, 500 children), lowered by the machine's limits (threads and
// processes per user and per cgroup, open files, available memory). Nothing beyond the bound is
// started: a run asked for more fails at once with the reason. Linux reads /proc and /sys; elsewhere
// only the design bound and the resource limits apply. Any thread.
class SleepersLimits
{
    Q_DECLARE_TR_FUNCTIONS(SleepersLimits)
public:
    struct Bound {
        int count = 0;
        QString reason;   // translated: why it is below the design bound; empty when it is not
    };

    // `python`: the units are CPython's, which take more memory each (an asyncio Task with its
    // coroutine is about 1.6 KB while it lives; a C++ coroutine frame about 200 B).
    static Bound bound(SleepersModel model, bool python = false);
    // Translated "what is wrong" when `count` units of `model` cannot be started here; empty when fine.
    static QString refusal(SleepersModel model, int count, bool python = false);

    // Raises this process's soft limit of open files to its hard limit (at most 65536), once: each child holds about
    // four pipe descriptors here, and many desktops start programs with a soft limit of 1024.
    // Returns the soft limit now (-1: unknown).
    static qint64 raiseOpenFileLimit();

    // Memory a unit needs at most, for the check against available memory (generous: measured
    // figures are far lower, see the README).
    static constexpr qint64 coroutineBytes = 1024;
    static constexpr qint64 asyncioTaskBytes = 4096;
    static constexpr qint64 threadBytes = 256 * 1024;
    static constexpr qint64 childBytes = 16 * 1024 * 1024;
    // Descriptors a child holds in this process (its three pipes, its fork descriptor), plus spare.
    static constexpr int descriptorsPerChild = 5;
    // Kept free for the rest of the app (its own threads, files, sockets).
    static constexpr int spareDescriptors = 128;
    static constexpr int spareTasks = 256;
};
