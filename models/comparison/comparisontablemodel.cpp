// SPDX-License-Identifier: MIT
#include "comparisontablemodel.h"

#include <QLatin1StringView>
#include <QStringList>

#include <algorithm>

namespace {

QStringList ids(DemoIdList first, DemoIdList second = {}, const QStringList &more = {})
{
    QStringList result;
    for (DemoIdList list : {first, second}) {
        for (const char *demo : list) {
            const QString id = QString::fromLatin1(demo);
            if (!result.contains(id))
                result.append(id);
        }
    }
    for (const QString &id : more) {
        if (!result.contains(id))
            result.append(id);
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
        || std::any_of(m_spec->rows.begin(), m_spec->rows.end(), about)
        || std::any_of(m_rowProofs.cbegin(), m_rowProofs.cend(),
                       [&demo](const QStringList &demos) { return demos.contains(demo); });
}

bool ComparisonTableModel::addRowProof(QStringView rowId, const DemoId &demo)
{
    const int row = ComparisonContent::rowIndex(*m_spec, rowId);
    if (row < 0)
        return false;
    QStringList &demos = m_rowProofs[row];
    if (!demos.contains(demo)) {
        demos.append(demo);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    return true;
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

bool ComparisonTableModel::isActive(const QStringList &demos) const
{
    return m_activeDemo && demos.contains(*m_activeDemo);
}

bool ComparisonTableModel::isHighlighted(int row, int column) const
{
    return isActive(m_spec->row(row).demos) || isActive(m_spec->column(column).demos)
        || isActive(m_rowProofs.value(row));
}

std::optional<DemoId> ComparisonTableModel::linkOf(int row, int column) const
{
    const ComparisonRow &spec = m_spec->row(row);
    if (const char *proof = spec.cell(column).proof)
        return QString::fromLatin1(proof);
    // A row whose cells name their own demos links only those: its other cells (the aspect, the
    // Python side of a C++ demo) would otherwise open a demo that is not about them.
    if (std::any_of(spec.cells.begin(), spec.cells.end(), [](const ComparisonCell &cell) { return cell.proof; }))
        return std::nullopt;
    const QStringList declared = m_rowProofs.value(row);
    if (!declared.isEmpty())
        return declared.constFirst();
    return std::nullopt;
}

bool ComparisonTableModel::setMeasuredFigure(QStringView rowId, const DemoId &demo, const QString &translatedFigure)
{
    const int row = ComparisonContent::rowIndex(*m_spec, rowId);
    if (row < 0)
        return false;
    for (int column = 0; column < columnCount(); ++column) {
        if (linkOf(row, column) == demo) {
            m_measured.insert({row, column}, translatedFigure);
            Q_EMIT dataChanged(index(row, column), index(row, column), {Qt::DisplayRole});
            return true;
        }
    }
    return false;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_spec->row(index.row());
    const ComparisonColumn &column = m_spec->column(index.column());
    const ComparisonCell &cell = row.cell(index.column());

    switch (role) {
    case Qt::DisplayRole: {
        const QString text = ComparisonContent::translate(cell.text, column.code);
        const QString measured = m_measured.value({index.row(), index.column()});
        //: After a comparison cell's text: what the linked demo measured on this machine. %1: e.g. "964 B per task"
        return measured.isEmpty() ? text : text + u'\n' + tr("Measured here: %1").arg(measured);
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (const std::optional<DemoId> link = linkOf(index.row(), index.column()))
            return tr("Runs the %1 demo (click, or press Enter).").arg(m_titleOf(*link));
        return {};
    case DemoLinkRole:
        if (const std::optional<DemoId> link = linkOf(index.row(), index.column()))
            return *link;
        return {};
    case DemoLinkTitleRole:
        if (const std::optional<DemoId> link = linkOf(index.row(), index.column()))
            return m_titleOf(*link);
        return {};
    case DemosRole:
        return ids(row.demos, column.demos, m_rowProofs.value(index.row()));
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
