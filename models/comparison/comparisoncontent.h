// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// The content of the comparison panel: every table of the material (Fluent Python 2nd ed., chapter 19,
// "Concurrency Models in Python") beside its Qt 6 / C++ counterpart. One data source for the table
// models, the filter, the copy-as-text and the decision guide.
//
// Texts are untranslated source strings, marked for lupdate with QT_TR_NOOP inside ComparisonContent
// (context "ComparisonContent") or, for code, QT_TRANSLATE_NOOP("ComparisonCode", ...). Translate them
// at display time with ComparisonContent::translate(). Plain data, no QObject, safe on any thread.

// A cell. `proof` names the demo of the app that shows this fact live (the cell becomes a link to it).
// A new demo is one line: set `proof` (or a row's/column's `demos`) to the new DemoKind.
struct ComparisonCell {
    ComparisonCell(const char *source, std::optional<DemoKind> proofDemo = std::nullopt)
        : text(source), proof(proofDemo) {}
    const char *text;
    std::optional<DemoKind> proof;
};

struct ComparisonColumn {
    const char *title;                  // QT_TR_NOOP
    std::vector<DemoKind> demos = {};   // demos this column is about: highlighted while they run
    bool code = false;                  // cells are code: context "ComparisonCode", shown monospace
};

struct ComparisonRow {
    std::vector<ComparisonCell> cells;  // exactly one per column
    std::vector<DemoKind> demos = {};   // demos this row is about: highlighted while they run
    const char *id = nullptr;           // stable id when something refers to the row (decision guide)
};

struct ComparisonTableSpec {
    const char *id;     // stable, untranslated: "gil", "summary", ...
    const char *title;  // QT_TR_NOOP
    const char *note;   // QT_TR_NOOP: what is Python-only, which Qt/QCoro version a fact depends on
    std::vector<ComparisonColumn> columns;
    std::vector<ComparisonRow> rows;
};

class ComparisonContent
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonContent)
public:
    // Every table in display order; built once, immutable afterwards.
    static const std::vector<ComparisonTableSpec> &tables();
    // The table with that id, or nullptr.
    static const ComparisonTableSpec *table(QStringView id);
    // Index of the row with that id in `table`, or -1.
    static int rowIndex(const ComparisonTableSpec &table, QStringView rowId);
    // Translates a source text of this content (code == true: a code cell).
    static QString translate(const char *source, bool code = false);

private:
    // The demos whose code runs on the GUI thread's event loop: the coroutine and lesson 2's.
    static std::vector<DemoKind> eventLoopDemos();
    // One function per group of tables, one .cpp file each.
    static std::vector<ComparisonTableSpec> basicsTables();   // concurrency, units, GIL
    static std::vector<ComparisonTableSpec> modelsTables();   // summary, preemptive vs cooperative
    static std::vector<ComparisonTableSpec> syncTables();     // queues, locks, running coroutines
    static std::vector<ComparisonTableSpec> practiceTables(); // when to use what, practices, reference
};
