// SPDX-License-Identifier: MIT
#pragma once

#include "queueprogress.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QueueRunner;
class ConsumersStrip;

// What a queue run looks like while it runs, under its demo panel: the queue's fill level as a bar
// ("7 of 10 in the queue"), what each consumer holds now, items done and the throughput, the first
// items taken (the queue's order), and the producer's state, highlighted while it waits for room (back-pressure). A view of a QueueRunner it
// does not own; it changes only when the runner publishes progress (at most every ~50 ms while a
// run works, never while idle). GUI thread only.
class QueueView : public QWidget
{
    Q_OBJECT
public:
    // Queue: an in-memory queue (threads, coroutines); Pipes: the process demo, whose "queue" is the
    // items waiting in the children's pipes (sent to a busy child, not taken yet).
    enum class Kind { Queue, Pipes };

    QueueView(QueueRunner *runner, Kind kind, QWidget *parent = nullptr);

    void setProgress(const QueueProgress &progress);
    const QueueProgress &shownProgress() const { return m_progress; }
    // The texts shown now (for tests and screen readers).
    QString fillText() const;
    QString consumersText() const;
    QString countsText() const;
    QString orderText() const;
    QString producerText() const;
    bool showsProducerWaiting() const { return m_progress.running && m_progress.producerWaiting; }

private:
    bool hasRun() const;   // a run has published progress (or is publishing it)
    void showProducer();

    const Kind m_kind;
    QPointer<QueueRunner> m_runner;
    QueueProgress m_progress;
    QProgressBar *m_fill;
    ConsumersStrip *m_consumers;
    QLabel *m_consumersLabel;
    QLabel *m_counts;
    QLabel *m_order;
    QLabel *m_producer;
};
