// SPDX-License-Identifier: MIT
#pragma once

#include "primesresult.h"
#include "rungate.h"
#include "workerprocess.h"

#include <QHash>
#include <QList>
#include <QObject>

// One run of N concurrency-lab-worker children checking the numbers (the book's procs.py): each
// child gets one number at a time over its stdin and asks for the next by answering, so a fast child
// takes more numbers, as with a shared queue. The run's RunGate: cancel kills every child. If one
// child fails, the others are stopped and the run fails with that child's message. GUI thread only.
class PrimeCheckingChildren : public QObject, public RunGate
{
    Q_OBJECT
public:
    PrimeCheckingChildren(QList<quint64> numbers, int children, WorkerProcess::Options options, QObject *parent = nullptr);
    // Kills and reaps the children still running (WorkerProcess does).
    ~PrimeCheckingChildren() override;

    void start();
    void cancel() override;
    // The children do not stop at steps (there are many): step mode holds the GUI thread's steps only.
    void setGated(bool) override {}
    void permitStep() override {}

Q_SIGNALS:
    void childStarted(qint64 pid);
    void stepPassed(qint64 pid, const QString &stepId);
    void checked(const PrimeCheck &check);
    // Every child has exited and been reaped, and exactly one of these tells how the run ended.
    void completed(qint64 totalNs);
    void cancelled();
    void failed(const QString &errorString);

private:
    void handOut(WorkerProcess *child);
    void handleResult(WorkerProcess *child, const QByteArray &text);
    void fail(const QString &errorString);
    void childExited(WorkerProcess *child);

    const QList<quint64> m_numbers;
    int m_next = 0;                       // the queue: the next number to hand out
    QHash<const WorkerProcess *, int> m_handedOut;   // the number each child was given, until it answers
    int m_checked = 0;
    QList<WorkerProcess *> m_children;    // owned (children of this object)
    int m_running = 0;                    // children not yet exited
    qint64 m_startedAtNs = 0;
    qint64 m_doneAtNs = 0;
    bool m_cancelRequested = false;
    QString m_error;                      // the first failure
};
