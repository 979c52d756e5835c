// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace ComparisonText {
// The table as tab-separated text: a header line, then one line per row (all rows when `rows` is
// empty, else those rows in that order). Cells holding a tab, a line break or a double quote are
// quoted the way spreadsheets paste them ("a ""b"""). Lines end with '\n'.
QString toTsv(const QAbstractItemModel &model, const QList<int> &rows = {});
// One cell, quoted as above if needed.
QString tsvField(const QString &text);
} // namespace ComparisonText
