// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "lessonregistry.h"
#include "slowtask.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

CommandLineOutcome usageError(const QString &message)
{
    CommandLineOutcome outcome;
    outcome.action = CommandLineOutcome::Action::PrintAndExit;
    outcome.output = u"concurrency-lab: "_s + message + u'\n';
    outcome.exitCode = CommandLine::usageErrorExitCode;
    outcome.toStderr = true;
    return outcome;
}

CommandLineOutcome print(const QString &text)
{
    CommandLineOutcome outcome;
    outcome.action = CommandLineOutcome::Action::PrintAndExit;
    outcome.output = text;
    return outcome;
}

// "all = thread, process, coroutine": the --run names that stand for several demos, from the
// lessons' actions.
QString demoGroups(const LessonRegistry &registry)
{
    QStringList groups;
    for (const Lesson &lesson : registry.lessons()) {
        for (const LessonAction &action : lesson.actions) {
            if (!action.commandLineName.isEmpty())
                groups << action.commandLineName + u" = "_s + action.demos.join(u", "_s);
        }
    }
    return groups.join(u"; "_s);
}

} // namespace

CommandLineOutcome CommandLine::parse(const QStringList &arguments, const LessonRegistry &registry)
{
    // Comma-separated, so that --help wraps the long list between names, never inside one.
    const QString demoNames = registry.runNames().join(u", "_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Concurrency Lab: threads, processes and coroutines side by side, live and measured."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QString groups = demoGroups(registry);
    const QCommandLineOption runOption(u"run"_s,
        groups.isEmpty() ? tr("Start a demo at once: %1. May be repeated.").arg(demoNames)
                         //: %1: the names, "thread, process, ..., all"; %2: what the group names run, "all = thread, process, coroutine"
                         : tr("Start a demo at once: %1 (%2). May be repeated.").arg(demoNames, groups),
        tr("demo"));
    const QCommandLineOption secondsOption(u"seconds"_s,
        tr("How long the slow task takes, in seconds (%1 to %2).")
            .arg(SlowTask::minimumDuration.count() / 1000.0).arg(SlowTask::maximumDuration.count() / 1000.0),
        tr("seconds"));
    const QCommandLineOption quitOption(u"quit-when-done"_s,
        tr("Quit when the demos have finished, printing one line per demo; exit 0 if all answered."));
    const QCommandLineOption reportOption(u"report"_s,
        tr("Write a JSON report of the runs (results, frames, event-loop lag, trace) when they have finished."), tr("file"));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        tr("Save the main window as a PNG file when the demos have finished (at once if none runs)."), tr("file"));
    const QCommandLineOption firstFrameOption(u"print-first-frame"_s,
        tr("Print when the window painted its first frame and the memory then (one JSON line), and quit."));
    parser.addOptions({helpOption, versionOption, runOption, secondsOption, quitOption, screenshotOption, reportOption,
                       firstFrameOption});
    const QList<LessonOption> lessonOptions = registry.options();
    for (const LessonOption &option : lessonOptions) {
        if (!parser.addOption(QCommandLineOption(option.name, option.translatedDescription(), option.translatedValueName())))
            qWarning("The lesson option --%s clashes with an option of the app; it is left out.", qPrintable(option.name));
    }

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(helpOption)) {
        // Parsed before QApplication exists (no display needed for --help), so Qt cannot know the
        // program's name and writes a placeholder in the usage line.
        QString help = parser.helpText();
        help.replace(u"<executable_name>"_s, QCoreApplication::applicationName());
        return print(help);
    }
    if (parser.isSet(versionOption))
        return print(u"concurrency-lab %1\n"_s.arg(QStringLiteral(LAB_VERSION)));

    CommandLineOutcome outcome;
    LabOptions &options = outcome.options;
    for (const QString &name : parser.values(runOption)) {
        const auto demos = registry.demosNamed(name);
        if (!demos)
            return usageError(tr("--run takes one of %1, not \"%2\".").arg(demoNames, name));
        for (const DemoId &id : *demos) {
            if (!options.demosToRun.contains(id))
                options.demosToRun.append(id);
        }
    }
    if (parser.isSet(secondsOption)) {
        bool ok = false;
        const double seconds = parser.value(secondsOption).toDouble(&ok);
        const auto ms = std::chrono::milliseconds(qint64(seconds * 1000.0 + 0.5));
        if (!ok || !(seconds == seconds) || ms < SlowTask::minimumDuration || ms > SlowTask::maximumDuration) {
            return usageError(tr("--seconds takes a number from %1 to %2, not \"%3\".")
                                  .arg(SlowTask::minimumDuration.count() / 1000.0)
                                  .arg(SlowTask::maximumDuration.count() / 1000.0)
                                  .arg(parser.value(secondsOption)));
        }
        options.duration = ms;
    }
    for (const LessonOption &option : lessonOptions) {
        if (!parser.isSet(option.name))
            continue;
        const QString value = parser.value(option.name);
        if (const QString problem = option.check(value); !problem.isEmpty())
            return usageError(problem);
        options.lessonOptions.insert(option.name, value);
    }
    options.quitWhenDone = parser.isSet(quitOption);
    options.printFirstFrame = parser.isSet(firstFrameOption);
    options.screenshotPath = parser.value(screenshotOption);
    if (parser.isSet(screenshotOption) && options.screenshotPath.isEmpty())
        return usageError(tr("--screenshot needs a file name."));
    options.reportPath = parser.value(reportOption);
    if (parser.isSet(reportOption) && options.reportPath.isEmpty())
        return usageError(tr("--report needs a file name."));
    return outcome;
}

