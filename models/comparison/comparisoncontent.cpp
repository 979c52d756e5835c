// SPDX-License-Identifier: MIT
#include "comparisoncontent.h"

#include <QLatin1StringView>

#include <algorithm>
#include <array>

std::span<const ComparisonTableSpec *const> ComparisonContent::tables()
{
    // The display order. A new table: a file in tables/, its declaration in the header, a line here.
    static constexpr std::array all{
        &concurrencyTable,
        &executionUnitsTable,
        &gilTable,
        &summaryTable,
        &multitaskingTable,
        &queuesTable,
        &locksTable,
        &runningCoroutinesTable,
        &whenToUseTable,
        &bestPracticesTable,
        &quickReferenceTable,
    };
    return all;
}

const ComparisonTableSpec *ComparisonContent::table(QStringView id)
{
    for (const ComparisonTableSpec *table : tables()) {
        if (QLatin1StringView(table->id) == id)
            return table;
    }
    return nullptr;
}

int ComparisonContent::rowIndex(const ComparisonTableSpec &table, QStringView rowId)
{
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        if (table.row(row).id && QLatin1StringView(table.row(row).id) == rowId)
            return int(row);
    }
    return -1;
}

bool ComparisonContent::contains(DemoIdList demos, QStringView demo)
{
    return std::any_of(demos.begin(), demos.end(),
                       [demo](const char *id) { return QLatin1StringView(id) == demo; });
}

QString ComparisonContent::translate(const char *source, bool code)
{
    return QCoreApplication::translate(code ? "ComparisonCode" : "ComparisonContent", source);
}
