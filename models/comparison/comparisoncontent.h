// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <initializer_list>
#include <span>

// The content of the comparison panel: every table of the material (Fluent Python 2nd ed., chapter 19,
// "Concurrency Models in Python") beside its Qt 6 / C++ counterpart. One data source for the table
// models, the filter, the copy-as-text and the decision guide.
//
// Each table is static data in a file of its own (tables/<name>.cpp), defined as a member of
// ComparisonContent so that lupdate gives its QT_TR_NOOP strings the context "ComparisonContent";
// code cells use QT_TRANSLATE_NOOP("ComparisonCode", ...). Translate them at display time with
// ComparisonContent::translate(). Plain constant data, no QObject, safe on any thread.
//
// The lists are std::initializer_list so that every table is constant-initialized (constinit): its
// arrays live in static storage as long as the table, and no table depends on another file's
// static initialization.

// Demos named in the data, by DemoId ("thread", "process", ...): untranslated ids, never titles.
// A new demo is one line: set a cell's `proof`, or a row's or column's `demos`, to its id.
using DemoIdList = std::initializer_list<const char *>;

// A cell. `proof` is the id of the demo of the app that shows this fact live (the cell becomes a link
// to it), or nullptr.
struct ComparisonCell {
    constexpr ComparisonCell(const char *source, const char *proofDemo = nullptr)
        : text(source), proof(proofDemo) {}
    const char *text;
    const char *proof;
};

struct ComparisonColumn {
    const char *title;      // QT_TR_NOOP
    DemoIdList demos = {};  // demos this column is about: highlighted while they run
    bool code = false;      // cells are code: context "ComparisonCode", shown monospace
};

struct ComparisonRow {
    std::initializer_list<ComparisonCell> cells;  // exactly one per column
    DemoIdList demos = {};                        // demos this row is about: highlighted while they run
    const char *id = nullptr;  // stable id when something refers to the row (decision guide)

    const ComparisonCell &cell(std::size_t column) const { return cells.begin()[column]; }
};

struct ComparisonTableSpec {
    const char *id;     // stable, untranslated: "gil", "summary", ...
    const char *title;  // QT_TR_NOOP
    const char *note;   // QT_TR_NOOP: what is Python-only, which Qt/QCoro version a fact depends on
    std::initializer_list<ComparisonColumn> columns;
    std::initializer_list<ComparisonRow> rows;

    const ComparisonColumn &column(std::size_t index) const { return columns.begin()[index]; }
    const ComparisonRow &row(std::size_t index) const { return rows.begin()[index]; }
};

class ComparisonContent
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonContent)
public:
    // Every table in display order.
    static std::span<const ComparisonTableSpec *const> tables();
    // The table with that id, or nullptr.
    static const ComparisonTableSpec *table(QStringView id);
    // Index of the row with that id in `table`, or -1.
    static int rowIndex(const ComparisonTableSpec &table, QStringView rowId);
    // True if `demos` names `demo`.
    static bool contains(DemoIdList demos, QStringView demo);
    // Translates a source text of this content (code == true: a code cell).
    static QString translate(const char *source, bool code = false);

private:
    // The demos whose code runs on the GUI thread's event loop: the coroutine and lesson 2's.
    static constexpr DemoIdList eventLoopDemos{"coroutine", "block", "block-cpu", "cooperative-cpu"};

    // One table per file in tables/; the display order is in tables().
    static const ComparisonTableSpec concurrencyTable;        // tables/concurrency.cpp
    static const ComparisonTableSpec executionUnitsTable;     // tables/executionunits.cpp
    static const ComparisonTableSpec gilTable;                // tables/gil.cpp
    static const ComparisonTableSpec summaryTable;            // tables/summary.cpp
    static const ComparisonTableSpec multitaskingTable;       // tables/multitasking.cpp
    static const ComparisonTableSpec queuesTable;             // tables/queues.cpp
    static const ComparisonTableSpec locksTable;              // tables/locks.cpp
    static const ComparisonTableSpec runningCoroutinesTable;  // tables/runningcoroutines.cpp
    static const ComparisonTableSpec whenToUseTable;          // tables/whentouse.cpp
    static const ComparisonTableSpec bestPracticesTable;      // tables/bestpractices.cpp
    static const ComparisonTableSpec quickReferenceTable;     // tables/quickreference.cpp
};
