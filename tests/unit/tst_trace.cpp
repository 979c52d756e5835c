// SPDX-License-Identifier: MIT
#include "labtest.h"

#include "trace.h"

#include <QThread>

#include <vector>

class TestTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryEventFromManyThreads();
    void namesEveryKind();
};

void TestTrace::keepsEveryEventFromManyThreads()
{
    Trace trace;
    constexpr int threads = 4;
    constexpr int perThread = 2000;
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&trace, t] {
            for (int i = 0; i < perThread; ++i)
                trace.append({0, DemoKind::Thread, quint64(t), UnitKind::WorkerThread, t + 1, TraceEventKind::Step, QString::number(i)});
        }));
        workers.back()->start();
    }
    for (auto &worker : workers)
        QVERIFY(worker->wait(30000));

    const QList<TraceEvent> events = trace.events();
    QCOMPARE(events.size(), threads * perThread);
    // Per thread, in the order it appended them; and times never go backwards within a thread.
    std::vector<int> next(threads, 0);
    std::vector<qint64> lastTime(threads, 0);
    for (const TraceEvent &event : events) {
        const int t = int(event.runId);
        QCOMPARE(event.detail.toInt(), next[t]++);
        QVERIFY(event.timeNs >= lastTime[t]);
        lastTime[t] = event.timeNs;
    }
    QCOMPARE(trace.eventsFrom(events.size() - 10).size(), 10);
    QVERIFY(trace.eventsFrom(events.size()).isEmpty());
}

void TestTrace::namesEveryKind()
{
    for (UnitKind kind : {UnitKind::GuiLoop, UnitKind::WorkerThread, UnitKind::ChildProcess, UnitKind::Coroutine}) {
        QVERIFY(!TraceNames::unitKindId(kind).isEmpty());
        QVERIFY(!TraceNames::unitKindTitle(kind).isEmpty());
    }
    QCOMPARE(TraceNames::eventKindId(TraceEventKind::Blocked), QStringLiteral("blocked"));
}

LAB_TEST_MAIN(TestTrace)
#include "tst_trace.moc"
