// SPDX-License-Identifier: MIT
// A lesson is a unit: a test-only lesson, registered with one line, appears in the lesson tabs, the
// Lesson menu, --run, the code viewer and the report, with no other change anywhere.
#include "labtest.h"
#include "labtestdemos.h"

#include "codeviewer.h"
#include "commandline.h"
#include "demopanel.h"
#include "eventloopmonitor.h"
#include "labdocks.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "runrecords.h"
#include "typeddemorunner.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

struct EchoResult {
    int value = 0;
};
QString describe(const EchoResult &result) { return u"Echo: %1"_s.arg(result.value); }
QString traceDetail(const EchoResult &result) { return QString::number(result.value); }
QJsonObject toJson(const EchoResult &result) { return {{u"answer"_s, result.value}}; }

struct EchoParameters {
    int value = 7;
};

// Answers its parameter after one turn of the event loop; no thread, no child.
class EchoRunner : public TypedDemoRunner<EchoParameters, EchoResult>
{
public:
    EchoRunner() : TypedDemoRunner(u"echo"_s, {{{{}, StepScript::Action::StartWork}}, {{{}, StepScript::Action::PublishResult}}}, {}) {}

protected:
    void startWork(quint64 runId) override
    {
        setExecutor(runId, {UnitKind::GuiLoop, 1});
        QTimer::singleShot(0, this, [this, runId] { finishWithResult(runId, {parameters().value}); });
    }
};

class EchoPage : public LessonPage
{
public:
    explicit EchoPage(const LessonContext &context) : LessonPage(u"Echo"_s, u"A test lesson."_s, context, nullptr)
    {
        setObjectName(u"echoLesson"_s);
        addPanel(u"echo"_s);
    }
};

Lesson echoLesson()
{
    // Its listing borrows the thread demo's files: the viewer only needs embedded, marked files.
    Demo echo{u"echo"_s, "Echo", "Python: print()",
              [](RunSize) { return std::make_unique<EchoRunner>(); },
              LabTest::demo(u"thread"_s).listings,
              {}};
    return {u"echo-lesson"_s, "Echo lesson", {echo},
            {{nullptr, u"Ctrl+9"_s, {u"echo"_s}, u"echo-all"_s}},
            [](const LessonContext &context) { return new EchoPage(context); }};
}

LessonRegistry registryWithEcho()
{
    LessonRegistry registry = LessonRegistry::standard();
    registry.add(echoLesson());   // the one line
    return registry;
}

} // namespace

class TestLessonRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appearsInTabsAndMenu();
    void runsFromTheMenuIntoItsPanelCodeAndReport();
    void commandLineKnowsIt();
};

void TestLessonRegistry::appearsInTabsAndMenu()
{
    MainWindow window(registryWithEcho());
    auto *tabs = window.findChild<QTabWidget *>(u"lessons"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), LessonRegistry::standard().lessons().size() + 1);
    QCOMPARE(tabs->tabText(tabs->count() - 1), u"&%1 Echo lesson"_s.arg(tabs->count()));
    QVERIFY(window.page(u"echo-lesson"_s));
    QVERIFY(window.panel(u"echo"_s));
    QVERIFY(window.runner(u"echo"_s));

    auto *menu = window.menuBar()->findChild<QMenu *>(u"lessonMenu"_s);
    QVERIFY(menu);
    QAction *run = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"Run the Echo demo"_s)
            run = action;
    }
    QVERIFY(run);
    QCOMPARE(run->shortcut(), QKeySequence(u"Ctrl+9"_s));
}

void TestLessonRegistry::runsFromTheMenuIntoItsPanelCodeAndReport()
{
    MainWindow window(registryWithEcho());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *menu = window.menuBar()->findChild<QMenu *>(u"lessonMenu"_s);
    const auto actions = menu->actions();
    const auto run = std::find_if(actions.cbegin(), actions.cend(), [](QAction *a) { return a->text() == u"Run the Echo demo"_s; });
    QVERIFY(run != actions.cend());
    (*run)->trigger();

    DemoRunner *runner = window.runner(u"echo"_s);
    QTRY_COMPARE(runner->state(), DemoRunner::State::Done);
    QCOMPARE(runner->resultText(), u"Echo: 7"_s);
    // Its page is shown, its panel says the result, the code viewer shows its listing.
    auto *tabs = window.findChild<QTabWidget *>(u"lessons"_s);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    QTRY_COMPARE(window.panel(u"echo"_s)->findChild<QLabel *>(u"answerLabel"_s)->text(), u"Echo: 7"_s);
    CodeViewer *viewer = window.docks()->codeViewer();
    QCOMPARE(viewer->demo().id, u"echo"_s);
    QCOMPARE(viewer->listing().cppFiles().size(), LabTest::demo(u"thread"_s).listings.cppFiles.size());
    QVERIFY(viewer->listing().errors().isEmpty());

    const RunRecord record = RunRecords::of(*runner, *window.trace(), *window.frames(), *window.docks()->monitor());
    QCOMPARE(record.demo, u"echo"_s);
    QCOMPARE(record.state, u"done"_s);
    QCOMPARE(record.answer, std::optional<qint64>(7));
    QCOMPARE(RunReport::toJson(record).value(u"demo"_s).toString(), u"echo"_s);
}

void TestLessonRegistry::commandLineKnowsIt()
{
    const LessonRegistry registry = registryWithEcho();
    const CommandLineOutcome one = CommandLine::parse({u"concurrency-lab"_s, u"--run"_s, u"echo"_s}, registry);
    QCOMPARE(one.action, CommandLineOutcome::Action::RunApp);
    QCOMPARE(one.options.demosToRun, QList<DemoId>{u"echo"_s});
    const CommandLineOutcome named = CommandLine::parse({u"concurrency-lab"_s, u"--run"_s, u"echo-all"_s}, registry);
    QCOMPARE(named.options.demosToRun, QList<DemoId>{u"echo"_s});
    const CommandLineOutcome help = CommandLine::parse({u"concurrency-lab"_s, u"--help"_s}, registry);
    QVERIFY2(help.output.contains(u"echo"_s), qPrintable(help.output));
    // Without the line, the demo is unknown.
    const CommandLineOutcome standard = CommandLine::parse({u"concurrency-lab"_s, u"--run"_s, u"echo"_s}, LessonRegistry::standard());
    QCOMPARE(standard.exitCode, CommandLine::usageErrorExitCode);
}

LAB_TEST_MAIN(TestLessonRegistry)
#include "tst_lessonregistry.moc"
