// SPDX-License-Identifier: MIT
#include "comparisoncontent.h"

#include <QLatin1StringView>

const std::vector<ComparisonTableSpec> &ComparisonContent::tables()
{
    static const std::vector<ComparisonTableSpec> all = [] {
        std::vector<ComparisonTableSpec> result;
        for (auto group : {basicsTables, modelsTables, syncTables, practiceTables}) {
            for (ComparisonTableSpec &table : group())
                result.push_back(std::move(table));
        }
        return result;
    }();
    return all;
}

const ComparisonTableSpec *ComparisonContent::table(QStringView id)
{
    for (const ComparisonTableSpec &table : tables()) {
        if (QLatin1StringView(table.id) == id)
            return &table;
    }
    return nullptr;
}

int ComparisonContent::rowIndex(const ComparisonTableSpec &table, QStringView rowId)
{
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
        if (table.rows[row].id && QLatin1StringView(table.rows[row].id) == rowId)
            return int(row);
    }
    return -1;
}

std::vector<DemoKind> ComparisonContent::eventLoopDemos()
{
    std::vector<DemoKind> demos{DemoKind::Coroutine};
    demos.insert(demos.end(), loopBlockingDemoKinds.begin(), loopBlockingDemoKinds.end());
    return demos;
}

QString ComparisonContent::translate(const char *source, bool code)
{
    return QCoreApplication::translate(code ? "ComparisonCode" : "ComparisonContent", source);
}
