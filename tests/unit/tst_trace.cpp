// SPDX-License-Identifier: MIT
#include "labtest.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

#include "trace.h"

#include <QSignalSpy>
#include <QThread>

#include <vector>

class TestTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryEventFromManyThreads();
    void namesEveryKind();
    void endRunEndsOnlyItsOpenUnits();
    void unitsOfAnEndedRunReportNoMore();
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


namespace {

TraceEvent unitEvent(const DemoId &demo, quint64 runId, UnitKind unit, qint64 id, TraceEventKind kind)
{
    return {0, demo, runId, unit, id, kind, {}};
}

QList<TraceEventKind> kindsOf(const Trace &trace, const DemoId &demo, quint64 runId, qint64 unitId)
{
    QList<TraceEventKind> kinds;
    for (const TraceEvent &e : trace.events()) {
        if (e.demo == demo && e.runId == runId && e.unitId == unitId)
            kinds << e.kind;
    }
    return kinds;
}

} // namespace

void TestTrace::endRunEndsOnlyItsOpenUnits()
{
    using K = TraceEventKind;
    Trace trace;
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::ChildProcess, 11, K::Busy));      // open
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::ChildProcess, 12, K::Busy));
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::ChildProcess, 12, K::Result));    // done
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::ChildProcess, 13, K::Result));
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::ChildProcess, 13, K::Busy));      // a result, then the next number
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::ChildProcess, 14, K::Sleeping));
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::ChildProcess, 14, K::Step));      // a step keeps it open
    trace.append(unitEvent(u"primes"_s, 2, UnitKind::ChildProcess, 15, K::Busy));      // another run
    trace.append(unitEvent(u"thread"_s, 1, UnitKind::WorkerThread, 16, K::Sleeping)); // another demo
    trace.append(unitEvent(u"primes"_s, 1, UnitKind::GuiLoop, 1, K::Blocked));         // no unit of a run
    QSignalSpy appended(&trace, &Trace::eventAppended);

    QCOMPARE(trace.endRun(u"primes"_s, 1, K::Cancelled), 3);
    QCOMPARE(appended.size(), 3);
    QCOMPARE(kindsOf(trace, u"primes"_s, 1, 11), (QList<K>{K::Busy, K::Cancelled}));
    QCOMPARE(kindsOf(trace, u"primes"_s, 1, 12), (QList<K>{K::Busy, K::Result}));
    QCOMPARE(kindsOf(trace, u"primes"_s, 1, 13), (QList<K>{K::Result, K::Busy, K::Cancelled}));
    QCOMPARE(kindsOf(trace, u"primes"_s, 1, 14), (QList<K>{K::Sleeping, K::Step, K::Cancelled}));
    QCOMPARE(kindsOf(trace, u"primes"_s, 2, 15), QList<K>{K::Busy});
    QCOMPARE(kindsOf(trace, u"thread"_s, 1, 16), QList<K>{K::Sleeping});
    QCOMPARE(kindsOf(trace, u"primes"_s, 1, 1), QList<K>{K::Blocked});
    // Nothing is open any more: a second call ends nothing.
    QCOMPARE(trace.endRun(u"primes"_s, 1, K::Cancelled), 0);
}

void TestTrace::unitsOfAnEndedRunReportNoMore()
{
    using K = TraceEventKind;
    Trace trace;
    trace.append(unitEvent(u"queue"_s, 3, UnitKind::Coroutine, 0, K::Awaiting));
    trace.append(unitEvent(u"queue"_s, 3, UnitKind::Coroutine, 1, K::Result));
    QCOMPARE(trace.endRun(u"queue"_s, 3, K::Cancelled), 1);
    const qsizetype size = trace.size();
    // The stopped coroutine resumes and says so: too late, its lane has ended.
    trace.append(unitEvent(u"queue"_s, 3, UnitKind::Coroutine, 0, K::Resumed));
    trace.append(unitEvent(u"queue"_s, 3, UnitKind::Coroutine, 0, K::Cancelled));
    QCOMPARE(trace.size(), size);
    // Nor does any unit of that run: one that ended on its own, one that starts only now (a child
    // that had not said a word yet).
    trace.append(unitEvent(u"queue"_s, 3, UnitKind::Coroutine, 1, K::Step));
    trace.append(unitEvent(u"queue"_s, 3, UnitKind::ChildProcess, 77, K::Started));
    QCOMPARE(trace.size(), size);
    // The GUI loop (it belongs to no run) and the next run's units go on.
    trace.append(unitEvent(u"queue"_s, 3, UnitKind::GuiLoop, 1, K::Step));
    trace.append(unitEvent(u"queue"_s, 4, UnitKind::Coroutine, 0, K::Started));
    trace.append(unitEvent(u"other"_s, 3, UnitKind::Coroutine, 0, K::Started));
    QCOMPARE(trace.size(), size + 3);
}

LAB_TEST_MAIN(TestTrace)
#include "tst_trace.moc"
