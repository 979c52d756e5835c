// SPDX-License-Identifier: MIT
// Group "startup": the real app (concurrency-lab, next to the bench) started as a child with
// --print-first-frame on the offscreen platform and a fresh settings folder: the time from just
// before the start (fork and exec included) to the main window's first painted frame, and the RSS
// then. The median of several starts.
#include "benchgroups.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

struct Start {
    double firstFrameMs = 0;
    double rssMB = 0;
};

Start startApp()
{
    const QTemporaryDir config;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, config.path());
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    const QString path = QCoreApplication::applicationDirPath() + u"/concurrency-lab"_s;
    const qint64 startNs = monotonicNs();
    app.start(path, {u"--print-first-frame"_s});
    if (!app.waitForFinished(60000) || app.exitCode() != 0)
        qFatal("concurrency-lab-bench: %s --print-first-frame failed: %s", qPrintable(path), app.readAllStandardError().constData());
    const QJsonObject figures = QJsonDocument::fromJson(app.readAllStandardOutput()).object();
    const qint64 frameNs = figures.value(u"firstFrameMonotonicNs"_s).toInteger();
    if (frameNs <= startNs)
        qFatal("concurrency-lab-bench: the app did not say when it painted its first frame");
    return {(frameNs - startNs) / 1e6, figures.value(u"rssBytes"_s).toDouble() / 1e6};
}

} // namespace

QList<Figure> BenchGroups::startup(const BenchOptions &options)
{
    const int starts = options.quick ? 1 : 9;
    startApp();   // warm-up: the libraries into the page cache
    std::vector<double> times, rss;
    for (int i = 0; i < starts; ++i) {
        const Start start = startApp();
        times.push_back(start.firstFrameMs);
        rss.push_back(start.rssMB);
    }
    const SampleStats time = SampleStats::of(times);
    const SampleStats memory = SampleStats::of(rss);
    Figure first{u"startup"_s, u"startup-first-frame"_s, u"start to the first painted frame (offscreen)"_s, u"ms"_s,
                 time.median, {{u"count"_s, time.count}, {u"median"_s, time.median}, {u"max"_s, time.max}}};
    first.target = Target::atMost(first.value, 300, u"ms"_s);
    Figure memoryFigure{u"startup"_s, u"startup-rss"_s, u"RSS at the first frame"_s, u"MB"_s, memory.median,
                        {{u"count"_s, memory.count}, {u"median"_s, memory.median}, {u"max"_s, memory.max}}};
    memoryFigure.target = Target::atMost(memoryFigure.value, 60, u"MB"_s);
    return {first, memoryFigure};
}
