// SPDX-License-Identifier: MIT
#pragma once

#include <QSharedMemory>
#include <QString>

#include <atomic>

// The counter that part A's shared-memory demos share between processes: one qint64 in a
// QSharedMemory segment, which the parent creates and each child attaches to by its key. On Linux,
// Qt 6.4 uses System V IPC: the segment (and the QSystemSemaphore of the locked demo) belong to the
// kernel, not to a process, and outlive a process that crashes; Qt removes them when the object that
// created them is destroyed (the segment once no process is attached any more). So every run has
// keys of its own, and the parent keeps them until its children are gone.
// Not thread-safe; one per process and run.
class SharedCounterSegment
{
public:
    // A key no other run on this machine uses while this process lives:
    // "concurrency-lab-counter-<pid>-<n>".
    static QString uniqueKey();
    // The key of the QSystemSemaphore that guards the counter with key `key`. (QSharedMemory keeps a
    // semaphore of its own under `key` itself, for its lock(): another key keeps them apart.)
    static QString semaphoreKey(const QString &key);

    explicit SharedCounterSegment(const QString &key);
    // Detaches (QSharedMemory's destructor); the last process to detach removes the segment.
    ~SharedCounterSegment() = default;

    // The parent: creates the segment, the size of one qint64, and sets the counter to 0. A segment
    // that a crashed run left under this key is removed first. False on failure (errorString()).
    bool create();
    // A child: attaches to the segment the parent created. False on failure (errorString()).
    bool attach();
    bool isAttached() const { return m_memory.isAttached(); }
    QString errorString() const { return m_memory.errorString(); }

    // The counter, for atomic loads and stores. Only while attached.
    //
    // Why atomic accesses, even where the demo races on purpose: to the compiler, a plain qint64 in
    // this memory is one it may keep in a register (it cannot know that other processes see the
    // page), so a loop of M increments may become one add of M; and two processes writing it at once
    // is a data race, undefined behaviour in C++. Relaxed atomic loads and stores keep each access
    // whole and real, yet leave the read-modify-write as unprotected as Python's
    // `counter.value += 1`. A lock-free atomic works across processes: it is one instruction on the
    // memory itself, whatever address each process sees it at.
    std::atomic_ref<qint64> counter();

private:
    QSharedMemory m_memory;
};
