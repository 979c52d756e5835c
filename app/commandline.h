// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// What the command line asks of the app. Parsing needs no application object and no display, so
// --help, --version and mistakes are answered without opening a window.
struct LabOptions {
    QList<DemoId> demosToRun;                             // --run, in the order given, no repeats
    std::optional<std::chrono::milliseconds> duration;    // --seconds
    bool quitWhenDone = false;                            // --quit-when-done
    QString screenshotPath;                               // --screenshot
    QString reportPath;                                   // --report
    bool printFirstFrame = false;                         // --print-first-frame (FirstFrameProbe)
    QMap<QString, QString> lessonOptions;                 // a lesson's own options (--workers), checked
};

struct CommandLineOutcome {
    enum class Action { RunApp, PrintAndExit };
    Action action = Action::RunApp;
    LabOptions options;        // for RunApp
    QString output;            // for PrintAndExit: the text to print (help, version or the error)
    int exitCode = 0;          // for PrintAndExit: 0 for help/version, 2 for a usage error
    bool toStderr = false;
};

class LessonRegistry;

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static constexpr int usageErrorExitCode = 2;
    // `arguments` includes the program name first, as QCoreApplication::arguments() has it;
    // `registry` gives the --run values.
    static CommandLineOutcome parse(const QStringList &arguments, const LessonRegistry &registry);
};
