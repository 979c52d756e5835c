// SPDX-License-Identifier: MIT
// Demos that measure the machine run one after another, in the order asked; the others at once.
#include "labtest.h"

#include "demorunner.h"
#include "demoscheduler.h"
#include "echolesson.h"

#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

class TestDemoScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exclusiveRunsTakeTurns();
    void othersStartAtOnce();
    void clearWaitingDropsTheQueue();
};

namespace {

std::unique_ptr<DemoRunner> echo(const QString &id)
{
    return EchoLesson::demo(id).makeRunner(RunSize::Test);
}

} // namespace

void TestDemoScheduler::exclusiveRunsTakeTurns()
{
    DemoScheduler scheduler;
    const auto a = echo(u"a"_s);
    const auto b = echo(u"b"_s);
    const auto c = echo(u"c"_s);
    QStringList started;
    int running = 0;
    int mostAtOnce = 0;
    for (DemoRunner *runner : {a.get(), b.get(), c.get()}) {
        connect(runner, &DemoRunner::stateChanged, this, [&, runner](DemoRunner::State state) {
            if (state == DemoRunner::State::Running) {
                started << runner->demoId();
                mostAtOnce = std::max(mostAtOnce, ++running);
            } else {
                --running;
            }
        });
    }
    int prepared = 0;
    for (DemoRunner *runner : {a.get(), b.get(), c.get()})
        scheduler.run(runner, true, [&prepared] { ++prepared; });
    QVERIFY(a->isRunning());
    QVERIFY(scheduler.isWaiting(b.get()) && scheduler.isWaiting(c.get()));
    scheduler.run(b.get(), true);   // asked again while waiting: keeps its place, not twice
    QTRY_VERIFY(!scheduler.isBusy(c.get()));
    QCOMPARE(started, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(mostAtOnce, 1);
    QCOMPARE(prepared, 3);   // each prepared right before it starts, once
    for (DemoRunner *runner : {a.get(), b.get(), c.get()})
        QCOMPARE(runner->state(), DemoRunner::State::Done);
}

void TestDemoScheduler::othersStartAtOnce()
{
    DemoScheduler scheduler;
    const auto measuring = echo(u"measuring"_s);
    const auto spinner = echo(u"spinner"_s);
    scheduler.run(measuring.get(), true);
    scheduler.run(spinner.get(), false);
    QVERIFY(measuring->isRunning());
    QVERIFY(spinner->isRunning());
    QTRY_VERIFY(!scheduler.isBusy(measuring.get()) && !scheduler.isBusy(spinner.get()));
}

void TestDemoScheduler::clearWaitingDropsTheQueue()
{
    DemoScheduler scheduler;
    const auto a = echo(u"a"_s);
    const auto b = echo(u"b"_s);
    QSignalSpy waiting(&scheduler, &DemoScheduler::waitingChanged);
    scheduler.run(a.get(), true);
    scheduler.run(b.get(), true);
    QCOMPARE(waiting.count(), 1);
    scheduler.clearWaiting();
    QCOMPARE(waiting.count(), 2);
    QVERIFY(!scheduler.isWaiting(b.get()));
    QTRY_COMPARE(a->state(), DemoRunner::State::Done);
    QTest::qWait(20);
    QCOMPARE(b->state(), DemoRunner::State::Idle);   // never started
}

LAB_TEST_MAIN(TestDemoScheduler)
#include "tst_demoscheduler.moc"
