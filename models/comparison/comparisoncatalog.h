// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

class ComparisonTableModel;
class QSortFilterProxyModel;

// Every comparison table of ComparisonContent, as one list model (one row per table, for a table
// chooser) that owns a ComparisonTableModel and a filtered proxy of it per table.
// The filter searches all tables at once; each table's match count is its proxy's row count, so the
// chooser and the views can never disagree. GUI thread only.
class ComparisonCatalog : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TableIdRole = Qt::UserRole + 1,  // QString, stable
        TitleRole,                       // QString, translated title without match count
        NoteRole,                        // QString, translated note
        MatchCountRole,                  // int: rows matching the filter (all rows when no filter)
        HighlightRole,                   // bool: the table is about the active demo
    };
    Q_ENUM(Role)

    explicit ComparisonCatalog(QObject *parent = nullptr);

    int tableCount() const { return int(m_tables.size()); }
    // Owned by the catalog; valid for its lifetime. index in [0, tableCount()).
    ComparisonTableModel *table(int index) const;
    // The filtered view of table(index) (rows matching filterText()), owned by the catalog.
    QSortFilterProxyModel *filteredTable(int index) const;
    // Index of the table with that id, or -1.
    int indexOf(QStringView tableId) const;

    QString filterText() const { return m_filterText; }
    // Case-insensitive substring search over every cell of every table; empty shows everything.
    void setFilterText(const QString &text);
    int matchCount(int index) const;
    int matchingTableCount() const;

    // Forwards to every table (HighlightRole); nullopt clears.
    void setActiveDemo(std::optional<DemoId> demo);
    std::optional<DemoId> activeDemo() const { return m_activeDemo; }
    // Forwards to every table: how link tooltips name a demo (by default by its id).
    void setDemoTitles(const DemoTitleFunction &titleOf);
    // `demo` shows a row live (Demo::provesRows): `tableAndRow` is "<table id>/<row id>".
    // See ComparisonTableModel::addRowProof(). False if there is no such table or row.
    bool addRowProof(QStringView tableAndRow, const DemoId &demo);
    // What `demo`'s last run measured for a row ("<table id>/<row id>"): see
    // ComparisonTableModel::setMeasuredFigure(). False if there is no such row or it does not link
    // to `demo`.
    bool setMeasuredFigure(QStringView tableAndRow, const DemoId &demo, const QString &translatedFigure);
    // After a language change: every text of every table changed.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterTextChanged(const QString &text);

private:
    // The table of "<table id>/<row id>", with the row id in *rowId; null if there is none.
    ComparisonTableModel *tableOfRow(QStringView tableAndRow, QStringView *rowId) const;

    struct Entry {
        ComparisonTableModel *model;
        QSortFilterProxyModel *filtered;
    };
    QList<Entry> m_tables;
    QString m_filterText;
    std::optional<DemoId> m_activeDemo;
};
