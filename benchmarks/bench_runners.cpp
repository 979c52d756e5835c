// SPDX-License-Identifier: MIT
// bench_runners [rounds]: for each execution model, how long it takes until the slow task is running
// (start-up cost), how long a cancel takes to be confirmed (cancel latency), and how far the answer
// of a 100 ms task comes after those 100 ms (overhead). Prints median and maximum in milliseconds.

#include "demorunner.h"
#include "spinners/spinners.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace std::chrono_literals;

namespace {

// Runs the event loop until `signal` of `sender` fires (or 10 s pass).
template<typename Signal>
void waitFor(const DemoRunner *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
}

struct Stats { double median; double max; };

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values.back()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 20;
    std::printf("%-10s %22s %22s %22s\n", "model", "start-up ms (med/max)", "cancel ms (med/max)", "overhead ms (med/max)");
    for (const Demo &demo : SpinnersLesson::demos()) {
        std::vector<double> startup, cancel, overhead;
        auto runner = demo.makeRunner(RunSize::Classroom);
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer clock;
            clock.start();
            runner->applyDuration(60s);
            runner->start();
            if (!runner->executor())
                waitFor(runner.get(), &DemoRunner::executorChanged);
            startup.push_back(clock.nsecsElapsed() / 1e6);

            clock.restart();
            runner->cancel();
            if (runner->isRunning())
                waitFor(runner.get(), &DemoRunner::finished);
            cancel.push_back(clock.nsecsElapsed() / 1e6);

            clock.restart();
            runner->applyDuration(100ms);
            runner->start();
            waitFor(runner.get(), &DemoRunner::finished);
            overhead.push_back(clock.nsecsElapsed() / 1e6 - 100.0);
        }
        const Stats s = stats(startup), c = stats(cancel), o = stats(overhead);
        std::printf("%-10s %10.3f / %-9.3f %10.3f / %-9.3f %10.3f / %-9.3f\n", qPrintable(demo.id),
                    s.median, s.max, c.median, c.max, o.median, o.max);
    }
    return 0;
}
