// SPDX-License-Identifier: MIT
// Lesson 3 in the window: the page's controls reach the runners, the table fills live, the modes run
// one at a time, the times are remembered, the sweep draws its curves and cancels cleanly, and the
// lesson's command-line options are checked and applied.
#include "labtest.h"

#include "commandline.h"
#include "demopanel.h"
#include "lessonregistry.h"
#include "mainwindow.h"
#include "primeslessonpage.h"
#include "primesrunner.h"
#include "primessweep.h"
#include "primestablemodel.h"
#include "sweepchart.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace {

PrimesLessonPage *primesPage(MainWindow &window)
{
    return qobject_cast<PrimesLessonPage *>(window.page(u"primes"_s));
}

PrimesRunner *primesRunner(MainWindow &window, const DemoId &id)
{
    return qobject_cast<PrimesRunner *>(window.runner(id));
}

void chooseQuickNumbers(PrimesLessonPage *page)
{
    for (const QString &name : {u"numbers"_s, u"pythonNumbers"_s}) {
        auto *combo = page->findChild<QComboBox *>(name);
        combo->setCurrentIndex(combo->findData(u"quick"_s));
    }
}

} // namespace

class TestPrimesLesson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void controlsReachTheRunners();
    void tableFillsAsChecksArrive();
    void modesRunOneAtATime();
    void timingsAreRemembered();
    void sweepDrawsTheCurves();
    void sweepCancelStopsItsRun();
    void sweepTakesTurnsWithTheWindowsRuns();
    void commandLineOptions_data();
    void commandLineOptions();
    void commandLineOptionsReachThePage();
    void headlessRunsSweepAndReport();
};

void TestPrimesLesson::init()
{
    QSettings().clear();   // test-mode settings (LAB_TEST_MAIN): each test starts without remembered times
}

void TestPrimesLesson::controlsReachTheRunners()
{
    MainWindow window(LessonRegistry::standard());
    PrimesLessonPage *page = primesPage(window);
    QVERIFY(page);
    page->findChild<QSpinBox *>(u"workers"_s)->setValue(1);
    chooseQuickNumbers(page);
    auto *oneCore = page->findChild<QCheckBox *>(u"oneCore"_s);
    QVERIFY(oneCore->isEnabled());   // Linux: sched_setaffinity
    oneCore->setChecked(true);
    for (const DemoId &id : PrimesLessonPage::cppModes() + PrimesLessonPage::pythonModes()) {
        const PrimesParameters &p = primesRunner(window, id)->parameters();
        QCOMPARE(p.workers, 1);
        QCOMPARE(p.numbers, PrimeNumbers::NumberSet::Quick);
        QVERIFY(p.oneCore);
    }
    // CPython keeps its own choice of numbers: the book's take it tens of seconds.
    auto *python = page->findChild<QComboBox *>(u"pythonNumbers"_s);
    python->setCurrentIndex(python->findData(u"book"_s));
    QCOMPARE(primesRunner(window, u"primes-python-threads"_s)->parameters().numbers, PrimeNumbers::NumberSet::Book);
    QCOMPARE(primesRunner(window, u"primes-concurrent"_s)->parameters().numbers, PrimeNumbers::NumberSet::Quick);
}

void TestPrimesLesson::tableFillsAsChecksArrive()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PrimesLessonPage *page = primesPage(window);
    chooseQuickNumbers(page);
    QAbstractItemModelTester tester(page->table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.runDemo(u"primes-concurrent"_s);
    PrimesRunner *runner = primesRunner(window, u"primes-concurrent"_s);
    QCOMPARE(page->table()->runner(), runner);   // the table follows the run just started
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 30000);
    PrimesTableModel *table = page->table();
    QCOMPARE(table->rowCount(), 20);
    QCOMPARE(table->checkedCount(), 20);
    int primes = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString prime = table->index(row, PrimesTableModel::PrimeColumn).data().toString();
        primes += prime == u"prime"_s ? 1 : 0;
        QVERIFY(table->index(row, PrimesTableModel::UnitColumn).data().toString().startsWith(u"worker thread TID "_s));
    }
    QCOMPARE(primes, 9);
    // A new run empties the rows first: nothing of the last run is mistaken for the new one.
    window.runDemo(u"primes-gil"_s);
    QCOMPARE(table->runner(), primesRunner(window, u"primes-gil"_s));
    QVERIFY(table->checkedCount() < 20);
    QTRY_COMPARE_WITH_TIMEOUT(primesRunner(window, u"primes-gil"_s)->state(), DemoRunner::State::Done, 30000);
    QCOMPARE(table->checkedCount(), 20);
}

// "Run all C++ modes": each mode has the cores to itself, so its time means something.
void TestPrimesLesson::modesRunOneAtATime()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PrimesLessonPage *page = primesPage(window);
    chooseQuickNumbers(page);
    int running = 0;
    int mostAtOnce = 0;
    QStringList order;
    for (const DemoId &id : PrimesLessonPage::cppModes()) {
        connect(window.runner(id), &DemoRunner::stateChanged, this, [&, id](DemoRunner::State state) {
            if (state == DemoRunner::State::Running) {
                mostAtOnce = std::max(mostAtOnce, ++running);
                order << id;
            }
        });
        connect(window.runner(id), &DemoRunner::finished, this, [&running] { --running; });
    }
    page->findChild<QPushButton *>(u"runAllCpp"_s)->click();
    for (const DemoId &id : PrimesLessonPage::cppModes())
        QVERIFY2(window.isBusy(id), qPrintable(id));   // running or waiting for its turn
    // A waiting panel says so, rather than "idle".
    QVERIFY(page->panel(u"primes-gil"_s)->findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"waiting for its turn"_s));
    const QList<DemoId> modes = PrimesLessonPage::cppModes();
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(modes.cbegin(), modes.cend(), [&window](const DemoId &id) { return window.isBusy(id); }),
                             60000);
    QCOMPARE(mostAtOnce, 1);
    QCOMPARE(order, PrimesLessonPage::cppModes());
    for (const DemoId &id : PrimesLessonPage::cppModes())
        QCOMPARE(window.runner(id)->state(), DemoRunner::State::Done);
    // Cancel all also drops the ones still waiting.
    page->findChild<QPushButton *>(u"runAllCpp"_s)->click();
    window.cancelAll();
    for (const DemoId &id : PrimesLessonPage::cppModes())
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(id), 10000);
}

void TestPrimesLesson::timingsAreRemembered()
{
    {
        MainWindow window(LessonRegistry::standard());
        chooseQuickNumbers(primesPage(window));
        window.runDemo(u"primes-thread"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(u"primes-thread"_s)->state(), DemoRunner::State::Done, 30000);
        window.runDemo(u"primes-concurrent"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(u"primes-concurrent"_s)->state(), DemoRunner::State::Done, 30000);
        // The speedup is measured against the sequential run just made.
        QVERIFY2(window.runner(u"primes-concurrent"_s)->resultText().contains(u"x)"_s),
                 qPrintable(window.runner(u"primes-concurrent"_s)->resultText()));
    }
    MainWindow later(LessonRegistry::standard());
    const QString text = primesPage(later)->findChild<QLabel *>(u"primesTimings"_s)->text();
    QVERIFY2(text.contains(u"Sequential, one QThread"_s) && text.contains(u"Qt Concurrent, N threads"_s), qPrintable(text));
}

void TestPrimesLesson::sweepDrawsTheCurves()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PrimesLessonPage *page = primesPage(window);
    chooseQuickNumbers(page);
    auto *choice = page->findChild<QComboBox *>(u"sweepChoice"_s);
    choice->setCurrentIndex(0);   // C++ threads and processes
    QSignalSpy finished(page->sweep(), &PrimesSweep::finished);
    page->findChild<QPushButton *>(u"sweepButton"_s)->click();
    QVERIFY(!page->findChild<QPushButton *>(u"sweepButton"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    const QList<SweepSeries> series = page->findChild<SweepChart *>(u"sweepChart"_s)->series();
    QCOMPARE(series.size(), 2);
    for (const SweepSeries &curve : series) {
        QCOMPARE(curve.points.size(), PrimesParameters::maximumWorkers());
        QCOMPARE(curve.points.constFirst().x(), 1.0);
        QCOMPARE(curve.points.constLast().x(), double(PrimesParameters::maximumWorkers()));
        QVERIFY(curve.baselineSeconds > 0);
    }
    QVERIFY(page->findChild<QPushButton *>(u"sweepButton"_s)->isEnabled());
    QCOMPARE(primesRunner(window, u"primes-concurrent"_s)->parameters().workers, PrimesParameters::cores());
}

void TestPrimesLesson::sweepCancelStopsItsRun()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PrimesLessonPage *page = primesPage(window);   // the book's numbers: long enough to cancel
    page->findChild<QComboBox *>(u"sweepChoice"_s)->setCurrentIndex(0);
    QSignalSpy finished(page->sweep(), &PrimesSweep::finished);
    page->findChild<QPushButton *>(u"sweepButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->sweep()->currentRunner() && page->sweep()->currentRunner()->demoId() == u"primes-concurrent"_s
                                 && page->sweep()->currentRunner()->isRunning(),
                             30000);
    PrimesRunner *swept = page->sweep()->currentRunner();
    QCOMPARE(page->table()->runner(), swept);   // the table shows the sweep's run
    page->findChild<QPushButton *>(u"sweepCancel"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(!page->sweep()->isRunning());
    QCOMPARE(swept->state(), DemoRunner::State::Cancelled);
    QVERIFY(page->findChild<QLabel *>(u"sweepStatus"_s)->text().contains(u"cancelled"_s));
    // The sweep runs runners of its own: the panels' runner never ran and keeps the page's choice.
    QCOMPARE(primesRunner(window, u"primes-concurrent"_s)->state(), DemoRunner::State::Idle);
    QCOMPARE(primesRunner(window, u"primes-concurrent"_s)->parameters().workers, PrimesParameters::cores());
}

// A sweep and the window's own runs share the scheduler: never two measuring runs at once, and
// Cancel All stops the sweep as well.
void TestPrimesLesson::sweepTakesTurnsWithTheWindowsRuns()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PrimesLessonPage *page = primesPage(window);
    chooseQuickNumbers(page);
    // Whenever a run starts, how many runs (the window's and the sweep's) are going.
    QList<DemoRunner *> all;
    int mostAtOnce = 0;
    const auto watch = [&](DemoRunner *runner) {
        all << runner;
        connect(runner, &DemoRunner::stateChanged, this, [&](DemoRunner::State state) {
            if (state == DemoRunner::State::Running)
                mostAtOnce = std::max(mostAtOnce, int(std::count_if(all.cbegin(), all.cend(), [](DemoRunner *r) { return r->isRunning(); })));
        });
    };
    for (const DemoId &id : PrimesLessonPage::cppModes())
        watch(window.runner(id));
    QSignalSpy finished(page->sweep(), &PrimesSweep::finished);
    page->findChild<QComboBox *>(u"sweepChoice"_s)->setCurrentIndex(0);
    page->findChild<QPushButton *>(u"sweepButton"_s)->click();
    for (PrimesRunner *runner : page->sweep()->runners())   // its own, made when it started
        watch(runner);
    page->findChild<QPushButton *>(u"runAllCpp"_s)->click();   // while the sweep runs
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    const QList<DemoId> modes = PrimesLessonPage::cppModes();
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(modes.cbegin(), modes.cend(), [&window](const DemoId &id) { return window.isBusy(id); }),
                             60000);
    QCOMPARE(mostAtOnce, 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), true);

    // Cancel All (Esc) stops a sweep too.
    QSignalSpy again(page->sweep(), &PrimesSweep::finished);
    page->findChild<QPushButton *>(u"sweepButton"_s)->click();
    QVERIFY(page->sweep()->isRunning());
    window.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(again.count(), 1, 10000);
    QCOMPARE(again.constFirst().at(0).toBool(), false);
}

void TestPrimesLesson::commandLineOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");   // empty: accepted
    const QString max = QString::number(PrimesParameters::maximumWorkers());
    QTest::newRow("workers 1") << QStringList{u"--workers"_s, u"1"_s} << QString();
    QTest::newRow("workers max") << QStringList{u"--workers"_s, max} << QString();
    QTest::newRow("workers 0") << QStringList{u"--workers"_s, u"0"_s} << u"--workers takes a whole number from 1 to "_s + max;
    QTest::newRow("workers too many") << QStringList{u"--workers"_s, QString::number(PrimesParameters::maximumWorkers() + 1)}
                                      << u"--workers takes a whole number"_s;
    QTest::newRow("workers text") << QStringList{u"--workers=two"_s} << u"not \"two\""_s;
    QTest::newRow("numbers quick") << QStringList{u"--numbers"_s, u"quick"_s} << QString();
    QTest::newRow("numbers bad") << QStringList{u"--numbers"_s, u"all"_s} << u"--numbers takes book or quick, not \"all\""_s;
}

void TestPrimesLesson::commandLineOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const CommandLineOutcome outcome = CommandLine::parse(QStringList{u"concurrency-lab"_s} + arguments, LessonRegistry::standard());
    if (error.isEmpty()) {
        QCOMPARE(outcome.action, CommandLineOutcome::Action::RunApp);
        QCOMPARE(outcome.options.lessonOptions.size(), 1);
        return;
    }
    QCOMPARE(outcome.action, CommandLineOutcome::Action::PrintAndExit);
    QCOMPARE(outcome.exitCode, CommandLine::usageErrorExitCode);
    QVERIFY2(outcome.output.contains(error), qPrintable(outcome.output));
    const CommandLineOutcome help = CommandLine::parse({u"concurrency-lab"_s, u"--help"_s}, LessonRegistry::standard());
    QVERIFY(help.output.contains(u"--workers <count>"_s));
    QVERIFY(help.output.contains(u"--numbers <set>"_s));
    QVERIFY(help.output.contains(u"primes-all = primes-gui"_s));
}

void TestPrimesLesson::commandLineOptionsReachThePage()
{
    MainWindow window(LessonRegistry::standard(), {{u"workers"_s, u"1"_s}, {u"numbers"_s, u"quick"_s}});
    PrimesLessonPage *page = primesPage(window);
    QCOMPARE(page->findChild<QSpinBox *>(u"workers"_s)->value(), 1);
    for (const DemoId &id : PrimesLessonPage::cppModes() + PrimesLessonPage::pythonModes()) {
        QCOMPARE(primesRunner(window, id)->parameters().workers, 1);
        QCOMPARE(primesRunner(window, id)->parameters().numbers, PrimeNumbers::NumberSet::Quick);
    }
}

// The real binary: the summary lines a teacher's script reads, the sweep's points, and the report's
// per-number results.
void TestPrimesLesson::headlessRunsSweepAndReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString report = dir.filePath(u"r.json"_s);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));   // never the user's remembered times
    app.setProcessEnvironment(environment);
    app.start(QCoreApplication::applicationDirPath() + u"/concurrency-lab"_s,
              {u"--run"_s, u"primes-thread"_s, u"--run"_s, u"primes-concurrent"_s, u"--numbers"_s, u"quick"_s, u"--workers"_s,
               u"2"_s, u"--sweep"_s, u"cpp"_s, u"--quit-when-done"_s, u"--report"_s, report});
    QVERIFY(app.waitForFinished(120000));
    const QString out = QString::fromLocal8Bit(app.readAllStandardOutput());
    QCOMPARE(app.exitCode(), 0);
    static const QRegularExpression thread(uR"(^primes-thread: 9 primes of 20 \(quick\) in \d+\.\d\d s \(sequential, 1\.00x\) in )"_s,
                                           QRegularExpression::MultilineOption);
    static const QRegularExpression concurrent(uR"(^primes-concurrent: 9 primes of 20 \(quick\) in \d+\.\d\d s \(2 workers, \d+\.\d\dx\) in )"_s,
                                               QRegularExpression::MultilineOption);
    QVERIFY2(thread.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(concurrent.match(out).hasMatch(), qPrintable(out));
    QVERIFY2(out.contains(u"sweep, C++ threads (sequential "_s) && out.contains(u"sweep, C++ processes (sequential "_s), qPrintable(out));
    QVERIFY2(out.contains(u"N=%1 "_s.arg(PrimesParameters::maximumWorkers())), qPrintable(out));

    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray runs = QJsonDocument::fromJson(file.readAll()).object().value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 2);
    const QJsonObject result = runs.at(1).toObject().value(u"result"_s).toObject();
    QCOMPARE(result.value(u"workers"_s).toInt(), 2);
    QCOMPARE(result.value(u"primes"_s).toInt(), 9);
    QVERIFY(result.contains(u"speedup"_s));
    const QJsonArray numbers = result.value(u"results"_s).toArray();
    QCOMPARE(numbers.size(), 20);
    QCOMPARE(numbers.at(0).toObject().value(u"unit"_s).toString(), u"worker-thread"_s);
}

LAB_TEST_MAIN(TestPrimesLesson)
#include "tst_primeslesson.moc"
