// SPDX-License-Identifier: MIT
#include "labtest.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

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
                trace.append({0, u"thread"_s, quint64(t), UnitKind::WorkerThread, t + 1, TraceEventKind::Step, QString::number(i)});
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
    QSet<QString> ids;
    for (UnitKind kind : {UnitKind::GuiLoop, UnitKind::WorkerThread, UnitKind::ChildProcess, UnitKind::Coroutine}) {
        ids.insert(ExecutionUnit::kindId(kind));
        QVERIFY(!ExecutionUnit::kindName(kind).isEmpty());
    }
    QCOMPARE(ids.size(), 4);
    // One name per unit, everywhere: the same words the panels, the viewer and the timeline show.
    QCOMPARE((ExecutionUnit{UnitKind::WorkerThread, 1234}).name(), u"worker thread TID 1234"_s);
    QCOMPARE((ExecutionUnit{UnitKind::ChildProcess, 4711}).name(), u"child PID 4711"_s);
    QVERIFY(!(ExecutionUnit{UnitKind::ChildProcess, 0}).name().contains(u"PID 0"_s));
    QCOMPARE((ExecutionUnit{UnitKind::GuiLoop, 7}).name(), u"GUI thread"_s);
    QCOMPARE((ExecutionUnit{UnitKind::Coroutine, 7}).name(), u"coroutine"_s);
    // A unit is a value: equal units are equal whatever the language shows.
    QCOMPARE((ExecutionUnit{UnitKind::WorkerThread, 1}), (ExecutionUnit{UnitKind::WorkerThread, 1}));
    QVERIFY((ExecutionUnit{UnitKind::WorkerThread, 1}) != (ExecutionUnit{UnitKind::ChildProcess, 1}));
    QCOMPARE(TraceNames::eventKindId(TraceEventKind::Blocked), QStringLiteral("blocked"));
}

LAB_TEST_MAIN(TestTrace)
#include "tst_trace.moc"
