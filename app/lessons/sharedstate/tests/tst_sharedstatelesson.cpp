// SPDX-License-Identifier: MIT
// Lesson 5 in the window: N, M and the 2 x 1 set-up reach every counter runner and are remembered;
// --units and --increments are checked; in the Code dock's step panel both threads of a run wait, and
// choosing which one steps loses an update by hand; the real binary prints the summary lines.
#include "labtest.h"

#include "commandline.h"
#include "counterrunner.h"
#include "lessonpage.h"
#include "lessonregistry.h"
#include "mainwindow.h"
#include "sharedstate.h"
#include "steppanel.h"
#include "threadid.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<DemoId> counterDemos()
{
    return SharedStateLesson::threadCounterDemos() + SharedStateLesson::coroutineCounterDemos()
        + SharedStateLesson::processCounterDemos();
}

CounterRunner *counterRunner(MainWindow &window, const DemoId &id)
{
    return dynamic_cast<CounterRunner *>(window.runner(id));
}

template <typename Widget>
Widget *pageChild(MainWindow &window, const QString &name)
{
    LessonPage *page = window.page(u"shared-state"_s);
    return page ? page->template findChild<Widget *>(name) : nullptr;
}

// The row of the step panel's waiting list that shows `unit`, or -1.
int rowOf(const QListWidget &list, const ExecutionUnit &unit)
{
    constexpr int unitKindRole = Qt::UserRole + 1;
    constexpr int unitIdRole = Qt::UserRole + 2;
    for (int row = 0; row < list.count(); ++row) {
        const QListWidgetItem *item = list.item(row);
        if (item->data(unitKindRole).toInt() == int(unit.kind) && item->data(unitIdRole).toLongLong() == unit.id)
            return row;
    }
    return -1;
}

QString waitingStep(const DemoRunner &runner, const ExecutionUnit &unit)
{
    for (const DemoRunner::WaitingUnit &waiting : runner.waitingUnits()) {
        if (waiting.unit == unit)
            return waiting.step;
    }
    return {};
}

} // namespace

class TestSharedStateLesson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void countersReachTheRunners();
    void countersAreRemembered();
    void commandLineCounts_data();
    void commandLineCounts();
    void stepPanelLosesAnUpdateByHand();
    void chosenUnitStaysChosen();
    void headlessSummaryAndReport();
};

void TestSharedStateLesson::init()
{
    QSettings().clear();
}

void TestSharedStateLesson::countersReachTheRunners()
{
    MainWindow window(LessonRegistry::standard());
    auto *units = pageChild<QSpinBox>(window, u"counterUnits"_s);
    auto *increments = pageChild<QSpinBox>(window, u"counterIncrements"_s);
    auto *widen = pageChild<QCheckBox>(window, u"widenWindow"_s);
    QVERIFY(units && increments && widen);
    QCOMPARE(units->value(), CounterParameters{}.units);
    units->setValue(3);
    increments->setValue(777);
    widen->setChecked(true);
    QVERIFY(pageChild<QLabel>(window, u"expectedTotal"_s)->text().contains(u"2,331"_s));
    QVERIFY(pageChild<QLabel>(window, u"expectedTotal"_s)->text().contains(u"long critical section: 90"_s));
    QVERIFY(!counterDemos().isEmpty());
    for (const DemoId &id : counterDemos()) {
        const CounterParameters parameters = counterRunner(window, id)->parameters();
        QCOMPARE(parameters.units, 3);
        QCOMPARE(parameters.increments, 777);
        QVERIFY(parameters.widenWindow);
    }
    pageChild<QPushButton>(window, u"counterByHand"_s)->click();
    QCOMPARE(units->value(), 2);
    QCOMPARE(increments->value(), 1);
    QCOMPARE(counterRunner(window, u"counter-threads-nolock"_s)->parameters().units, 2);
    QCOMPARE(counterRunner(window, u"counter-threads-nolock"_s)->parameters().increments, 1);
}

void TestSharedStateLesson::countersAreRemembered()
{
    {
        MainWindow window(LessonRegistry::standard());
        pageChild<QSpinBox>(window, u"counterUnits"_s)->setValue(5);
        pageChild<QSpinBox>(window, u"counterIncrements"_s)->setValue(4321);
    }
    MainWindow window(LessonRegistry::standard());
    QCOMPARE(pageChild<QSpinBox>(window, u"counterUnits"_s)->value(), 5);
    QCOMPARE(pageChild<QSpinBox>(window, u"counterIncrements"_s)->value(), 4321);
    QCOMPARE(counterRunner(window, u"counter-coroutines"_s)->parameters().increments, 4321);
}

void TestSharedStateLesson::commandLineCounts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("both") << QStringList{u"--units"_s, u"16"_s, u"--increments"_s, u"10000000"_s} << QString();
    QTest::newRow("no units") << QStringList{u"--units"_s, u"0"_s} << u"--units takes a whole number from 1 to 16, not \"0\"."_s;
    QTest::newRow("too many units") << QStringList{u"--units"_s, u"17"_s} << u"not \"17\""_s;
    QTest::newRow("words") << QStringList{u"--increments"_s, u"lots"_s} << u"--increments takes a whole number"_s;
}

void TestSharedStateLesson::commandLineCounts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CommandLineOutcome outcome = CommandLine::parse(QStringList{u"concurrency-lab"_s} + arguments, LessonRegistry::standard());
    if (error.isEmpty()) {
        QCOMPARE(outcome.action, CommandLineOutcome::Action::RunApp);
        MainWindow window(LessonRegistry::standard(), outcome.options.lessonOptions);
        QCOMPARE(counterRunner(window, u"counter-threads-mutex"_s)->parameters().units, 16);
        QCOMPARE(counterRunner(window, u"counter-threads-mutex"_s)->parameters().increments, 10'000'000);
        QCOMPARE(pageChild<QSpinBox>(window, u"counterUnits"_s)->value(), 16);
        return;
    }
    QCOMPARE(outcome.action, CommandLineOutcome::Action::PrintAndExit);
    QCOMPARE(outcome.exitCode, CommandLine::usageErrorExitCode);
    QVERIFY2(outcome.output.contains(error), qPrintable(outcome.output));
}

// The exercise as a student does it: Step mode on, the run's two threads listed in the Code dock,
// each chosen in turn and let past its steps with Step.
void TestSharedStateLesson::stepPanelLosesAnUpdateByHand()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    pageChild<QPushButton>(window, u"counterByHand"_s)->click();
    auto *steps = window.findChild<StepPanel *>();
    auto *waiting = window.findChild<QListWidget *>(u"waitingList"_s);
    QVERIFY(steps && waiting);
    steps->stepModeAction()->setChecked(true);
    DemoRunner *runner = window.runner(u"counter-threads-nolock"_s);
    runner->start();
    const ExecutionUnit gui{UnitKind::GuiLoop, ThreadId::gui()};
    QTRY_COMPARE_WITH_TIMEOUT(waitingStep(*runner, gui), u"start-units"_s, 10'000);
    steps->stepAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(waiting->count(), 2, 10'000);
    const ExecutionUnit a = runner->waitingUnits().at(0).unit;
    const ExecutionUnit b = runner->waitingUnits().at(1).unit;
    const auto stepUnit = [&](const ExecutionUnit &unit) {
        const int row = rowOf(*waiting, unit);
        if (row < 0)
            return false;
        waiting->setCurrentRow(row);
        steps->stepAction()->trigger();
        return true;
    };
    QVERIFY(stepUnit(a));   // A reads 0
    QTRY_COMPARE_WITH_TIMEOUT(waitingStep(*runner, a), u"add"_s, 10'000);
    for (const QString &next : {u"add"_s, u"write"_s}) {
        QVERIFY(stepUnit(b));
        QTRY_COMPARE_WITH_TIMEOUT(waitingStep(*runner, b), next, 10'000);
    }
    QVERIFY(stepUnit(b));   // B writes 1 and ends
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(*waiting, b), -1, 10'000);
    QCOMPARE(waitingStep(*runner, a), u"add"_s);
    QVERIFY(stepUnit(a));
    QTRY_COMPARE_WITH_TIMEOUT(waitingStep(*runner, a), u"write"_s, 10'000);
    QVERIFY(stepUnit(a));   // A writes 1: B's update is lost
    steps->continueAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 10'000);
    QVERIFY2(runner->resultText().startsWith(u"1 of 2 (1 lost)"_s), qPrintable(runner->resultText()));
    steps->stepModeAction()->setChecked(false);
}

// The student chooses thread B once and presses Step three times: B goes through its whole
// increment (read, add, write), A stays where it is, although B leaves the waiting list between a
// Step and its next stop.
void TestSharedStateLesson::chosenUnitStaysChosen()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    pageChild<QPushButton>(window, u"counterByHand"_s)->click();
    auto *steps = window.findChild<StepPanel *>();
    auto *waiting = window.findChild<QListWidget *>(u"waitingList"_s);
    steps->stepModeAction()->setChecked(true);
    DemoRunner *runner = window.runner(u"counter-threads-nolock"_s);
    runner->start();
    const ExecutionUnit gui{UnitKind::GuiLoop, ThreadId::gui()};
    QTRY_COMPARE_WITH_TIMEOUT(waitingStep(*runner, gui), u"start-units"_s, 10'000);
    steps->stepAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(waiting->count(), 2, 10'000);
    const ExecutionUnit a = runner->waitingUnits().at(0).unit;
    const ExecutionUnit b = runner->waitingUnits().at(1).unit;
    waiting->setCurrentRow(rowOf(*waiting, b));
    for (const QString &next : {u"add"_s, u"write"_s}) {
        steps->stepAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(waitingStep(*runner, b), next, 10'000);
        QCOMPARE(waiting->currentRow(), rowOf(*waiting, b));   // still the student's choice
    }
    steps->stepAction()->trigger();   // B writes and ends
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(*waiting, b), -1, 10'000);
    QCOMPARE(waitingStep(*runner, a), u"read"_s);   // A never moved
    // B has ended: the one still waiting is selected, and Step goes to it.
    QTRY_COMPARE_WITH_TIMEOUT(waiting->currentRow(), rowOf(*waiting, a), 10'000);
    steps->stepAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(waitingStep(*runner, a), u"add"_s, 10'000);
    steps->continueAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 10'000);
    QVERIFY2(runner->resultText().startsWith(u"2 of 2"_s), qPrintable(runner->resultText()));
    steps->stepModeAction()->setChecked(false);
}

void TestSharedStateLesson::headlessSummaryAndReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString report = dir.filePath(u"r.json"_s);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    app.setProcessEnvironment(environment);
    app.start(QCoreApplication::applicationDirPath() + u"/concurrency-lab"_s,
              {u"--run"_s, u"counters-coroutines"_s, u"--run"_s, u"counter-threads-atomic"_s, u"--units"_s, u"3"_s,
               u"--increments"_s, u"100"_s, u"--quit-when-done"_s, u"--report"_s, report});
    QVERIFY(app.waitForFinished(120'000));
    const QString out = QString::fromLocal8Bit(app.readAllStandardOutput());
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(out.contains(u"counter-coroutines-await: 100 of 300 (200 lost)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"counter-coroutines-lock: 300 of 300 (none lost)"_s), qPrintable(out));
    QVERIFY2(out.contains(u"counter-threads-atomic: 300 of 300 (none lost)"_s), qPrintable(out));

    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray runs = QJsonDocument::fromJson(file.readAll()).object().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 4);
    bool sawAwait = false;
    for (const QJsonValue &run : runs) {
        if (run.toObject().value(u"demo"_s).toString() != u"counter-coroutines-await"_s)
            continue;
        const QJsonObject result = run.toObject().value(u"result"_s).toObject();
        QCOMPARE(result.value(u"expected"_s).toInteger(), 300);
        QCOMPARE(result.value(u"total"_s).toInteger(), 100);
        QCOMPARE(result.value(u"lost"_s).toInteger(), 200);
        sawAwait = true;
    }
    QVERIFY(sawAwait);
}

LAB_TEST_MAIN(TestSharedStateLesson)
#include "tst_sharedstatelesson.moc"
