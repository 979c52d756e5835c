// SPDX-License-Identifier: MIT
#pragma once

#include "queueorder.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <limits>
#include <optional>
#include <tuple>

// Part B's experiment: one producer puts the items 1..J on a queue of capacity C, and K consumers
// take them, each working W ms on every item, until each takes a sentinel.
struct QueueParameters {
    static constexpr int mostConsumers = 16;
    static constexpr int mostItems = 100'000;
    static constexpr int mostCapacity = 1000;
    static constexpr int mostWorkMs = 1000;

    int consumers = 4;   // K
    int items = 200;     // J
    int capacity = 10;   // C: the queue's maxsize; a full queue makes the producer wait
    int workMs = 5;      // W: a consumer's work on one item (a sleep), 0 allowed

    // Each value within its range.
    QueueParameters clamped() const;
};

// What travels through the queue: Python's (priority, n) tuples. Only a priority queue looks at the
// priority (n % 3): of the items waiting, those with priority 0 come out first, then 1, then 2, and
// equal priorities go by n, as tuples compare.
struct QueueItem {
    int priority = 0;
    int n = 0;   // 1..J; 0 in the sentinel

    static QueueItem of(int n) { return {n % 3, n}; }
    // "No more items": one per consumer. Python: (math.inf, 0), which sorts after every item, so a
    // priority queue hands it out last.
    static QueueItem sentinel() { return {std::numeric_limits<int>::max(), 0}; }
    bool isSentinel() const { return n == 0; }

    friend bool operator<(const QueueItem &a, const QueueItem &b) { return std::tie(a.priority, a.n) < std::tie(b.priority, b.n); }
};

// What one queue run found: the items and their sum as the consumers processed them, added up (J and
// J x (J + 1) / 2 when none is lost or taken twice), each consumer's share, and how often the producer
// had to wait for room.
struct QueueResult {
    // How many of the first items taken are kept, in the order they were taken.
    static constexpr int firstTakenKept = 12;

    QueueOrder order = QueueOrder::Fifo;
    int consumers = 0;
    int capacity = 0;
    qint64 items = 0;
    qint64 sum = 0;
    QList<qint64> perConsumer;   // items each consumer processed
    qint64 elapsedNs = 0;        // from the first put to the last consumer's end
    qint64 producerWaits = 0;    // puts that found the queue full
    qint64 producerWaitNs = 0;   // the producer's time waiting for room
    QList<int> firstTaken;       // the first items taken, in the order they were taken

    static qint64 sumOf(qint64 items) { return items * (items + 1) / 2; }
    double itemsPerSecond() const { return elapsedNs > 0 ? double(items) * 1e9 / double(elapsedNs) : 0.0; }
};

// Untranslated: "fifo", "lifo", "priority".
QString orderId(QueueOrder order);

// "200 items, sum 20,100, by 4 consumers (50, 50, 51, 49), 760 items/s; the producer waited 150 times
// for room" ("... 1 time for room", "... never had to wait for room"; the order they were taken in is
// in toJson() and the page's view)
QString describe(const QueueResult &result);
// "200 items, sum 20100"
QString traceDetail(const QueueResult &result);
// {"order", "consumers", "capacity", "items", "sum", "perConsumer", "elapsedNs", "itemsPerSecond",
//  "producerWaits", "producerWaitNs", "firstTaken"}
QJsonObject toJson(const QueueResult &result);

// Only the first few items of each consumer (and of the producer) record their steps in the trace:
// the timeline and the code viewer show how it goes, not every one of J items.
inline constexpr int queueTracedItems = 3;

// The process demo's words on the worker's line protocol: the parent sends "item <n>" as a job, the
// child answers "done <n>" as a result once it has worked on it.
namespace QueueJobs {
QByteArray jobText(int n);
QByteArray resultText(int n);
// n (1..QueueParameters::mostItems) from such a text, or nullopt for anything else.
std::optional<int> itemOfJob(QByteArrayView text);
std::optional<int> itemOfResult(QByteArrayView text);
} // namespace QueueJobs
