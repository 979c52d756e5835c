// SPDX-License-Identifier: MIT
#include "comparisoncatalog.h"

#include "comparisoncontent.h"
#include "comparisontablemodel.h"

#include <QLatin1StringView>
#include <QSortFilterProxyModel>

ComparisonCatalog::ComparisonCatalog(QObject *parent)
    : QAbstractListModel(parent)
{
    for (const ComparisonTableSpec *spec : ComparisonContent::tables()) {
        auto *model = new ComparisonTableModel(*spec, this);
        auto *filtered = new QSortFilterProxyModel(this);
        filtered->setObjectName(QLatin1StringView(spec->id));
        filtered->setSourceModel(model);
        filtered->setFilterKeyColumn(-1);
        filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
        m_tables.append({model, filtered});
    }
}

ComparisonTableModel *ComparisonCatalog::table(int index) const
{
    return m_tables.at(index).model;
}

QSortFilterProxyModel *ComparisonCatalog::filteredTable(int index) const
{
    return m_tables.at(index).filtered;
}

int ComparisonCatalog::indexOf(QStringView tableId) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i].model->tableId() == tableId)
            return i;
    }
    return -1;
}

void ComparisonCatalog::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    for (const Entry &entry : std::as_const(m_tables))
        entry.filtered->setFilterFixedString(m_filterText);
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, MatchCountRole});
    Q_EMIT filterTextChanged(m_filterText);
}

int ComparisonCatalog::matchCount(int index) const
{
    return m_tables.at(index).filtered->rowCount();
}

int ComparisonCatalog::matchingTableCount() const
{
    return int(std::count_if(m_tables.begin(), m_tables.end(),
                             [](const Entry &e) { return e.filtered->rowCount() > 0; }));
}

void ComparisonCatalog::setActiveDemo(std::optional<DemoId> demo)
{
    if (demo == m_activeDemo)
        return;
    m_activeDemo = std::move(demo);
    for (const Entry &entry : std::as_const(m_tables))
        entry.model->setActiveDemo(m_activeDemo);
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {HighlightRole});
}

void ComparisonCatalog::setDemoTitles(const DemoTitleFunction &titleOf)
{
    for (const Entry &entry : std::as_const(m_tables))
        entry.model->setDemoTitles(titleOf);
}

ComparisonTableModel *ComparisonCatalog::tableOfRow(QStringView tableAndRow, QStringView *rowId) const
{
    const qsizetype slash = tableAndRow.indexOf(u'/');
    if (slash < 0)
        return nullptr;
    const int tableIndex = indexOf(tableAndRow.first(slash));
    if (tableIndex < 0)
        return nullptr;
    *rowId = tableAndRow.sliced(slash + 1);
    return table(tableIndex);
}

bool ComparisonCatalog::addRowProof(QStringView tableAndRow, const DemoId &demo)
{
    QStringView rowId;
    ComparisonTableModel *model = tableOfRow(tableAndRow, &rowId);
    return model && model->addRowProof(rowId, demo);
}

bool ComparisonCatalog::setMeasuredFigure(QStringView tableAndRow, const DemoId &demo, const QString &translatedFigure)
{
    QStringView rowId;
    ComparisonTableModel *model = tableOfRow(tableAndRow, &rowId);
    return model && model->setMeasuredFigure(rowId, demo, translatedFigure);
}

void ComparisonCatalog::retranslate()
{
    for (const Entry &entry : std::as_const(m_tables)) {
        entry.model->retranslate();
        // The filter matches translated text: match again in the new language.
        entry.filtered->invalidate();
    }
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int ComparisonCatalog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

QVariant ComparisonCatalog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonTableModel *model = m_tables[index.row()].model;
    switch (role) {
    case Qt::DisplayRole:
        if (m_filterText.isEmpty())
            return model->title();
        if (const int count = matchCount(index.row()); count == 1)
            return tr("%1 (1 match)").arg(model->title());
        else
            return tr("%1 (%n matches)", nullptr, count).arg(model->title());
    case Qt::ToolTipRole:
    case NoteRole:
        return model->note();
    case TableIdRole:
        return model->tableId();
    case TitleRole:
        return model->title();
    case MatchCountRole:
        return matchCount(index.row());
    case HighlightRole:
        return m_activeDemo && model->concerns(*m_activeDemo);
    default:
        return {};
    }
}

QHash<int, QByteArray> ComparisonCatalog::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TableIdRole, "tableId");
    names.insert(TitleRole, "title");
    names.insert(NoteRole, "note");
    names.insert(MatchCountRole, "matchCount");
    names.insert(HighlightRole, "highlight");
    return names;
}
