// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "headlessdriver.h"
#include "lessonregistry.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTranslator>

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

    QApplication app(argc, argv);
    // The English numerus forms ("1 worker", "2 workers"); the sources spell "%n worker(s)".
    QTranslator plurals;
    if (plurals.load(u":/i18n/concurrency-lab_en.qm"_s))
        QCoreApplication::installTranslator(&plurals);
    MainWindow window(lessons, outcome.options.lessonOptions);
    window.show();

    HeadlessDriver driver(&window, outcome.options);
    const LabOptions &options = outcome.options;
    if (options.quitWhenDone) {
        QObject::connect(&driver, &HeadlessDriver::done, &app, [&driver] { QCoreApplication::exit(driver.exitCode()); });
    }
    if (!options.demosToRun.isEmpty() || !options.lessonOptions.isEmpty() || !options.screenshotPath.isEmpty()
        || !options.reportPath.isEmpty() || options.quitWhenDone)
        driver.start();
    return app.exec();
}
