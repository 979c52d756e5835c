// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QtGlobal>

// A snapshot of one queue run, taken on the GUI thread: how full the queue is, what each consumer
// holds, how far the run is, and whether the producer waits for room. A value: the runners publish
// it at most every ~50 ms (QueueRunner::progressChanged), the view only shows it.
struct QueueProgress {
    int queued = 0;          // items in the queue now; processes: waiting in the pipes (sent to a
                             // busy child, not taken yet)
    int capacity = 0;        // C
    QList<int> inFlight;     // per consumer: 1 while it works on an item, else 0
    qint64 done = 0;         // items processed
    qint64 items = 0;        // J
    bool producerWaiting = false;   // the queue is full and the producer waits for room
    qint64 producerWaits = 0;       // how many times it had to wait so far
    qint64 elapsedNs = 0;           // since the first put (for the throughput)
    QList<int> firstTaken;          // the first items taken, in the order taken (the queue's order)
    bool running = false;           // the run is going on (false: the last run's final figures)

    double itemsPerSecond() const { return elapsedNs > 0 ? double(done) * 1e9 / double(elapsedNs) : 0.0; }
    friend bool operator==(const QueueProgress &, const QueueProgress &) = default;
};

Q_DECLARE_METATYPE(QueueProgress)
