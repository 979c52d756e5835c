// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "displaycheck.h"
#include "englishplurals.h"
#include "firstframeprobe.h"
#include "focusringstyle.h"
#include "headlessdriver.h"
#include "lessonregistry.h"
#include "mainwindow.h"
#include "unixsignals.h"
#include "windowdestroyedwatcher.h"

#include <QApplication>

#include <csignal>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"ConcurrencyLab"_s);
    QCoreApplication::setApplicationName(u"concurrency-lab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LAB_VERSION));
    QGuiApplication::setDesktopFileName(u"concurrency-lab"_s);
}

// The window's life, from the application object to its end: returns app.exec()'s code once every
// object of the run is destroyed (the runners' destructors kill and reap their children and remove
// the System V objects of the process demos).
int runWindow(int &argc, char *argv[], const LessonRegistry &lessons, const LabOptions &options)
{
    QApplication app(argc, argv);
    app.setStyle(new FocusRingStyle);   // a focus ring the room can see; the application owns it
    // Ctrl+C (SIGINT), SIGTERM and SIGHUP (the terminal that started it closed) quit as File > Quit
    // does, so every destructor runs; a second one ends the process at once. Declared before the
    // window: it outlives it.
    UnixSignals quitSignals({SIGINT, SIGTERM, SIGHUP});
    EnglishPlurals::install();   // "1 worker", "2 workers"; the sources spell "%n worker(s)"
    MainWindow window(lessons, options.lessonOptions);
    if (options.printFirstFrame)
        new FirstFrameProbe(&window);   // the window owns it
    window.show();
    QObject::connect(&quitSignals, &UnixSignals::received, &window, [&window](int signo) {
        window.close();                        // saves the window's state, as File > Quit
        QCoreApplication::exit(128 + signo);   // main() then ends the process by the signal itself
    });

    // Another X11 client destroyed the window: nothing is left to show or click, so quit as if closed.
    WindowDestroyedWatcher windowWatcher(window.windowHandle());
    QObject::connect(&windowWatcher, &WindowDestroyedWatcher::destroyedByAnotherClient, &app, [] {
        std::fprintf(stderr, "concurrency-lab: %s\n",
                     qPrintable(QCoreApplication::translate("main", "The window was destroyed by another program; quitting.")));
        QCoreApplication::exit(1);
    });

    HeadlessDriver driver(&window, options);
    if (options.quitWhenDone) {
        QObject::connect(&driver, &HeadlessDriver::done, &app, [&driver] { QCoreApplication::exit(driver.exitCode()); });
    }
    // --seconds alone too: the driver applies it (for this start only).
    if (!options.demosToRun.isEmpty() || !options.lessonOptions.isEmpty() || !options.screenshotPath.isEmpty()
        || !options.reportPath.isEmpty() || options.quitWhenDone || options.duration)
        driver.start();
    int exitCode = app.exec();
    // Saved here rather than left to QSettings' destructor, which would fail without a word.
    if (const QString unsaved = window.saveSettings(); !unsaved.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab: %s\n", unsaved.toLocal8Bit().constData());
        if (exitCode == 0)
            exitCode = 1;
    }
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationNames();

    // --help, --version and usage errors are answered before any display is opened.
    const LessonRegistry lessons = LessonRegistry::standard();
    const CommandLineOutcome outcome = CommandLine::parse(argumentsOf(argc, argv), lessons);
    if (outcome.action == CommandLineOutcome::Action::PrintAndExit) {
        const QByteArray text = outcome.output.toLocal8Bit();
        std::fputs(text.constData(), outcome.toStderr ? stderr : stdout);
        return outcome.exitCode;
    }

    // No display would make QApplication abort (exit 134, no useful message): say how to run headless.
    if (const QString problem = DisplayCheck::problem(); !problem.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab: %s\n", problem.toLocal8Bit().constData());
        return 2;
    }

    // A write to a pipe whose reader left (--report /dev/stdout | head) or past the file-size limit
    // (ulimit -f) fails with EPIPE or EFBIG, which every write reports with a message, instead of
    // killing the app by SIGPIPE or SIGXFSZ with none. An ignored signal stays ignored across exec():
    // ProcessGroupChild gives every child (workers, CPython) their default actions back.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    const int exitCode = runWindow(argc, argv, lessons, outcome.options);
    // Interrupted (even while the window was going away): now that everything is cleaned up, end by
    // that signal, so that the parent knows (a shell's $? is 130 for SIGINT, 143 for SIGTERM, and a
    // shell loop stops at a Ctrl+C). 128 + signo is the fallback if the signal does not end it.
    if (const int signo = UnixSignals::caught()) {
        UnixSignals::endBy(signo);
        return 128 + signo;
    }
    return exitCode;
}
