// SPDX-License-Identifier: MIT
// Lesson 4 at its bounds (label "long": minutes, run before a release): a million coroutines, ten
// thousand threads and five hundred children all sleep and end, and a cancel at full size frees them.
// Only correctness is asserted; the figures are printed for the README (the benchmark measures them).
#include "labtest.h"

#include "coroutinesleepersrunner.h"
#include "processsleepersrunner.h"
#include "sleeperslimits.h"
#include "sleepscheduler.h"
#include "threadsleepersrunner.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

class TestManyTasksLong : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void atTheBound_data();
    void atTheBound();
};

void TestManyTasksLong::atTheBound_data()
{
    QTest::addColumn<int>("model");
    QTest::newRow("coroutines") << int(SleepersModel::Coroutines);
    QTest::newRow("threads") << int(SleepersModel::Threads);
    QTest::newRow("processes") << int(SleepersModel::Processes);
}

void TestManyTasksLong::atTheBound()
{
    QFETCH(int, model);
    const auto kind = SleepersModel(model);
    const int count = SleepersLimits::bound(kind).count;
    if (count < SleepersModels::designBound(kind))
        std::printf("%s: this machine allows %d, not the design's %d\n", qPrintable(SleepersModels::id(kind)), count, SleepersModels::designBound(kind));
    std::unique_ptr<SleepersRunner> runner;
    for (const bool cancel : {false, true}) {
        const SleepersParameters parameters{count, cancel ? 60'000ms : 1000ms};
        switch (kind) {
        case SleepersModel::Coroutines: runner = std::make_unique<CoroutineSleepersRunner>(parameters); break;
        case SleepersModel::Threads: runner = std::make_unique<ThreadSleepersRunner>(parameters); break;
        case SleepersModel::Processes: runner = std::make_unique<ProcessSleepersRunner>(parameters); break;
        }
        QSignalSpy finished(runner.get(), &DemoRunner::finished);
        runner->start();
        if (cancel) {
            QTRY_VERIFY_WITH_TIMEOUT(runner->progress().started == count, 120000);
            runner->cancel();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        QCOMPARE(runner->progress().alive, 0);
        QCOMPARE(lab::SleepScheduler::forCurrentThread()->sleeping(), size_t(0));
        if (cancel) {
            QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
        } else {
            QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
            QCOMPARE(runner->result()->done, count);
            std::printf("%s\n", qPrintable(u"%1: %2 (launch %3 s)"_s.arg(SleepersModels::id(kind), describe(*runner->result()))
                                               .arg(runner->result()->launchNs / 1e9, 0, 'f', 2)));
        }
    }
}

LAB_TEST_MAIN(TestManyTasksLong)
#include "tst_manytaskslong.moc"
