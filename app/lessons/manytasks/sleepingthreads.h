// SPDX-License-Identifier: MIT
#pragma once

#include "sleepersrunner.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// The threads of one run of lesson 4's thread sleepers: a launcher thread starts N std::threads
// (so the GUI thread stays free while thousands start), each sleeps in a wait that cancel() wakes at
// once, then counts itself done; the launcher joins them all. Reports come back through the
// callbacks, called on the launcher thread. The destructor cancels and joins everything.
class SleepingThreads
{
public:
    struct Callbacks {
        std::function<void()> launched;                             // every thread started
        std::function<void(const QString &failure)> ended;          // every thread joined
        // A sampled unit (one of the first few) reached "sleep" or "count-done", or was "cancelled".
        std::function<void(qint64 tid, const char *stepId)> sampledStep;
    };

    SleepingThreads(int count, std::chrono::milliseconds sleep, std::shared_ptr<SleepersCounts> counts, Callbacks callbacks);
    ~SleepingThreads();

    void start();
    void cancel();

private:
    void launch();
    void sleep(int index);

    const int m_count;
    const std::chrono::milliseconds m_sleep;
    const std::shared_ptr<SleepersCounts> m_counts;
    const Callbacks m_callbacks;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_cancelled = false;
    std::vector<std::thread> m_sleepers;   // touched by the launcher thread only
    std::thread m_launcher;
};
