// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class DemoRunner;

// What a runner is made for: the classroom's defaults, or the small sizes that tests run (a short
// duration, a small count, the quick primes set), so "every demo runs headless" stays fast.
enum class RunSize { Classroom, Test };

// One step of a demo, in words: a short title and what the Qt code does beside its Python
// counterpart. Untranslated sources (QT_TRANSLATE_NOOP, context "StepCatalog"); see StepCatalog.
struct DemoStep {
    QString id;                         // the "// step:" / "# step:" marker id
    const char *title = nullptr;
    const char *explanation = nullptr;
};

// The code a demo shows in the code viewer: its C++ files (repository paths, in reading order, all
// embedded as ":/sources/<path>" by the lesson's CMake) and its Python counterpart (embedded as
// ":/python/<file name>"), both cut by step markers, and its steps in order.
// "Run in Python" starts the counterpart as `python3 -B <pythonOptions...> <file name>` in a folder
// holding its lesson's whole Python set (so it may import its neighbours).
struct DemoListings {
    QStringList cppFiles;       // e.g. "app/lessons/spinners/threadrunner.cpp"
    QString pythonFile;         // e.g. "spinner_thread.py"
    QList<DemoStep> steps;
    QStringList pythonOptions = {};   // interpreter options, e.g. {"-X", "dev"}: asyncio's debug mode
};

using ResultCheck = std::function<bool(const QJsonObject &result)>;

// A figure a run measured for one comparison row, e.g. {"summary/memory-python", "964 B per task"}:
// the comparison shows it beside the row's cell that links to the demo.
struct RowFigure {
    QString tableAndRow;        // "<table id>/<row id>", one of the demo's provesRows
    QString translatedFigure;
};
// What a finished run (DemoRunner::resultJson()) measured for the rows it proves; may be empty.
using RowFigures = std::function<QList<RowFigure>(const QJsonObject &result)>;

// A check that passes when the result has every key of `expected` with that value (others free).
inline ResultCheck resultHas(const QJsonObject &expected)
{
    return [expected](const QJsonObject &result) {
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (result.value(it.key()) != it.value())
                return false;
        }
        return true;
    };
}

// Everything the app knows about one demo, in one place: the window, the Lesson menu, --run, the
// code viewer, the step panel, reports and tests all read it. Registered through its lesson (see
// LessonRegistry). Plain data; the texts are untranslated sources (context "Demo").
struct Demo {
    DemoId id;                        // stable: "thread"
    const char *title = nullptr;      // QT_TRANSLATE_NOOP("Demo", "QThread")
    const char *pythonCounterpart = nullptr;   // QT_TRANSLATE_NOOP("Demo", "Python: threading.Thread")
    // A new runner for this demo, with the parameters of `size`. GUI thread; the caller owns it.
    std::function<std::unique_ptr<DemoRunner>(RunSize size)> makeRunner;
    DemoListings listings;
    // Comparison rows this demo shows live ("<table id>/<row id>"): their demo links may open it.
    QStringList provesRows;
    // Whether what a RunSize::Test run published (DemoRunner::resultJson()) is right for this demo,
    // e.g. resultHas({{"answer", 42}}). Checked for every demo by tst_everydemo.
    ResultCheck acceptsTestResult;
    // Its numbers need the cores to itself (timings, speedups): it runs after, never beside, another
    // such demo (DemoScheduler).
    bool measuresTheMachine = false;
    // Its figures for the comparison rows it proves, taken from each finished run. May be empty.
    RowFigures rowFigures = {};

    QString translatedTitle() const { return QCoreApplication::translate("Demo", title); }
    QString translatedPythonCounterpart() const { return QCoreApplication::translate("Demo", pythonCounterpart); }
};
