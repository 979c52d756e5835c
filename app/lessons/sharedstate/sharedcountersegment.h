// SPDX-License-Identifier: MIT
#pragma once

#include <QSharedMemory>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

// The counter that part A's shared-memory demos share between processes: one qint64 in a
// QSharedMemory segment, which the parent creates and each child attaches to by its key. On Linux,
// Qt 6.4 uses System V IPC: the segment (and the QSystemSemaphore of the locked demo) belong to the
// kernel, not to a process, and outlive a process that crashes; Qt removes them when the object that
// created them is destroyed (the segment once no process is attached any more). So every run has
// keys of its own, and the parent keeps them until its children are gone.
//
// A parent that never gets to its destructors (SIGKILL, a crash, a power cut of the session) leaves
// them behind: the segment, QSharedMemory's own semaphore, the counter's lock, and the files
// QDir::tempPath()/qipc_* whose inodes name them (ftok). Those file names keep only the key's letters
// and its SHA-1, so the PID in the key cannot be read back from them: the parent therefore notes
// each run's key in a file of its own, QDir::tempPath()/<key>.ipc, before it creates anything, and
// removes the note once everything is gone. create() first removes what the notes of dead
// processes name (removeLeftovers()).
// Not thread-safe; one per process and run; GUI thread (the parent) or the child's main thread.
class SharedCounterSegment
{
public:
    // A key no other run on this machine uses while this process lives:
    // "concurrency-lab-counter-<pid>-<n>".
    static QString uniqueKey();
    // The key of the QSystemSemaphore that guards the counter with key `key`. (QSharedMemory keeps a
    // semaphore of its own under `key` itself, for its lock(): another key keeps them apart.)
    static QString semaphoreKey(const QString &key);
    // The parent's note that the System V objects of `key` exist (or may): QDir::tempPath()/<key>.ipc.
    static QString leftoverNote(const QString &key);
    // Removes the objects of every run noted by a process of this user that is gone (its PID in the
    // key no longer runs), or by an earlier process that had this one's PID, and their notes. A run
    // whose segment some process still uses keeps its note, for a later try. The keys removed.
    static QStringList removeLeftovers();

    explicit SharedCounterSegment(const QString &key);
    // Detaches; the last process to detach removes the segment. The parent then removes its note.
    ~SharedCounterSegment();
    SharedCounterSegment(const SharedCounterSegment &) = delete;
    SharedCounterSegment &operator=(const SharedCounterSegment &) = delete;

    // The parent: removes the leftovers of dead processes, notes this key, creates the segment, the
    // size of one qint64, and sets the counter to 0. A segment that a crashed run left under this key
    // is removed first. False on failure (errorString()).
    bool create();
    // A child: attaches to the segment the parent created. False on failure (errorString()).
    bool attach();
    bool isAttached() const { return m_memory->isAttached(); }
    QString errorString() const { return m_error.isEmpty() ? m_memory->errorString() : m_error; }

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
    const QString m_key;
    std::optional<QSharedMemory> m_memory;   // destroyed before the note is removed
    QString m_error;                         // the note's; else the segment's
    bool m_noted = false;                    // the parent wrote leftoverNote(m_key)
};
