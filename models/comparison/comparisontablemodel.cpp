// SPDX-License-Identifier: MIT
#include "comparisontablemodel.h"

#include <QLatin1StringView>
#include <QStringList>

#include <algorithm>

namespace {

QStringList ids(DemoIdList first, DemoIdList second = {})
{
    QStringList result;
    for (DemoIdList list : {first, second}) {
        for (const char *demo : list) {
            const QString id = QString::fromLatin1(demo);
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

bool ComparisonTableModel::concerns(const DemoId &demo) const
{
    auto about = [&demo](const auto &rowOrColumn) {
        return ComparisonContent::contains(rowOrColumn.demos, demo);
    };
    return std::any_of(m_spec->columns.begin(), m_spec->columns.end(), about)
        || std::any_of(m_spec->rows.begin(), m_spec->rows.end(), about);
}

void ComparisonTableModel::setActiveDemo(std::optional<DemoId> demo)
{
    if (demo == m_activeDemo)
        return;
    m_activeDemo = std::move(demo);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {HighlightRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ComparisonTableModel::setDemoTitles(DemoTitleFunction titleOf)
{
    m_titleOf = titleOf ? std::move(titleOf) : DemoTitleFunction(demoIdAsTitle);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::ToolTipRole, Qt::AccessibleDescriptionRole, DemoLinkTitleRole});
    }
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

bool ComparisonTableModel::isActive(DemoIdList demos) const
{
    return m_activeDemo && ComparisonContent::contains(demos, *m_activeDemo);
}

bool ComparisonTableModel::isHighlighted(int row, int column) const
{
    return isActive(m_spec->row(row).demos) || isActive(m_spec->column(column).demos);
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_spec->row(index.row());
    const ComparisonColumn &column = m_spec->column(index.column());
    const ComparisonCell &cell = row.cell(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return ComparisonContent::translate(cell.text, column.code);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (cell.proof) {
            const QString title = m_titleOf(QString::fromLatin1(cell.proof));
            return tr("Runs the %1 demo (click, or press Enter).").arg(title);
        }
        return {};
    case DemoLinkRole:
        return cell.proof ? QVariant(QString::fromLatin1(cell.proof)) : QVariant();
    case DemoLinkTitleRole:
        return cell.proof ? QVariant(m_titleOf(QString::fromLatin1(cell.proof))) : QVariant();
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
    const ComparisonColumn &column = m_spec->column(section);
    switch (role) {
    case Qt::DisplayRole:
        return ComparisonContent::translate(column.title);
    case DemosRole:
        return ids(column.demos);
    case HighlightRole:
        return isActive(column.demos);
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
    names.insert(DemoLinkTitleRole, "demoLinkTitle");
    return names;
}
