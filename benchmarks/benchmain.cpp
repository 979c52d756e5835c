// SPDX-License-Identifier: MIT
// concurrency-lab-bench: the benchmark behind every performance claim of the app and its lessons.
// Measures the groups named by --only (all by default) with the app's own runners and workloads,
// prints one JSON object per figure and line as each group ends, and a table at the end with the
// issue's targets ("ok" / "MISSED"). With --compare-python, CPython measures the same definitions
// in the same run. Not a test: timings on a shared machine are claims, never assertions.
#include "benchgroups.h"
#include "benchinterrupts.h"
#include "pythonbench.h"

#include "offscreenplatform.h"
#include "outputfile.h"
#include "runreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

using Group = std::function<QList<Figure>(const BenchOptions &)>;

const QList<std::pair<QString, Group>> &groups()
{
    static const QList<std::pair<QString, Group>> all{
        {u"units"_s, BenchGroups::units},   {u"spinners"_s, BenchGroups::spinners}, {u"primes"_s, BenchGroups::primes},
        {u"scale"_s, BenchGroups::scale},   {u"startup"_s, BenchGroups::startup},
    };
    return all;
}

void print(const QByteArray &text, FILE *stream = stdout)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
    std::fflush(stream);
}

QtMessageHandler qtMessageHandler = nullptr;

// Keeps the output to figures: the offscreen platform's remarks about size hints go nowhere.
void dropPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!OffscreenPlatform::isNoise(message))
        qtMessageHandler(type, context, message);
}

QString pythonVersion(const QString &interpreter)
{
    QProcess python;
    python.start(interpreter, {u"--version"_s});
    python.waitForFinished(10000);
    return QString::fromUtf8(python.readAllStandardOutput()).trimmed();
}

} // namespace

QStringList BenchGroups::names()
{
    QStringList names;
    for (const auto &group : groups())
        names << group.first;
    return names;
}

int main(int argc, char *argv[])
{
    if (!BenchInterrupts::install())
        return 1;
    // Every figure is taken on the offscreen platform, so that runs compare whatever the display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qtMessageHandler = qInstallMessageHandler(dropPlatformNoise);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"concurrency-lab-bench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LAB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures Concurrency Lab's execution units, spinners, primes, sleepers and start-up with the app's own code "
        "(offscreen platform). Prints one JSON object per figure and line, then a table with the targets. A full run "
        "takes about ten minutes and several GB of memory (a million coroutines, a million asyncio tasks); --quick "
        "takes seconds and judges no target."_s);
    parser.addHelpOption();
    const QCommandLineOption quickOption(u"quick"_s, u"A short pass with small counts (seconds, for the test suite); "
                                                       "its figures are not judged against the targets."_s);
    const QCommandLineOption onlyOption(u"only"_s, u"Measure only these groups: %1 (repeatable or comma-separated)."_s
                                                       .arg(BenchGroups::names().join(u", "_s)), u"group"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Also write every figure to this file, as one JSON document."_s, u"file"_s);
    const QCommandLineOption pythonOption(u"compare-python"_s,
                                          u"Measure the same definitions in CPython (python3 on PATH) and show its figures "
                                            "beside the C++ ones."_s);
    parser.addOptions({quickOption, onlyOption, jsonOption, pythonOption});
    parser.process(app);

    QStringList selected;
    for (const QString &value : parser.values(onlyOption)) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts)) {
            if (!BenchGroups::names().contains(name.trimmed())) {
                print(u"concurrency-lab-bench: --only takes %1, not \"%2\".\n"_s.arg(BenchGroups::names().join(u", "_s), name).toLocal8Bit(), stderr);
                return 2;
            }
            selected << name.trimmed();
        }
    }
    if (parser.isSet(onlyOption) && selected.isEmpty()) {   // --only "" would otherwise mean everything
        print(u"concurrency-lab-bench: --only takes %1.\n"_s.arg(BenchGroups::names().join(u", "_s)).toLocal8Bit(), stderr);
        return 2;
    }
    if (selected.isEmpty())
        selected = BenchGroups::names();
    if (!parser.positionalArguments().isEmpty()) {
        print(u"concurrency-lab-bench: unexpected argument \"%1\"; see --help.\n"_s.arg(parser.positionalArguments().first()).toLocal8Bit(), stderr);
        return 2;
    }

    // Said now, not after minutes of measuring.
    if (parser.isSet(jsonOption)) {
        if (const QString error = OutputFile::check(parser.value(jsonOption), u"the figures"_s); !error.isEmpty()) {
            print(u"concurrency-lab-bench: %1\n"_s.arg(error).toLocal8Bit(), stderr);
            return 1;
        }
    }

    BenchOptions options;
    options.quick = parser.isSet(quickOption);
    const QString python = PythonBench::interpreter();
    if (parser.isSet(pythonOption) && python.isEmpty())
        print("concurrency-lab-bench: python3 is not on PATH: the CPython side is skipped.\n", stderr);
    options.comparePython = parser.isSet(pythonOption) && !python.isEmpty();
    print("concurrency-lab-bench: every figure is taken on the offscreen platform (QT_QPA_PLATFORM=offscreen).\n", stderr);

    QList<Figure> figures;
    for (const auto &[name, measure] : groups()) {
        if (!selected.contains(name))
            continue;
        for (Figure figure : measure(options)) {
            if (options.quick && figure.target)
                figure.target->judged = false;   // small counts: the targets are for the full run
            print(QJsonDocument(figure.toJson()).toJson(QJsonDocument::Compact) + '\n');
            figures.append(figure);
        }
    }
    print('\n' + BenchTable::format(figures).toUtf8());

    if (parser.isSet(jsonOption)) {
        QJsonObject environment = RunReport::toJson(ReportEnvironment::current());
        environment.insert(u"platform"_s, u"offscreen"_s);
        environment.insert(u"quick"_s, options.quick);
        if (options.comparePython)
            environment.insert(u"python"_s, pythonVersion(python));
        QJsonArray all;
        for (const Figure &figure : figures)
            all.append(figure.toJson());
        const QJsonObject document{{u"format"_s, u"concurrency-lab-bench"_s}, {u"environment"_s, environment}, {u"figures"_s, all}};
        if (const QString error = OutputFile::write(parser.value(jsonOption), QJsonDocument(document).toJson(), u"the figures"_s);
            !error.isEmpty()) {
            print(u"concurrency-lab-bench: %1\n"_s.arg(error).toLocal8Bit(), stderr);
            return 1;
        }
    }
    return 0;
}
