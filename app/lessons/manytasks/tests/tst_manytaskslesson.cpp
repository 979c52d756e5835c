// SPDX-License-Identifier: MIT
// Lesson 4 in the window: the count controls reach the runners (and stop at the machine's bound),
// counts are remembered, part A's output shows in its panels, a run fills the figures table, and the
// real binary runs the lesson headless with --count and a report.
#include "labtest.h"

#include "commandline.h"
#include "demopanel.h"
#include "lessonregistry.h"
#include "mainwindow.h"
#include "manytasks.h"
#include "manytaskslessonpage.h"
#include "sleepersfigures.h"
#include "sleeperslimits.h"
#include "sleepersrunner.h"
#include "waysrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace {

ManyTasksLessonPage *page(MainWindow &window)
{
    return qobject_cast<ManyTasksLessonPage *>(window.page(u"many-tasks"_s));
}

SleepersRunner *sleepers(MainWindow &window, SleepersModel model, bool python)
{
    return qobject_cast<SleepersRunner *>(window.runner(ManyTasksLesson::sleepersDemo(model, python)));
}

} // namespace

class TestManyTasksLesson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void countsReachTheRunners();
    void countsAreRemembered();
    void outputShowsInItsPanel();
    void runFillsTheFigures();
    void commandLineCount_data();
    void commandLineCount();
    void headlessSummaryAndReport();
};

void TestManyTasksLesson::init()
{
    QSettings().clear();
}

void TestManyTasksLesson::countsReachTheRunners()
{
    MainWindow window(LessonRegistry::standard());
    ManyTasksLessonPage *lesson = page(window);
    QVERIFY(lesson);
    for (const SleepersModel model : ManyTasksLesson::sleepersModels()) {
        QSpinBox *box = lesson->countBox(model);
        QCOMPARE(box->maximum(), SleepersLimits::bound(model).count);
        QCOMPARE(box->value(), std::min(ManyTasksLessonPage::defaultCount(model), box->maximum()));
        box->setValue(7);
        QCOMPARE(sleepers(window, model, false)->parameters().count, 7);
        QCOMPARE(sleepers(window, model, true)->parameters().count, 7);
        // The log slider moves the box: its end is the bound, its start is one.
        auto *slider = lesson->findChild<QSlider *>(u"slider-"_s + SleepersModels::id(model));
        slider->setValue(slider->maximum());
        QCOMPARE(box->value(), box->maximum());
        slider->setValue(0);
        QCOMPARE(box->value(), 1);
        box->setValue(box->maximum() + 1);   // a spin box cannot go beyond its bound
        QCOMPARE(box->value(), box->maximum());
    }
}

void TestManyTasksLesson::countsAreRemembered()
{
    {
        MainWindow window(LessonRegistry::standard());
        page(window)->countBox(SleepersModel::Threads)->setValue(1234);
    }
    MainWindow window(LessonRegistry::standard());
    QCOMPARE(page(window)->countBox(SleepersModel::Threads)->value(), 1234);
    QCOMPARE(sleepers(window, SleepersModel::Threads, false)->parameters().count, 1234);
}

void TestManyTasksLesson::outputShowsInItsPanel()
{
    MainWindow window(LessonRegistry::standard());
    auto *runner = qobject_cast<WaysRunner *>(window.runner(u"await-concurrent"_s));
    runner->setParameters({std::chrono::milliseconds(100)});
    auto *output = page(window)->findChild<QPlainTextEdit *>(u"output-await-concurrent"_s);
    QVERIFY(output);
    QSignalSpy finished(runner, &DemoRunner::finished);
    runner->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(output->toPlainText().split(u'\n'), runner->lines());
    QVERIFY(output->toPlainText().contains(u"A: its body starts"_s));
}

void TestManyTasksLesson::runFillsTheFigures()
{
    MainWindow window(LessonRegistry::standard());
    SleepersRunner *runner = sleepers(window, SleepersModel::Coroutines, false);
    runner->setParameters({1000, std::chrono::milliseconds(200)});
    SleepersFigures *figures = page(window)->figures();
    QCOMPARE(figures->rowTexts(0).at(1), u"not run yet"_s);
    QSignalSpy finished(runner, &DemoRunner::finished);
    runner->start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(runner->state(), DemoRunner::State::Done);
    const QStringList row = figures->rowTexts(0);
    QCOMPARE(row.at(0), u"C++ coroutines"_s);
    QCOMPARE(row.at(1), u"1,000"_s);
    QVERIFY2(row.at(4).endsWith(u" s"_s), qPrintable(row.join(u" | "_s)));
    QVERIFY2(row.at(6).endsWith(u"B"_s), qPrintable(row.join(u" | "_s)));
    QCOMPARE(figures->rowTexts(1).at(1), u"not run yet"_s);   // the other models keep theirs
}

void TestManyTasksLesson::commandLineCount_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("one") << u"1"_s << QString();
    QTest::newRow("a million") << u"1000000"_s << QString();
    QTest::newRow("zero") << u"0"_s << u"--count takes a whole number from 1 to 1000000, not \"0\"."_s;
    QTest::newRow("too many") << u"1000001"_s << u"not \"1000001\""_s;
    QTest::newRow("words") << u"many"_s << u"not \"many\""_s;
}

void TestManyTasksLesson::commandLineCount()
{
    QFETCH(QString, value);
    QFETCH(QString, error);
    const CommandLineOutcome outcome = CommandLine::parse({u"concurrency-lab"_s, u"--count"_s, value}, LessonRegistry::standard());
    if (error.isEmpty()) {
        QCOMPARE(outcome.action, CommandLineOutcome::Action::RunApp);
        MainWindow window(LessonRegistry::standard(), outcome.options.lessonOptions);
        // Every model runs the count given, also beyond its bound (the run then says why not).
        for (const SleepersModel model : ManyTasksLesson::sleepersModels()) {
            QCOMPARE(sleepers(window, model, false)->parameters().count, value.toInt());
            QCOMPARE(page(window)->countBox(model)->value(), std::min(value.toInt(), SleepersLimits::bound(model).count));
        }
        return;
    }
    QCOMPARE(outcome.action, CommandLineOutcome::Action::PrintAndExit);
    QCOMPARE(outcome.exitCode, CommandLine::usageErrorExitCode);
    QVERIFY2(outcome.output.contains(error), qPrintable(outcome.output));
}

void TestManyTasksLesson::headlessSummaryAndReport()
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
              {u"--run"_s, u"many-coroutines"_s, u"--run"_s, u"many-threads"_s, u"--count"_s, u"2000"_s, u"--run"_s, u"wait-for"_s,
               u"--seconds"_s, u"0.3"_s, u"--quit-when-done"_s, u"--report"_s, report});
    QVERIFY(app.waitForFinished(120000));
    const QString out = QString::fromLocal8Bit(app.readAllStandardOutput());
    QCOMPARE(app.exitCode(), 0);
    static const QRegularExpression coroutines(uR"(^many-coroutines: 2,000 of 2,000 done, \d+\.\d\d s beyond the 1 s sleep, \d+(\.\d)? [KM]?B each in )"_s,
                                               QRegularExpression::MultilineOption);
    QVERIFY2(coroutines.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(u"many-threads: 2,000 of 2,000 done"_s), qPrintable(out));
    QVERIFY2(out.contains(u"x the sleep of 0.30 s; "_s), qPrintable(out));

    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray runs = QJsonDocument::fromJson(file.readAll()).object().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 3);
    const QJsonObject result = runs.at(0).toObject().value(u"result"_s).toObject();
    QCOMPARE(result.value(u"count"_s).toInt(), 2000);
    QCOMPARE(result.value(u"done"_s).toInt(), 2000);
    QVERIFY(result.value(u"bytesPerUnit"_s).toInteger() > 0);
    // More than asked for refuses at once, with the reason, and exits 1.
    QProcess refused;
    refused.setProcessEnvironment(environment);
    refused.start(QCoreApplication::applicationDirPath() + u"/concurrency-lab"_s,
                  {u"--run"_s, u"many-processes"_s, u"--count"_s, u"501"_s, u"--quit-when-done"_s});
    QVERIFY(refused.waitForFinished(60000));
    const QString refusal = QString::fromLocal8Bit(refused.readAllStandardOutput());
    QCOMPARE(refused.exitCode(), 1);
    QVERIFY2(refusal.contains(u"many-processes: failed"_s) && refusal.contains(u"at most"_s), qPrintable(refusal));
}

LAB_TEST_MAIN(TestManyTasksLesson)
#include "tst_manytaskslesson.moc"
