// SPDX-License-Identifier: MIT
#include "comparisontext.h"

#include <QAbstractItemModel>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace ComparisonText {

QString tsvField(const QString &text)
{
    if (!text.contains(u'\t') && !text.contains(u'\n') && !text.contains(u'"'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString toTsv(const QAbstractItemModel &model, const QList<int> &rows)
{
    const int columns = model.columnCount();
    auto line = [columns](auto &&cellText) {
        QStringList fields;
        for (int column = 0; column < columns; ++column)
            fields.append(tsvField(cellText(column)));
        return fields.join(u'\t') + u'\n';
    };

    QString text = line([&model](int column) {
        return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    });
    QList<int> wanted = rows;
    if (wanted.isEmpty()) {
        for (int row = 0; row < model.rowCount(); ++row)
            wanted.append(row);
    }
    for (int row : std::as_const(wanted)) {
        text += line([&model, row](int column) {
            return model.index(row, column).data(Qt::DisplayRole).toString();
        });
    }
    return text;
}

} // namespace ComparisonText
