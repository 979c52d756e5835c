// SPDX-License-Identifier: MIT
// Long runs (label "long"): a window left open for a lesson's worth of clicks. Hundreds of cycles of
// short demos in one process ("Run all" of lesson 1, then a counter of lesson 5 and a block of lesson
// 2), and 1,000 runs of each demo of each lesson one after another (short durations); afterwards
// the heap, RSS, threads and open files are back near where they were after a warm-up: nothing
// grows with the number of runs. Prints the figures. LAB_LONG_CYCLES / LAB_LONG_RUNS: fewer or more.
#include "labtest.h"
#include "labtestdemos.h"

#include "childreaper.h"
#include "demorunner.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

#include <malloc.h>
#include <unistd.h>

#include <cstdio>
#include <limits>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// What the process holds now, from /proc/self and the allocator.
struct Footprint {
    qint64 heapBytes = 0;   // allocated by malloc and not freed (mallinfo2)
    qint64 rssBytes = 0;    // VmRSS
    int threads = 0;
    int openFiles = 0;
    int children = 0;       // child processes not yet reaped
};

qint64 statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name + ':'))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// /proc/self/task/<tid>/children lists the children each thread started.
int childCount()
{
    int children = 0;
    const QString tasks = u"/proc/self/task"_s;
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks + u'/' + task + u"/children"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray pids = file.readAll().simplified();
            if (!pids.isEmpty())
                children += int(pids.count(' ')) + 1;
        }
    }
    return children;
}

Footprint footprint()
{
    ::malloc_trim(0);
    Footprint now;
    now.heapBytes = qint64(::mallinfo2().uordblks);
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = status.readAll();
        now.rssBytes = statusField(text, "VmRSS") * 1024;
        now.threads = int(statusField(text, "Threads"));
    }
    now.openFiles = int(QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files).size());
    now.children = childCount();
    return now;
}

void print(const char *when, const Footprint &f)
{
    std::printf("%-22s heap %8.1f kB  RSS %8.1f kB  threads %3d  fds %3d  children %d\n", when, f.heapBytes / 1024.0,
                f.rssBytes / 1024.0, f.threads, f.openFiles, f.children);
    std::fflush(stdout);
}

} // namespace

class TestLongRuns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }
    void manyCyclesLeaveNothingBehind();
    void eachDemoRunsAThousandTimes_data() { LabTest::addDemoRows(LabTest::allDemoIds()); }
    void eachDemoRunsAThousandTimes();

private:
    void cycle(MainWindow &window, QPushButton *runAll);
};

// One cycle: lesson 1's "Run all", then lesson 5's unlocked counter and lesson 2's block, each to its end.
void TestLongRuns::cycle(MainWindow &window, QPushButton *runAll)
{
    QTest::mouseClick(runAll, Qt::LeftButton);
    for (const DemoId &id : {u"thread"_s, u"process"_s, u"coroutine"_s})
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(id)->state(), DemoRunner::State::Done, 20000);
    for (const DemoId &id : {u"counter-threads-nolock"_s, u"block"_s}) {
        window.runDemo(id);
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(id)->state(), DemoRunner::State::Done, 20000);
    }
}

void TestLongRuns::manyCyclesLeaveNothingBehind()
{
    const int cycles = qEnvironmentVariableIntValue("LAB_LONG_CYCLES") > 0 ? qEnvironmentVariableIntValue("LAB_LONG_CYCLES") : 300;
    constexpr int warmUp = 30;
    MainWindow window(LabTest::registry(), {{u"units"_s, u"2"_s}, {u"increments"_s, u"20000"_s}});
    window.setSlowTaskDuration(100ms);
    // LAB_LONG_UNBOUNDED_TRACE=1: the trace keeps every run, as it did before it was bounded (for
    // the figures of before and after; the test then fails).
    if (qEnvironmentVariableIntValue("LAB_LONG_UNBOUNDED_TRACE") == 1)
        window.trace()->setRunsKeptPerDemo(std::numeric_limits<int>::max());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *runAll = window.findChild<QPushButton *>(u"runAllButton"_s);
    QVERIFY(runAll);

    for (int i = 0; i < warmUp; ++i) {
        cycle(window, runAll);
        if (QTest::currentTestFailed())
            return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(footprint().children, 0, 10000);   // the reaper collected every child
    const Footprint baseline = footprint();
    print("after the warm-up:", baseline);
    for (int i = 0; i < cycles; ++i) {
        cycle(window, runAll);
        if (QTest::currentTestFailed())
            return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(footprint().children, 0, 10000);
    const Footprint after = footprint();
    print(qPrintable(u"after %1 more cycles:"_s.arg(cycles)), after);
    const double perCycle = double(after.heapBytes - baseline.heapBytes) / cycles;
    std::printf("heap growth per cycle: %.0f bytes (trace: %lld events kept of %lld)\n", perCycle,
                qint64(window.trace()->size()), qint64(window.trace()->appendedCount()));

    // What is kept for a while on purpose (the lag monitor's and the spinners' last ten minutes, a
    // few kB per second) grows with the test's minutes; what grows with every run would be far more
    // (33 kB per "Run all" before the trace, step history and timeline were bounded).
    QVERIFY2(perCycle < 4096, qPrintable(u"%1 bytes per cycle"_s.arg(perCycle)));
    QVERIFY2(after.rssBytes < baseline.rssBytes + 24 * 1024 * 1024, "RSS");
    QVERIFY2(after.threads <= baseline.threads + 2, "threads");   // a pool thread may be between tasks
    QCOMPARE(after.openFiles, baseline.openFiles);
    QVERIFY(window.trace()->size() < window.trace()->appendedCount() / 10);
}

// One demo's runner, run again and again (each run to its end, with 10 ms for a demo that takes a
// duration), as a student clicking Run all afternoon would. The trace is the app's, bounded.
void TestLongRuns::eachDemoRunsAThousandTimes()
{
    QFETCH(DemoId, demo);
    const int runs = qEnvironmentVariableIntValue("LAB_LONG_RUNS") > 0 ? qEnvironmentVariableIntValue("LAB_LONG_RUNS") : 1000;
    constexpr int warmUp = 20;
    Trace trace;
    auto runner = LabTest::makeRunner(demo);
    runner->setTrace(&trace);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    const auto runOnce = [&] {
        const qsizetype before = finished.count();
        LabTest::start(*runner, 10ms);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, 60000);
        QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
    };
    const auto settled = [] {
        QTRY_COMPARE_WITH_TIMEOUT(ChildReaper::pending(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(footprint().children, 0, 10000);
        QTest::qWait(50);   // a thread that just ended its run leaves the pool's bookkeeping
    };
    for (int i = 0; i < warmUp && !QTest::currentTestFailed(); ++i)
        runOnce();
    settled();
    const Footprint baseline = footprint();
    for (int i = 0; i < runs && !QTest::currentTestFailed(); ++i)
        runOnce();
    if (QTest::currentTestFailed())
        return;
    settled();
    const Footprint after = footprint();
    const double perRun = double(after.heapBytes - baseline.heapBytes) / runs;
    std::printf("%-30s %5d runs: heap %+9.1f kB (%+6.0f B/run)  RSS %+8.1f kB  threads %+d  fds %+d  children %d\n",
                qPrintable(demo), runs, (after.heapBytes - baseline.heapBytes) / 1024.0, perRun,
                (after.rssBytes - baseline.rssBytes) / 1024.0, after.threads - baseline.threads,
                after.openFiles - baseline.openFiles, after.children);
    std::fflush(stdout);
    QVERIFY2(perRun < 1024, qPrintable(u"%1 bytes per run"_s.arg(perRun)));
    QVERIFY2(after.rssBytes < baseline.rssBytes + 16 * 1024 * 1024, "RSS");
    QVERIFY2(after.threads <= baseline.threads + 2, "threads");   // a pool thread may be between tasks
    QCOMPARE(after.openFiles, baseline.openFiles);
    QCOMPARE(after.children, 0);
}

LAB_TEST_MAIN(TestLongRuns)
#include "tst_longruns.moc"
