// SPDX-License-Identifier: MIT
// "Run in Python": the code viewer runs the shown demo's Python counterpart with real CPython in its
// console. What a teacher relies on: the book's spinner animates on one line and ends with the
// answer; asyncio's debug mode shows the block-the-loop warning on stderr; Stop, a restart, another
// demo, closing the viewer or the window never leave a process behind; no python3 is said in words.
#include "codeviewer.h"
#include "labdocks.h"
#include "labtest.h"
#include "labtestdemos.h"
#include "mainwindow.h"
#include "processgroup.h"
#include "pythonconsole.h"
#include "pythonscripts.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using Ending = PythonConsoleRun::Ending;
using Stream = ConsoleText::Stream;

namespace {

// Generous: the book's scripts take 3 s; this machine is shared with other builds.
constexpr int runTimeout = 60'000;

// A script that starts a grandchild (a second Python sleeping for ten minutes), says both PIDs,
// then spins until stopped.
const QString spinForever = uR"(import subprocess, sys, time, os
child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])
print(f'pids {os.getpid()} {child.pid}', flush=True)
for char in __import__('itertools').cycle(r'\|/-'):
    print(f'\r{char} waiting', end='', flush=True)
    time.sleep(.05)
)"_s;

QStringList outputLines(const PythonConsole *console)
{
    return console->text().linesOf(Stream::Output);
}

QString lastNote(const PythonConsole *console)
{
    const QStringList notes = console->text().linesOf(Stream::Note);
    return notes.isEmpty() ? QString() : notes.constLast();
}

// The PIDs a spinForever script printed: {script, grandchild}; empty until it has.
QList<qint64> spinnerPids(const PythonConsole *console)
{
    static const QRegularExpression pids(u"^pids (\\d+) (\\d+)$"_s);
    for (const QString &line : outputLines(console)) {
        if (const auto match = pids.match(line); match.hasMatch())
            return {match.captured(1).toLongLong(), match.captured(2).toLongLong()};
    }
    return {};
}

bool reaped(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

// The view shows exactly what the console holds.
bool viewMatches(const PythonConsole *console)
{
    const auto *view = console->findChild<QPlainTextEdit *>(u"pythonConsoleView"_s);
    return view && view->toPlainText() == console->text().text()
        && view->document()->blockCount() == qMax<qsizetype>(1, console->text().lines().size());
}

} // namespace

class TestPythonConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void childrenHaveNames();
    void spinnerThreadEndsWithTheAnswer();
    void blockTheLoopWarnsInDevMode();
    void neighboursAreUnpacked();
    void stopKillsTheGroup();
    void restartWhileRunning();
    void anotherDemoKeepsTheRun();
    void destroyingTheViewerMidRun();
    void endings_data();
    void endings();
    void boundedOutput();
    void pythonMissing();
    void interpreterFailsToStart();
    void fontFollowsZoom();
    void consoleKeepsLinesAtZoom();
    void codeFollowsTheLessonShown();
    void windowShortcutRunsAndEscapeStops();
    void closingTheWindowMidRun();

private:
    PythonConsoleRun::Request throwaway(const QString &name, const QString &text);

    QString m_python;
    QTemporaryDir m_scratch;   // throwaway scripts
};

#define REQUIRE_PYTHON()                                                        \
    do {                                                                        \
        if (m_python.isEmpty())                                                 \
            QSKIP("python3 is not on PATH: cannot run the Python counterparts"); \
    } while (false)

void TestPythonConsole::initTestCase()
{
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    QVERIFY(m_scratch.isValid());
}

PythonConsoleRun::Request TestPythonConsole::throwaway(const QString &name, const QString &text)
{
    QFile file(m_scratch.filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) != text.toUtf8().size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return {m_scratch.path(), name, {}, {}};
}

void TestPythonConsole::childrenHaveNames()
{
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"thread"_s));
    QVERIFY(viewer.findChild<QPushButton *>(u"runPythonButton"_s));
    QVERIFY(viewer.pythonConsole());
    QCOMPARE(viewer.pythonConsole()->objectName(), u"pythonConsole"_s);
    for (const QString &name : {u"stopPythonButton"_s, u"clearPythonConsoleButton"_s, u"hidePythonConsoleButton"_s})
        QVERIFY2(viewer.pythonConsole()->findChild<QPushButton *>(name), qPrintable(name));
    QVERIFY(viewer.pythonConsole()->findChild<QPlainTextEdit *>(u"pythonConsoleView"_s));
    QVERIFY(!viewer.runPythonAction()->shortcut().isEmpty());
    QVERIFY(viewer.runPythonAction()->isEnabled());
    QVERIFY(!viewer.stopPythonAction()->isEnabled());
    QVERIFY(viewer.pythonConsole()->isHidden());   // until the first run
}

void TestPythonConsole::spinnerThreadEndsWithTheAnswer()
{
    REQUIRE_PYTHON();
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"thread"_s));
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    PythonConsole *console = viewer.pythonConsole();
    QSignalSpy ended(console, &PythonConsole::runEnded);

    QTest::mouseClick(viewer.findChild<QPushButton *>(u"runPythonButton"_s), Qt::LeftButton);
    QVERIFY(console->isVisible());
    QVERIFY(console->isRunning());
    QVERIFY(viewer.stopPythonAction()->isEnabled());
    // The spinner shows up, animating on one line, while the script runs.
    QTRY_VERIFY_WITH_TIMEOUT(outputLines(console).join(u'\n').contains(u"thinking!"_s), runTimeout);
    QVERIFY(outputLines(console).size() <= 2);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);

    QCOMPARE(console->lastEnding(), Ending::Exited);
    QCOMPARE(ended.at(0).at(1).toInt(), 0);
    QCOMPARE(console->commandLine().mid(1), (QStringList{u"-B"_s, u"spinner_thread.py"_s}));
    // "spinner object: <Thread...>", then the spinner's line, which became the answer: about 30
    // frames of "\r| thinking!" and not one line more.
    const QStringList lines = outputLines(console);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"spinner object: <Thread"_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1).trimmed(), u"Answer: 42"_s);
    QVERIFY(console->text().linesOf(Stream::Error).isEmpty());
    // The command line first, how it ended last.
    const QStringList notes = console->text().linesOf(Stream::Note);
    QVERIFY2(notes.first().startsWith(u"$ "_s) && notes.first().endsWith(u" -B spinner_thread.py"_s), qPrintable(notes.first()));
    QCOMPARE(lastNote(console), u"[spinner_thread.py: exited with code 0]"_s);
    QCOMPARE(console->text().lines().last().stream, Stream::Note);
    QVERIFY(viewMatches(console));
    QVERIFY(!console->isRunning());
    QVERIFY(!viewer.stopPythonAction()->isEnabled());
    QVERIFY(console->findChild<QLabel *>(u"pythonConsoleCaption"_s)->text().contains(u"spinner_thread.py"_s));
}

void TestPythonConsole::blockTheLoopWarnsInDevMode()
{
    REQUIRE_PYTHON();
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"block"_s));
    PythonConsole *console = viewer.pythonConsole();
    QSignalSpy ended(console, &PythonConsole::runEnded);
    viewer.runPythonAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);

    QCOMPARE(console->lastEnding(), Ending::Exited);
    // The demo declares -X dev: asyncio's debug mode.
    QCOMPARE(console->commandLine().mid(1), (QStringList{u"-B"_s, u"-X"_s, u"dev"_s, u"spinner_async_experiment.py"_s}));
    const QStringList lines = outputLines(console);
    QVERIFY2(lines.first().startsWith(u"spinner object: <Task"_s), qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.last().trimmed(), u"Answer: 42"_s);
    // The lesson in one line, on stderr: the callback that held the loop for the whole sleep.
    const QString errors = console->text().linesOf(Stream::Error).join(u'\n');
    static const QRegularExpression slowCallback(u"Executing <Task.*took \\d+\\.\\d+ seconds"_s);
    QVERIFY2(slowCallback.match(errors).hasMatch(), qPrintable(errors));
    QVERIFY(!console->text().text().contains(u"THIS WILL NEVER BE OUTPUT"_s));
    QVERIFY(viewMatches(console));
}

void TestPythonConsole::neighboursAreUnpacked()
{
    REQUIRE_PYTHON();
    // The lesson's whole set: a counterpart that imports its neighbour (counter_cli.py) runs.
    QVERIFY(PythonScripts::lessonSetOf(u"counter_threads_nolock.py"_s).contains(u"counter_cli.py"_s));
    QVERIFY(PythonScripts::lessonSetOf(u"threads.py"_s).contains(u"primes.py"_s));
    QCOMPARE(PythonScripts::lessonSetOf(u"spinner_async_experiment.py"_s).size(), 3);
    QCOMPARE(PythonScripts::lessonSetOf(u"nobody.py"_s), QStringList{u"nobody.py"_s});

    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"counter-threads-nolock"_s));
    PythonConsole *console = viewer.pythonConsole();
    QSignalSpy ended(console, &PythonConsole::runEnded);
    viewer.runPythonAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QVERIFY2(console->lastEnding() == Ending::Exited && ended.at(0).at(1).toInt() == 0, qPrintable(console->text().text()));
    QVERIFY2(outputLines(console).join(u'\n').contains(u" of "_s), qPrintable(console->text().text()));
}

void TestPythonConsole::stopKillsTheGroup()
{
    REQUIRE_PYTHON();
    PythonConsole console;
    QSignalSpy ended(&console, &PythonConsole::runEnded);
    console.run(throwaway(u"spin_forever.py"_s, spinForever), u"spin_forever.py"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spinnerPids(&console).size(), 2, runTimeout);
    const QList<qint64> pids = spinnerPids(&console);
    QCOMPARE(pids.at(0), console.pid());
    QTRY_VERIFY(outputLines(&console).join(u'\n').contains(u" waiting"_s));

    QTest::mouseClick(console.findChild<QPushButton *>(u"stopPythonButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(console.lastEnding(), Ending::Stopped);
    QCOMPARE(lastNote(&console), u"[spin_forever.py: stopped]"_s);
    QVERIFY(reaped(pids.at(0)));                          // the script, reaped
    QVERIFY(!ProcessGroup::isRunning(pids.at(1)));        // its child too (init may still reap it)
    QVERIFY(!ProcessGroup::hasRunningMembers(pids.at(0)));
    QCOMPARE(console.pid(), 0);
    QVERIFY(!console.isRunning());
    // The spinner stayed one line: the PIDs line and the spinner line.
    QCOMPARE(outputLines(&console).size(), 2);
    QVERIFY(viewMatches(&console));
}

void TestPythonConsole::restartWhileRunning()
{
    REQUIRE_PYTHON();
    PythonConsole console;
    QSignalSpy ended(&console, &PythonConsole::runEnded);
    QSignalSpy running(&console, &PythonConsole::runningChanged);
    const PythonConsoleRun::Request request = throwaway(u"spin_forever.py"_s, spinForever);
    console.run(request, u"first"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spinnerPids(&console).size(), 2, runTimeout);
    const QList<qint64> first = spinnerPids(&console);

    console.run(request, u"second"_s);   // while the first is going: it stops first
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(ended.at(0).at(0).value<Ending>(), Ending::Stopped);
    QVERIFY(reaped(first.at(0)));
    QVERIFY(!ProcessGroup::hasRunningMembers(first.at(0)));
    QTRY_VERIFY_WITH_TIMEOUT(console.pid() > 0 && console.pid() != first.at(0), runTimeout);
    QVERIFY(console.isRunning());
    QCOMPARE(running.size(), 1);   // running all along: true once, never false in between
    QCOMPARE(console.text().linesOf(Stream::Note).filter(QRegularExpression(u"^\\$ "_s)).size(), 2);

    const qint64 second = console.pid();
    console.stop();
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, runTimeout);
    QVERIFY(reaped(second));
    QVERIFY(!ProcessGroup::hasRunningMembers(second));
    QCOMPARE(running.size(), 2);
    QCOMPARE(running.last().at(0).toBool(), false);
    QVERIFY(viewMatches(&console));
}

void TestPythonConsole::anotherDemoKeepsTheRun()
{
    REQUIRE_PYTHON();
    // The console stays with what the teacher started: showing another demo changes the listings,
    // not the run, and the caption still says whose output it is.
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"thread"_s));
    PythonConsole *console = viewer.pythonConsole();
    QSignalSpy ended(console, &PythonConsole::runEnded);
    viewer.runPythonAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(console->pid() > 0, runTimeout);
    viewer.setDemo(LabTest::demo(u"coroutine"_s));
    QVERIFY(console->isRunning());
    auto *caption = console->findChild<QLabel *>(u"pythonConsoleCaption"_s);
    QVERIFY2(caption->text().contains(u"spinner_thread.py"_s), qPrintable(caption->text()));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(console->lastEnding(), Ending::Exited);
    QCOMPARE(outputLines(console).last().trimmed(), u"Answer: 42"_s);
}

void TestPythonConsole::destroyingTheViewerMidRun()
{
    REQUIRE_PYTHON();
    auto viewer = std::make_unique<CodeViewer>();
    PythonConsole *console = viewer->pythonConsole();
    console->run(throwaway(u"spin_forever.py"_s, spinForever), u"spin_forever.py"_s);
    QTRY_COMPARE_WITH_TIMEOUT(spinnerPids(console).size(), 2, runTimeout);
    const QList<qint64> pids = spinnerPids(console);
    viewer.reset();   // no Qt warning (the handler fails the test on any)
    QTRY_VERIFY_WITH_TIMEOUT(reaped(pids.at(0)), runTimeout);   // killed; ChildReaper reaps it from the loop
    QTRY_VERIFY(!ProcessGroup::isRunning(pids.at(1)));
    QVERIFY(!ProcessGroup::hasRunningMembers(pids.at(0)));
}

void TestPythonConsole::endings_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("ending");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("exit 3") << u"import sys\nprint('bye')\nsys.exit(3)\n"_s << int(Ending::Exited)
                            << u"[script.py: exited with code 3]"_s << QString();
    QTest::newRow("raises") << u"raise ValueError('no such answer')\n"_s << int(Ending::Exited)
                            << u"[script.py: exited with code 1]"_s << u"ValueError: no such answer"_s;
    QTest::newRow("crashes") << u"import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n"_s << int(Ending::Crashed)
                             << u"[script.py: crashed (killed by a signal)]"_s << QString();
    QTest::newRow("no newline at the end") << u"import sys\nsys.stdout.write('last words')\n"_s << int(Ending::Exited)
                                           << u"[script.py: exited with code 0]"_s << QString();
}

void TestPythonConsole::endings()
{
    REQUIRE_PYTHON();
    QFETCH(QString, script);
    QFETCH(int, ending);
    QFETCH(QString, note);
    QFETCH(QString, stderrHas);
    PythonConsole console;
    QSignalSpy ended(&console, &PythonConsole::runEnded);
    console.run(throwaway(u"script.py"_s, script), u"script.py"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(int(*console.lastEnding()), ending);
    QCOMPARE(lastNote(&console), note);
    QVERIFY(console.text().linesOf(Stream::Error).join(u'\n').contains(stderrHas));
    if (qstrcmp(QTest::currentDataTag(), "no newline at the end") == 0)
        QCOMPARE(outputLines(&console), QStringList{u"last words"_s});
    QVERIFY(viewMatches(&console));
}

void TestPythonConsole::boundedOutput()
{
    REQUIRE_PYTHON();
    PythonConsole console;
    QSignalSpy ended(&console, &PythonConsole::runEnded);
    console.run(throwaway(u"flood.py"_s, u"import sys\n"
                                         "for i in range(5000):\n"
                                         "    print(f'line {i}')\n"
                                         "    if i % 500 == 0:\n"
                                         "        print(f'error {i}', file=sys.stderr)\n"_s),
                u"flood.py"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(console.lastEnding(), Ending::Exited);
    const QList<ConsoleText::Line> &lines = console.text().lines();
    QCOMPARE(lines.size(), ConsoleText::defaultMaxLines);
    QVERIFY(console.text().droppedLines() > 3000);
    QCOMPARE(outputLines(&console).last(), u"line 4999"_s);
    // stdout and stderr are two pipes: which one the app reads first depends on the scheduler (a
    // loaded machine may find the whole flood waiting in both), so how many error lines survive the
    // bound varies. What must hold: the survivors are the newest ones, in the order written.
    const QStringList errors = console.text().linesOf(Stream::Error);
    QStringList written;
    for (int i = 0; i < 5000; i += 500)
        written << u"error %1"_s.arg(i);
    QCOMPARE(errors, written.mid(written.size() - errors.size()));
    QVERIFY(viewMatches(&console));
}

void TestPythonConsole::pythonMissing()
{
    const QByteArray path = qgetenv("PATH");
    const auto restore = qScopeGuard([path] { qputenv("PATH", path); });
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    qputenv("PATH", QFile::encodeName(empty.path()));

    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"thread"_s));
    PythonConsole *console = viewer.pythonConsole();
    QSignalSpy ended(console, &PythonConsole::runEnded);
    QTest::mouseClick(viewer.findChild<QPushButton *>(u"runPythonButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(console->lastEnding(), Ending::NotFound);
    QVERIFY2(lastNote(console).startsWith(u"[spinner_thread.py: python3 was not found on PATH"_s), qPrintable(lastNote(console)));
    QCOMPARE(console->commandLine().first(), u"python3"_s);
    QVERIFY(!console->isRunning());
    QVERIFY(viewMatches(console));
}

void TestPythonConsole::interpreterFailsToStart()
{
    PythonConsole console;
    console.setInterpreter(m_scratch.filePath(u"no-such-python"_s));
    QSignalSpy ended(&console, &PythonConsole::runEnded);
    console.run(throwaway(u"script.py"_s, u"print(42)\n"_s), u"script.py"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(console.lastEnding(), Ending::FailedToStart);
    QVERIFY2(lastNote(&console).startsWith(u"[script.py: Python could not be started: "_s), qPrintable(lastNote(&console)));
    QVERIFY(!console.isRunning());
}

void TestPythonConsole::fontFollowsZoom()
{
    CodeViewer viewer;
    auto *view = viewer.pythonConsole()->findChild<QPlainTextEdit *>(u"pythonConsoleView"_s);
    QFont zoomed = viewer.font();
    zoomed.setPointSizeF(zoomed.pointSizeF() * 2);
    viewer.setFont(zoomed);   // as a classroom zoom of the app font does
    QCOMPARE(view->font().pointSizeF(), zoomed.pointSizeF());
    const QFontMetricsF metrics(view->font());
    QCOMPARE(metrics.horizontalAdvance(u'i'), metrics.horizontalAdvance(u'W'));   // monospaced
}

// At classroom zoom the console still shows lines of output: it cannot be squeezed to nothing.
void TestPythonConsole::consoleKeepsLinesAtZoom()
{
    CodeViewer viewer;
    auto *view = viewer.pythonConsole()->findChild<QPlainTextEdit *>(u"pythonConsoleView"_s);
    QFont zoomed = viewer.font();
    zoomed.setPointSizeF(zoomed.pointSizeF() * 1.5);
    viewer.setFont(zoomed);
    QVERIFY(view->minimumHeight() >= 5 * QFontMetrics(view->font()).lineSpacing());
    viewer.resize(900, 200);   // a small dock
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.pythonConsole()->show();
    QTRY_VERIFY(view->height() >= 5 * QFontMetrics(view->font()).lineSpacing());
}

// The Code dock, and so "Run in Python", follows the lesson on screen.
void TestPythonConsole::codeFollowsTheLessonShown()
{
    MainWindow window(LabTest::registry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *codeViewer = window.findChild<CodeViewer *>(u"codeViewer"_s);
    auto *tabs = window.findChild<QTabWidget *>(u"lessons"_s);
    QVERIFY(codeViewer && tabs && tabs->count() >= 4);
    const QList<Lesson> &lessons = LabTest::registry().lessons();
    for (int index : {3, 2, 0}) {
        tabs->setCurrentIndex(index);
        QCOMPARE(codeViewer->demo().id, lessons.at(index).demos.constFirst().id);
    }
    // A demo the page shows stays active: lesson 2 shows lesson 1's coroutine.
    window.docks()->setActiveDemo(u"coroutine"_s);
    tabs->setCurrentIndex(1);
    QCOMPARE(codeViewer->demo().id, u"coroutine"_s);
}

void TestPythonConsole::windowShortcutRunsAndEscapeStops()
{
    REQUIRE_PYTHON();
    MainWindow window(LabTest::registry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *codeViewer = window.findChild<CodeViewer *>(u"codeViewer"_s);
    QVERIFY(codeViewer);
    // In the Python menu, with its shortcut.
    auto *menu = window.menuBar()->findChild<QMenu *>(u"pythonMenu"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(codeViewer->runPythonAction()));
    QVERIFY(menu->actions().contains(codeViewer->savePythonAction()));

    PythonConsole *console = codeViewer->pythonConsole();
    QSignalSpy ended(console, &PythonConsole::runEnded);
    QTest::keySequence(&window, codeViewer->runPythonAction()->shortcut());
    QTRY_VERIFY_WITH_TIMEOUT(console->pid() > 0, runTimeout);
    QVERIFY(console->isVisible());   // the Code dock came forward
    const qint64 pid = console->pid();
    QTest::keyClick(&window, Qt::Key_Escape);   // Cancel All
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, runTimeout);
    QCOMPARE(console->lastEnding(), Ending::Stopped);
    QVERIFY(reaped(pid));
}

void TestPythonConsole::closingTheWindowMidRun()
{
    REQUIRE_PYTHON();
    auto window = std::make_unique<MainWindow>(LabTest::registry());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *codeViewer = window->findChild<CodeViewer *>(u"codeViewer"_s);
    codeViewer->runPythonAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(codeViewer->pythonConsole()->pid() > 0, runTimeout);
    const qint64 pid = codeViewer->pythonConsole()->pid();
    window->close();
    window.reset();   // no Qt warning, no orphan
    QTRY_VERIFY_WITH_TIMEOUT(reaped(pid), runTimeout);   // killed; ChildReaper reaps it from the loop
    QVERIFY(!ProcessGroup::hasRunningMembers(pid));
}

LAB_TEST_MAIN(TestPythonConsole)
#include "tst_pythonconsole.moc"
