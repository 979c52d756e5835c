// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QQueue>
#include <QWaitCondition>

#include <optional>

// The jobs the parent hands the worker one "job <text>" command at a time, like the book's procs.py
// puts numbers in a multiprocessing queue. The stdin thread adds them; the workload takes them.
// Thread-safe.
class JobQueue
{
public:
    void add(const QByteArray &text);
    // No more jobs will come ("end", EOF on stdin, or the run was cancelled): take() returns nullopt
    // once the queue is empty; a waiting take() wakes at once.
    void close();
    // The next job; blocks until there is one or the queue is closed (then nullopt).
    std::optional<QByteArray> take();

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    QQueue<QByteArray> m_jobs;   // guarded by m_mutex
    bool m_closed = false;
};
