// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <chrono>

// A cancel request that a blocked thread notices at once: sleepFor() waits on a condition variable
// that cancel() wakes, so a sleeping worker stops within microseconds instead of at the end of its
// sleep. Thread-safe: cancel() from any thread, sleepFor() from the working thread.
class CancelToken
{
public:
    void cancel();
    bool isCancelled() const;

    // Blocks the calling thread for `duration`, or until cancel(). Returns true when the whole
    // duration passed, false when cancelled (at once if it already was).
    bool sleepFor(std::chrono::milliseconds duration);

private:
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_cancelled = false;  // guarded by m_mutex
};
