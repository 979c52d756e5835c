// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QString>

// The kinds of execution unit the app shows.
enum class UnitKind {
    GuiLoop,       // the GUI thread's event loop
    WorkerThread,  // a thread running a demo's work
    ChildProcess,  // a concurrency-lab-worker child
    Coroutine,     // a QCoro coroutine on the GUI thread
};

// One execution unit: a value, compared and hashed as such (never by its translated name, which
// changes with the language). `id` is the TID of a thread, the PID of a child, the GUI thread's TID
// for the GUI loop and for coroutines (they all run on it).
struct ExecutionUnit {
    UnitKind kind = UnitKind::GuiLoop;
    qint64 id = 0;

    friend bool operator==(const ExecutionUnit &, const ExecutionUnit &) = default;

    // The one name of a unit, translated, for every view: "GUI thread", "worker thread TID 1234",
    // "child PID 4711", "coroutine".
    QString name() const;
    // The same with the id first, for a narrow line that may be cut at its end: "TID 1234, worker
    // thread", "PID 4711, child process"; units without an id of their own as name().
    QString idFirstName() const;
    // Untranslated id of its kind for reports: "gui-loop", "worker-thread", "child-process", "coroutine".
    static QString kindId(UnitKind kind);
    // Translated name of a kind: "GUI thread", "worker thread", "child process", "coroutine".
    static QString kindName(UnitKind kind);
};

inline size_t qHash(const ExecutionUnit &unit, size_t seed = 0) noexcept
{
    return qHashMulti(seed, int(unit.kind), unit.id);
}
