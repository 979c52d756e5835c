// SPDX-License-Identifier: MIT
// A lesson is a unit: a test-only lesson, registered with one line, appears in the lesson tabs, the
// Lesson menu, --run, the code viewer and the report, with no other change anywhere.
#include "labtest.h"
#include "labtestdemos.h"
#include "echolesson.h"

#include "codeviewer.h"
#include "commandline.h"
#include "demopanel.h"
#include "eventloopmonitor.h"
#include "labdocks.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "runrecords.h"
#include "typeddemorunner.h"
#include "windowkeys.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// add() must say no, with its warning ("Lesson ... not registered: ...").
bool refused(LessonRegistry &registry, const Lesson &lesson)
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^Lesson .* not registered: "_s));
    return !registry.add(lesson);
}

const QList<DemoId> lesson1All{u"thread"_s, u"process"_s, u"coroutine"_s};

LessonRegistry registryWithEcho()
{
    LessonRegistry registry = LessonRegistry::standard();
    registry.add(EchoLesson::lesson(EchoLesson::demo(u"echo"_s)));   // the one line
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
    void refusesTakenOrMalformedIds();
    void registryRefusesATakenRunName();
    void registryRefusesADemoIdThatIsARunName();
    void registryRefusesATakenShortcut();
    void registryRefusesTheWindowsOwnKeys_data();
    void registryRefusesTheWindowsOwnKeys();
    void everyWindowKeyIsReserved();
    void registryRefusesAnActionForAnUnregisteredDemo();
    void registryRefusesATakenOrIncompleteOption();
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

// A lesson that reuses an id is refused in every build (not only where Q_ASSERT is on): otherwise
// its demo would silently run another demo's runner.
void TestLessonRegistry::refusesTakenOrMalformedIds()
{
    LessonRegistry registry = LessonRegistry::standard();
    const qsizetype lessons = registry.lessons().size();
    const qsizetype demos = registry.demos().demos().size();
    QVERIFY(refused(registry, EchoLesson::lesson(EchoLesson::demo(u"thread"_s))));        // a demo id taken
    QVERIFY(refused(registry, EchoLesson::lesson(EchoLesson::demo(u"Echo Demo"_s))));     // not [a-z0-9-]+
    QVERIFY(refused(registry, EchoLesson::lesson(EchoLesson::demo(u"lesson/echo"_s))));   // '/' names guest tracks
    Lesson twice = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    twice.demos.append(EchoLesson::demo(u"echo"_s));
    QVERIFY(refused(registry, twice));                                                    // twice in one lesson
    Lesson sameLesson = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    sameLesson.id = u"spinners"_s;
    QVERIFY(refused(registry, sameLesson));                                               // a lesson id taken
    QCOMPARE(registry.lessons().size(), lessons);
    QCOMPARE(registry.demos().demos().size(), demos);
    QCOMPARE(registry.demo(u"thread"_s)->title, LessonRegistry::standard().demo(u"thread"_s)->title);

    QVERIFY(registry.add(EchoLesson::lesson(EchoLesson::demo(u"echo"_s))));
    QVERIFY(registry.lesson(u"echo-lesson"_s));
    QVERIFY(registry.demo(u"echo"_s));
}

// Lesson 3 copies lesson 1's "Run all" entry (commandLineName "all"). add() accepts it; demosNamed()
// takes the first match, so `--run all` keeps running lesson 1 and lesson 3's entry is unreachable,
// and --help lists "all = ..." twice.
void TestLessonRegistry::registryRefusesATakenRunName()
{
    LessonRegistry registry = LessonRegistry::standard();
    Lesson lesson3 = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    lesson3.actions[0].commandLineName = u"all"_s;
    QVERIFY(refused(registry, lesson3));
    QCOMPARE(registry.demosNamed(u"all"_s), std::optional<QList<DemoId>>(lesson1All));
}

// A demo called "all" is accepted, and demosNamed() looks at demo ids first: `--run all` (README,
// the teacher's scripts) silently stops running lesson 1's three demos and runs the new one only.
void TestLessonRegistry::registryRefusesADemoIdThatIsARunName()
{
    LessonRegistry registry = LessonRegistry::standard();
    Lesson lesson3 = EchoLesson::lesson(EchoLesson::demo(u"all"_s));
    lesson3.actions[0].commandLineName.clear();
    QVERIFY(refused(registry, lesson3));
    QCOMPARE(registry.demosNamed(u"all"_s), std::optional<QList<DemoId>>(lesson1All));
}

// Two Lesson-menu entries with one shortcut: Qt calls it ambiguous and neither fires, so the
// teacher's Ctrl+R (lesson 1, "Run all") stops working once lesson 3 copies it.
void TestLessonRegistry::registryRefusesATakenShortcut()
{
    LessonRegistry registry = LessonRegistry::standard();
    Lesson lesson3 = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    lesson3.actions[0].shortcut = u"Ctrl+R"_s;
    QVERIFY(refused(registry, lesson3));
}

void TestLessonRegistry::registryRefusesTheWindowsOwnKeys_data()
{
    QTest::addColumn<QString>("key");
    for (const QString &key : {u"F10"_s, u"F5"_s, u"F11"_s, u"Esc"_s, u"Ctrl+0"_s, u"Ctrl+Q"_s, u"5"_s, u"PgDown"_s, u"Alt+2"_s,
                               u"Ctrl+Shift+P"_s})
        QTest::newRow(qPrintable(key)) << key;
}

// A lesson's shortcut that is one of the window's (Step, zoom, the demo keys...) would make both
// ambiguous: neither would fire, and F10 would no longer step.
void TestLessonRegistry::registryRefusesTheWindowsOwnKeys()
{
    QFETCH(QString, key);
    LessonRegistry registry = LessonRegistry::standard();
    Lesson lesson = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    lesson.actions[0].shortcut = key;
    QVERIFY(refused(registry, lesson));
    lesson.actions[0].shortcut = u"Ctrl+Shift+9"_s;   // a free one
    QVERIFY(registry.add(lesson));
}

// The reserved list is the window's: every key of every action of the window (menus, the lesson
// keys, step mode, the docks) is either in it or a lesson's menu entry that the registry accepted.
void TestLessonRegistry::everyWindowKeyIsReserved()
{
    const LessonRegistry registry = registryWithEcho();
    QStringList lessonKeys;
    for (const Lesson &lesson : registry.lessons()) {
        for (const LessonAction &action : lesson.actions) {
            if (!action.shortcut.isEmpty())
                lessonKeys << QKeySequence(action.shortcut, QKeySequence::PortableText).toString(QKeySequence::PortableText);
        }
    }
    MainWindow window(registry);
    const QList<QString> reserved = WindowKeys::reserved();
    int checked = 0;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (const QAction *action : actions) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            const QString key = shortcut.toString(QKeySequence::PortableText);
            QVERIFY2(reserved.contains(key) || lessonKeys.contains(key),
                     qPrintable(u"%1 (%2) is not in WindowKeys::reserved()"_s.arg(key, action->text())));
            QVERIFY2(!(reserved.contains(key) && lessonKeys.contains(key)), qPrintable(key));
            ++checked;
        }
    }
    QVERIFY(checked > 15);
}

// A Lesson-menu entry whose demos are not registered (a typo): add() accepts it, the menu shows
// "Run the  demo", and `--run echo-all` hands HeadlessDriver an id with no runner, which it
// dereferences (headlessdriver.cpp:59 connect on nullptr, :71 nullptr->isRunning()).
void TestLessonRegistry::registryRefusesAnActionForAnUnregisteredDemo()
{
    LessonRegistry registry = LessonRegistry::standard();
    Lesson lesson3 = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    lesson3.actions[0].demos = {u"echo"_s, u"ecko"_s};
    QVERIFY(refused(registry, lesson3));
    QVERIFY(!registry.demosNamed(u"echo-all"_s));
}

// Lesson options share one command line: two lessons with a --workers of their own would be
// ambiguous to QCommandLineParser, and an option without a check would let any value through.
void TestLessonRegistry::registryRefusesATakenOrIncompleteOption()
{
    LessonRegistry registry = LessonRegistry::standard();
    QVERIFY(!registry.options().isEmpty());   // lesson 3's --workers and --numbers
    const auto accept = [](const QString &) { return QString(); };
    Lesson taken = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    taken.options = {{u"workers"_s, "Echo workers.", "count", accept}};
    QVERIFY(refused(registry, taken));
    Lesson malformed = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    malformed.options = {{u"Echo Count"_s, "Echo count.", "count", accept}};
    QVERIFY(refused(registry, malformed));
    Lesson unchecked = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    unchecked.options = {{u"echo-count"_s, "Echo count.", "count", {}}};
    QVERIFY(refused(registry, unchecked));
    Lesson twice = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    twice.options = {{u"echo-count"_s, "Echo count.", "count", accept}, {u"echo-count"_s, "Again.", "count", accept}};
    QVERIFY(refused(registry, twice));
    Lesson fine = EchoLesson::lesson(EchoLesson::demo(u"echo"_s));
    fine.options = {{u"echo-count"_s, "Echo count.", "count", accept}};
    QVERIFY(registry.add(fine));
    QCOMPARE(registry.options().constLast().name, u"echo-count"_s);
}

LAB_TEST_MAIN(TestLessonRegistry)
#include "tst_lessonregistry.moc"
