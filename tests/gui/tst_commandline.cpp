// SPDX-License-Identifier: MIT
// The command line, parsed in-process and used for real on the concurrency-lab binary.
#include "labtest.h"
#include "labtestdemos.h"

#include "commandline.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>

#include <sys/resource.h>
#include <unistd.h>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

QString appPath()
{
    return QCoreApplication::applicationDirPath() + u"/concurrency-lab"_s;
}

struct AppRun {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QStringList errLines;   // without the offscreen plugin's note
};

// `inChild` runs in the app's process before exec (async-signal-safe calls only), e.g. a limit.
AppRun runApp(const QStringList &arguments, int timeoutMs = 30000, const std::function<void()> &inChild = {})
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    app.setProcessEnvironment(environment);
    if (inChild)
        app.setChildProcessModifier(inChild);
    app.start(appPath(), arguments);
    AppRun run;
    if (!app.waitForFinished(timeoutMs)) {
        app.kill();
        app.waitForFinished();
        return run;
    }
    run.exitCode = app.exitCode();
    run.status = app.exitStatus();
    run.out = QString::fromLocal8Bit(app.readAllStandardOutput());
    for (const QString &line : QString::fromLocal8Bit(app.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts)) {
        if (!LabTest::isPlatformNoise(line))
            run.errLines << line;
    }
    return run;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidOptions();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void runAllQuitWhenDonePrintsThreeAnswers();
    void badOptionExitsWithTwoAndNoWindow();
    void noDisplayExitsWithTwoAndSaysHowToRunHeadless_data();
    void noDisplayExitsWithTwoAndSaysHowToRunHeadless();
    void versionAndHelp();
    void screenshotIsSaved();
    void printFirstFrameReportsTimeAndMemory();
    void unwritableScreenshotFails();
    void blockReportShowsTheFrozenLoop();
    void awaitingReportShowsNoFreeze();
    void unwritableReportFails();
    void fileSizeLimitIsAMessageNotASignal();
    void stdoutWithoutReaderIsAMessageNotASignal();

private:
    // Runs the app with `arguments` and reads the report it wrote to `path` into `run`.
    static void runWithReport(const QStringList &arguments, const QString &path, AppRun *app, QJsonObject *run);
};

void TestCommandLine::parsesValidOptions()
{
    const CommandLineOutcome outcome = CommandLine::parse(
        {u"concurrency-lab"_s, u"--run"_s, u"process"_s, u"--run"_s, u"all"_s, u"--seconds"_s, u"1.5"_s,
         u"--quit-when-done"_s, u"--screenshot"_s, u"x.png"_s},
        LabTest::registry());
    QCOMPARE(outcome.action, CommandLineOutcome::Action::RunApp);
    const QList<DemoId> expected{u"process"_s, u"thread"_s, u"coroutine"_s};
    QCOMPARE(outcome.options.demosToRun, expected);
    QCOMPARE(outcome.options.duration, std::optional(1500ms));
    QVERIFY(outcome.options.quitWhenDone);
    QCOMPARE(outcome.options.screenshotPath, u"x.png"_s);
}

void TestCommandLine::rejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
    QTest::newRow("unknown demo") << QStringList{u"--run"_s, u"fibers"_s};
    QTest::newRow("missing value") << QStringList{u"--run"_s};
    QTest::newRow("seconds not a number") << QStringList{u"--seconds"_s, u"soon"_s};
    QTest::newRow("seconds too small") << QStringList{u"--seconds"_s, u"0.01"_s};
    QTest::newRow("seconds too large") << QStringList{u"--seconds"_s, u"61"_s};
    QTest::newRow("seconds nan") << QStringList{u"--seconds"_s, u"nan"_s};
    QTest::newRow("positional") << QStringList{u"extra"_s};
}

void TestCommandLine::rejectsBadInput()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(u"concurrency-lab"_s);
    const CommandLineOutcome outcome = CommandLine::parse(arguments, LabTest::registry());
    QCOMPARE(outcome.action, CommandLineOutcome::Action::PrintAndExit);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(outcome.toStderr);
    QCOMPARE(outcome.output.count(u'\n'), 1);   // one clear line
    QVERIFY(outcome.output.startsWith(u"concurrency-lab: "_s));
}

void TestCommandLine::runAllQuitWhenDonePrintsThreeAnswers()
{
    const AppRun run = runApp({u"--run"_s, u"all"_s, u"--seconds"_s, u"0.5"_s, u"--quit-when-done"_s});
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList demos{u"thread"_s, u"process"_s, u"coroutine"_s};
    for (int i = 0; i < 3; ++i) {
        static const QRegularExpression answer(u"^(\\w+): Answer: 42 in (\\d+\\.\\d\\d) s$"_s);
        const QRegularExpressionMatch match = answer.match(lines[i]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
        QCOMPARE(match.captured(1), demos[i]);
        QVERIFY(match.captured(2).toDouble() >= 0.45);
    }
}

void TestCommandLine::badOptionExitsWithTwoAndNoWindow()
{
    // No QT_QPA_PLATFORM either: a usage error must not even need a display.
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    app.setProcessEnvironment(environment);
    app.start(appPath(), {u"--seconds"_s, u"-3"_s});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 2);
    const QString err = QString::fromLocal8Bit(app.readAllStandardError());
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(u"--seconds"_s), qPrintable(err));
    QVERIFY(app.readAllStandardOutput().isEmpty());
}

// Without a display QApplication would abort (exit 134, "Reinstalling the application may fix this
// problem"): one clear line saying how to run headless instead, exit 2, no window, no core dump.
void TestCommandLine::noDisplayExitsWithTwoAndSaysHowToRunHeadless_data()
{
    QTest::addColumn<QString>("platform");   // empty: unset
    QTest::addColumn<QString>("display");    // empty: unset
    QTest::addColumn<QString>("says");
    QTest::newRow("nothing set") << QString() << QString() << u"DISPLAY and WAYLAND_DISPLAY are not set"_s;
    QTest::newRow("xcb, no DISPLAY") << u"xcb"_s << QString() << u"DISPLAY and WAYLAND_DISPLAY are not set"_s;
    QTest::newRow("DISPLAY with no X server") << QString() << u":97531"_s << u"DISPLAY=:97531"_s;
}

void TestCommandLine::noDisplayExitsWithTwoAndSaysHowToRunHeadless()
{
    QFETCH(QString, platform);
    QFETCH(QString, display);
    QFETCH(QString, says);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    if (!platform.isEmpty())
        environment.insert(u"QT_QPA_PLATFORM"_s, platform);
    if (!display.isEmpty())
        environment.insert(u"DISPLAY"_s, display);
    app.setProcessEnvironment(environment);
    app.start(appPath(), {u"--run"_s, u"all"_s, u"--quit-when-done"_s});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 2);
    const QString err = QString::fromLocal8Bit(app.readAllStandardError());
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY2(err.contains(u"QT_QPA_PLATFORM=offscreen"_s) && err.contains(u"xvfb-run"_s), qPrintable(err));
    QVERIFY(app.readAllStandardOutput().isEmpty());
}

void TestCommandLine::versionAndHelp()
{
    const AppRun version = runApp({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, u"concurrency-lab %1\n"_s.arg(QStringLiteral(LAB_VERSION)));
    const AppRun help = runApp({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--run"_s, u"--seconds"_s, u"--quit-when-done"_s, u"--screenshot"_s, u"--version"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    QVERIFY2(help.out.startsWith(u"Usage: concurrency-lab [options]"_s), qPrintable(help.out));
    // The --run names come from the registry, a group with the demos it runs.
    const QString words = help.out.simplified();
    for (const DemoId &id : LabTest::allDemoIds())
        QVERIFY2(words.contains(id), qPrintable(id));
    QVERIFY2(words.contains(u"all = thread, process, coroutine"_s), qPrintable(words));
}

void TestCommandLine::screenshotIsSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"window.png"_s);
    const AppRun run = runApp({u"--run"_s, u"coroutine"_s, u"--seconds"_s, u"0.2"_s, u"--quit-when-done"_s,
                               u"--screenshot"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640 && image.height() >= 400);
}

// --print-first-frame (what concurrency-lab-bench's start-up figure reads): one JSON line once the
// window has painted, then exit 0, with nothing else on stdout.
void TestCommandLine::printFirstFrameReportsTimeAndMemory()
{
    QVERIFY(!CommandLine::parse({u"concurrency-lab"_s}, LabTest::registry()).options.printFirstFrame);
    QVERIFY(CommandLine::parse({u"concurrency-lab"_s, u"--print-first-frame"_s}, LabTest::registry()).options.printFirstFrame);
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    const AppRun run = runApp({u"--print-first-frame"_s});
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.errLines.isEmpty(), qPrintable(run.errLines.join(u'\n')));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QJsonObject figures = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    QVERIFY(figures.value(u"firstFrameMonotonicNs"_s).toDouble() > 0);
    const double sinceStartMs = figures.value(u"sinceProcessStartMs"_s).toDouble(-1);
    QVERIFY2(sinceStartMs >= 0 && sinceStartMs < 60000, qPrintable(lines.first()));
    QVERIFY2(figures.value(u"rssBytes"_s).toDouble() > 1e6, qPrintable(lines.first()));   // a Qt GUI: several MB
}

void TestCommandLine::unwritableScreenshotFails()
{
    const AppRun run = runApp({u"--quit-when-done"_s, u"--screenshot"_s, u"/nonexistent-folder/window.png"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines.first().contains(u"Cannot write the screenshot"_s), qPrintable(run.errLines.first()));
}

void TestCommandLine::runWithReport(const QStringList &arguments, const QString &path, AppRun *app, QJsonObject *run)
{
    *app = runApp(arguments + QStringList{u"--quit-when-done"_s, u"--report"_s, path}, 60000);
    QCOMPARE(app->status, QProcess::NormalExit);
    QVERIFY2(app->errLines.isEmpty(), qPrintable(app->errLines.join(u'\n')));
    QCOMPARE(app->exitCode, 0);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
    const QJsonObject report = document.object();
    QCOMPARE(report.value(u"format"_s).toString(), u"concurrency-lab-report"_s);
    QVERIFY(report.value(u"environment"_s).isObject());
    QVERIFY(!report.value(u"environment"_s).toObject().value(u"qtVersion"_s).toString().isEmpty());
    const QJsonArray runs = report.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 1);
    *run = runs.first().toObject();
}

void TestCommandLine::blockReportShowsTheFrozenLoop()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"block.json"_s);
    AppRun app;
    QJsonObject run;
    runWithReport({u"--run"_s, u"block"_s, u"--seconds"_s, u"1"_s}, path, &app, &run);
    if (QTest::currentTestFailed())
        return;
    static const QRegularExpression answer(u"^block: Answer: 42 in (\\d+\\.\\d\\d) s$"_s);
    const QStringList lines = app.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QRegularExpressionMatch match = answer.match(lines.first());
    QVERIFY2(match.hasMatch(), qPrintable(lines.first()));
    QVERIFY(match.captured(1).toDouble() >= 1.0);   // the awaited lead-in, then the blocking second

    const QString json = QString::fromUtf8(QJsonDocument(run).toJson());
    QCOMPARE(run.value(u"demo"_s).toString(), u"block"_s);
    QCOMPARE(run.value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(run.value(u"answer"_s).toInt(), 42);
    const QJsonObject hold = run.value(u"loopHold"_s).toObject();
    QVERIFY2(hold.value(u"durationMs"_s).toDouble() >= 900, qPrintable(json));
    QVERIFY2(run.value(u"lag"_s).toObject().value(u"longestFreezeMs"_s).toDouble() >= 900, qPrintable(json));

    // Its own spinner was turning, and painted not one frame while the loop was held.
    bool sawBlockSpinner = false;
    for (const QJsonValue &value : run.value(u"frames"_s).toArray()) {
        const QJsonObject frames = value.toObject();
        QVERIFY2(frames.contains(u"paintedWhileLoopHeld"_s), qPrintable(json));
        QCOMPARE(frames.value(u"paintedWhileLoopHeld"_s).toInt(-1), 0);
        if (frames.value(u"spinner"_s).toString() == u"block"_s) {
            sawBlockSpinner = true;
            QVERIFY2(frames.value(u"expectedWhileLoopHeld"_s).toInt() > 0, qPrintable(json));
            QVERIFY2(frames.value(u"painted"_s).toInt() > 0, qPrintable(json));   // during the lead-in
        }
    }
    QVERIFY2(sawBlockSpinner, qPrintable(json));

    QStringList kinds;
    for (const QJsonValue &value : run.value(u"events"_s).toArray())
        kinds << value.toObject().value(u"unit"_s).toString() + u' ' + value.toObject().value(u"kind"_s).toString();
    QVERIFY2(kinds.contains(u"gui-loop blocked"_s), qPrintable(kinds.join(u", "_s)));
    QVERIFY2(kinds.indexOf(u"gui-loop blocked"_s) < kinds.indexOf(u"gui-loop resumed"_s), qPrintable(kinds.join(u", "_s)));
}

void TestCommandLine::awaitingReportShowsNoFreeze()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"coroutine.json"_s);
    AppRun app;
    QJsonObject run;
    runWithReport({u"--run"_s, u"coroutine"_s, u"--seconds"_s, u"1"_s}, path, &app, &run);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(app.out.startsWith(u"coroutine: Answer: 42 in "_s), qPrintable(app.out));
    const QString json = QString::fromUtf8(QJsonDocument(run).toJson());
    QCOMPARE(run.value(u"demo"_s).toString(), u"coroutine"_s);
    QCOMPARE(run.value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(run.value(u"answer"_s).toInt(), 42);
    QVERIFY2(run.contains(u"loopHold"_s) && run.value(u"loopHold"_s).isNull(), qPrintable(json));
    const QJsonObject lag = run.value(u"lag"_s).toObject();
    QVERIFY2(lag.value(u"samples"_s).toInt() >= 20, qPrintable(json));
    QVERIFY2(lag.value(u"maxMs"_s).toDouble() < 100, qPrintable(json));
    for (const QJsonValue &value : run.value(u"frames"_s).toArray())
        QVERIFY2(!value.toObject().contains(u"paintedWhileLoopHeld"_s), qPrintable(json));
}

void TestCommandLine::unwritableReportFails()
{
    const AppRun run = runApp({u"--run"_s, u"coroutine"_s, u"--seconds"_s, u"0.2"_s, u"--quit-when-done"_s,
                               u"--report"_s, u"/nonexistent-folder/report.json"_s});
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines.size(), 1);
    QVERIFY2(run.errLines.first().startsWith(u"concurrency-lab: "_s), qPrintable(run.errLines.first()));
    QVERIFY2(run.errLines.first().contains(u"/nonexistent-folder/report.json"_s), qPrintable(run.errLines.first()));
    QVERIFY(!QFile::exists(u"/nonexistent-folder/report.json"_s));
}

// Past the file-size limit (ulimit -f) a write fails with EFBIG: the app says so and exits 1; it is
// not killed by SIGXFSZ without a word (review finding: exit 153, nothing printed).
void TestCommandLine::fileSizeLimitIsAMessageNotASignal()
{
    QTemporaryDir dir;
    const QString report = dir.filePath(u"report.json"_s);
    const AppRun run = runApp({u"--run"_s, u"coroutine"_s, u"--seconds"_s, u"0.2"_s, u"--quit-when-done"_s, u"--report"_s, report},
                              30000, [] {
                                  const rlimit limit{512, 512};   // bytes: smaller than any report
                                  ::setrlimit(RLIMIT_FSIZE, &limit);
                              });
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errLines.join(u'\n').contains(report), qPrintable(run.errLines.join(u'\n')));
    QVERIFY(!QFile::exists(report));   // nothing partial
}

// Its stdout is a pipe whose reader is gone (... | head, closed early): the printing fails quietly
// and the report to /dev/stdout fails with a message; SIGPIPE does not kill it (review finding:
// exit 141, nothing printed).
void TestCommandLine::stdoutWithoutReaderIsAMessageNotASignal()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    ::close(fds[0]);   // no reader, ever
    const int writeEnd = fds[1];
    const AppRun run = runApp({u"--run"_s, u"coroutine"_s, u"--seconds"_s, u"0.2"_s, u"--quit-when-done"_s, u"--report"_s,
                               u"/dev/stdout"_s},
                              30000, [writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    ::close(writeEnd);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.errLines.join(u'\n').contains(u"nobody reads"_s) || run.errLines.join(u'\n').contains(u"Broken pipe"_s),
             qPrintable(run.errLines.join(u'\n')));
}

LAB_TEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
