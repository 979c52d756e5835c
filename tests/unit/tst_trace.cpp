// SPDX-License-Identifier: MIT
#include "labtest.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

#include "trace.h"

#include <QSignalSpy>
#include <QThread>

#include <algorithm>
#include <vector>

class TestTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsEveryEventFromManyThreads();
    void namesEveryKind();
    void endRunEndsOnlyItsOpenUnits();
    void unitsOfAnEndedRunReportNoMore();
    void staysBoundedOverManyRuns();
    void keepsARunThatIsStillGoing();
    void readersFollowAcrossPruning();
};

namespace {

// One finished run of `demo` as lesson 1's thread demo traces it: the GUI thread's steps, then a
// worker thread that starts, sleeps, steps and answers.
void appendFinishedRun(Trace &trace, const DemoId &demo, quint64 runId)
{
    using K = TraceEventKind;
    trace.append({0, demo, runId, UnitKind::GuiLoop, 1, K::Step, u"start-spinner"_s});
    for (K kind : {K::Started, K::Step, K::Sleeping, K::Resumed, K::Step, K::Result})
        trace.append({0, demo, runId, UnitKind::WorkerThread, qint64(1000 + runId), kind, u"42"_s});
    trace.append({0, demo, runId, UnitKind::GuiLoop, 1, K::Step, u"print-answer"_s});
}

QSet<quint64> runsOf(const Trace &trace, const DemoId &demo)
{
    QSet<quint64> runs;
    for (const TraceEvent &event : trace.events()) {
        if (event.demo == demo)
            runs.insert(event.runId);
    }
    return runs;
}

} // namespace

// Memory grew about 33 kB per "Run all" for good: the trace kept every event of every run. It keeps
// the last runsKeptPerDemo() runs of each demo, whole.
void TestTrace::staysBoundedOverManyRuns()
{
    Trace trace;
    const int kept = trace.runsKeptPerDemo();
    QVERIFY(kept >= 2);
    constexpr int eventsPerRun = 8;
    qsizetype largest = 0;
    for (quint64 run = 1; run <= 500; ++run) {
        for (const DemoId &demo : {u"thread"_s, u"process"_s, u"coroutine"_s})
            appendFinishedRun(trace, demo, run);
        largest = std::max(largest, trace.size());
    }
    QCOMPARE(trace.appendedCount(), 500 * 3 * eventsPerRun);
    QCOMPARE(largest, qsizetype(3 * kept * eventsPerRun));
    QCOMPARE(trace.size(), qsizetype(3 * kept * eventsPerRun));
    // The newest runs, whole, of every demo.
    QSet<quint64> newest;
    for (quint64 run = 500 - kept + 1; run <= 500; ++run)
        newest.insert(run);
    for (const DemoId &demo : {u"thread"_s, u"process"_s, u"coroutine"_s})
        QCOMPARE(runsOf(trace, demo), newest);
    // A smaller bound applies from the next run on.
    trace.setRunsKeptPerDemo(1);
    appendFinishedRun(trace, u"thread"_s, 501);
    QCOMPARE(runsOf(trace, u"thread"_s), QSet<quint64>{501});
    QCOMPARE(runsOf(trace, u"process"_s), newest);
}

// A run with a unit still going is never pruned (a thread held in step mode, a sleeper of 60 s),
// however many runs of its demo come after it; it goes once it is over and another run starts.
void TestTrace::keepsARunThatIsStillGoing()
{
    using K = TraceEventKind;
    Trace trace;
    trace.setRunsKeptPerDemo(2);
    trace.append({0, u"thread"_s, 1, UnitKind::WorkerThread, 7, K::Sleeping, {}});   // still going
    for (quint64 run = 2; run <= 10; ++run)
        appendFinishedRun(trace, u"thread"_s, run);
    QCOMPARE(runsOf(trace, u"thread"_s), (QSet<quint64>{1, 10}));   // the bound holds, run 1 included
    trace.append({0, u"thread"_s, 1, UnitKind::WorkerThread, 7, K::Result, u"42"_s});
    appendFinishedRun(trace, u"thread"_s, 11);
    QCOMPARE(runsOf(trace, u"thread"_s), (QSet<quint64>{10, 11}));
}

// A reader that follows the trace by sequence numbers (the timeline) gets every event appended after
// its last read that is still kept, in order, also when runs were pruned in between.
void TestTrace::readersFollowAcrossPruning()
{
    Trace trace;
    trace.setRunsKeptPerDemo(1);
    qsizetype next = 0;
    appendFinishedRun(trace, u"thread"_s, 1);
    QCOMPARE(trace.eventsFrom(next, &next).size(), 8);
    QCOMPARE(next, 8);
    appendFinishedRun(trace, u"thread"_s, 2);   // run 1 goes
    appendFinishedRun(trace, u"process"_s, 1);
    const QList<TraceEvent> fresh = trace.eventsFrom(next, &next);
    QCOMPARE(fresh.size(), 16);
    QCOMPARE(fresh.first().demo, u"thread"_s);
    QCOMPARE(fresh.first().runId, 2u);
    QCOMPARE(fresh.last().demo, u"process"_s);
    QCOMPARE(next, 24);
    QVERIFY(trace.eventsFrom(next, &next).isEmpty());
    QCOMPARE(next, 24);
    QCOMPARE(trace.eventsFrom(0).size(), 16);   // what is kept
}

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
