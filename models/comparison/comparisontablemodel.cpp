// SPDX-License-Identifier: MIT
#include "comparisontablemodel.h"

#include <QStringList>

#include <algorithm>

namespace {

bool contains(const std::vector<DemoKind> &demos, std::optional<DemoKind> demo)
{
    return demo && std::find(demos.begin(), demos.end(), *demo) != demos.end();
}

QStringList ids(const std::vector<DemoKind> &first, const std::vector<DemoKind> &second = {})
{
    QStringList result;
    for (const auto *list : {&first, &second}) {
        for (DemoKind demo : *list) {
            const QString id = DemoKinds::id(demo);
            if (!result.contains(id))
                result.append(id);
        }
    }
    return result;
}

} // namespace

ComparisonTableModel::ComparisonTableModel(const ComparisonTableSpec &spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_spec(&spec)
{
    for (const ComparisonRow &row : spec.rows)
        Q_ASSERT_X(row.cells.size() == spec.columns.size(), "ComparisonTableModel", spec.id);
}

QString ComparisonTableModel::tableId() const
{
    return QString::fromLatin1(m_spec->id);
}

QString ComparisonTableModel::title() const
{
    return ComparisonContent::translate(m_spec->title);
}

QString ComparisonTableModel::note() const
{
    return ComparisonContent::translate(m_spec->note);
}

bool ComparisonTableModel::concerns(DemoKind demo) const
{
    return std::any_of(m_spec->columns.begin(), m_spec->columns.end(),
                       [demo](const ComparisonColumn &c) { return contains(c.demos, demo); })
        || std::any_of(m_spec->rows.begin(), m_spec->rows.end(),
                       [demo](const ComparisonRow &r) { return contains(r.demos, demo); });
}

void ComparisonTableModel::setActiveDemo(std::optional<DemoKind> demo)
{
    if (demo == m_activeDemo)
        return;
    m_activeDemo = demo;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {HighlightRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ComparisonTableModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec->rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec->columns.size());
}

bool ComparisonTableModel::isHighlighted(int row, int column) const
{
    return contains(m_spec->rows[row].demos, m_activeDemo)
        || contains(m_spec->columns[column].demos, m_activeDemo);
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_spec->rows[index.row()];
    const ComparisonColumn &column = m_spec->columns[index.column()];
    const ComparisonCell &cell = row.cells[index.column()];

    switch (role) {
    case Qt::DisplayRole:
        return ComparisonContent::translate(cell.text, column.code);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (cell.proof)
            return tr("Runs the %1 demo (click, or press Enter).").arg(DemoKinds::title(*cell.proof));
        return {};
    case DemoLinkRole:
        return cell.proof ? QVariant(DemoKinds::id(*cell.proof)) : QVariant();
    case DemosRole:
        return ids(row.demos, column.demos);
    case HighlightRole:
        return isHighlighted(index.row(), index.column());
    case CodeRole:
        return column.code;
    case SourceTextRole:
        return QString::fromUtf8(cell.text);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ComparisonColumn &column = m_spec->columns[section];
    switch (role) {
    case Qt::DisplayRole:
        return ComparisonContent::translate(column.title);
    case DemosRole:
        return ids(column.demos);
    case HighlightRole:
        return contains(column.demos, m_activeDemo);
    case CodeRole:
        return column.code;
    case SourceTextRole:
        return QString::fromUtf8(column.title);
    default:
        return {};
    }
}

QHash<int, QByteArray> ComparisonTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(DemoLinkRole, "demoLink");
    names.insert(DemosRole, "demos");
    names.insert(HighlightRole, "highlight");
    names.insert(CodeRole, "code");
    names.insert(SourceTextRole, "sourceText");
    return names;
}
