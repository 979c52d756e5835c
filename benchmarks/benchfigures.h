// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What concurrency-lab-bench measured: one Figure per measured quantity, printed as one JSON line
// when its group is done and as one row of the table at the end. Plain data, any thread.

// Median, 99th percentile (nearest rank) and maximum of a series of samples, in the samples' unit.
struct SampleStats {
    int count = 0;
    double median = 0;
    double p99 = 0;
    double max = 0;

    static SampleStats of(std::vector<double> samples);
};

// The target for a figure, as text ("<= 2 us") and whether this run met it; for a target of
// several parts, which parts missed, with what was measured ("gap 20.3 ms").
struct Target {
    QString text;
    bool met = false;
    QStringList missed = {};
    bool judged = true;   // false for --quick: small counts are not what the targets are for

    // One part of a target: whether it was met, and what was measured, for the table when not.
    struct Part {
        bool met;
        QString measured;
    };
    static Target atMost(double measured, double bound, const QString &unit);
    static Target atLeast(double measured, double bound, const QString &unit);
    static Target allOf(const QString &text, const QList<Part> &parts);
    // "ok", "MISSED (gap 20.3 ms)" or "not judged (--quick)".
    QString verdict() const;
};

struct Figure {
    QString group;               // "units", "spinners", "primes", "scale", "startup"
    QString id;                  // "thread-raw": unique within its group
    QString title;               // what it measures, for the table: "QThread create + start + wait"
    QString unit;                // of value and python: "us", "ms", "s", "x", "MB", "B"
    double value = 0;            // the headline figure (the median for a series)
    QJsonObject fields = {};     // everything else measured with it ("p99", "count", "painted", ...)
    std::optional<Target> target = {};
    std::optional<double> python = {};   // CPython's figure for the same definition, same unit
    QJsonObject pythonFields = {};       // CPython's other figures

    // Python / C++ (how many times CPython's figure is C++'s), when both are there and C++'s is not 0.
    std::optional<double> ratio() const;
    // The JSON line: {"group", "figure", "title", "unit", "value", <fields>, "target", "met",
    // "python", "ratio", "pythonFields"}; the last five only when known.
    QJsonObject toJson() const;
};

namespace BenchTable {
// The readable table of every figure: group, figure, C++, CPython, ratio, target, "ok"/"MISSED".
QString format(const QList<Figure> &figures);
// "1.23", "123", "0.0123": a figure with three significant digits, never in exponent notation.
QString number(double value);
} // namespace BenchTable
