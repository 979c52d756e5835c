// SPDX-License-Identifier: MIT
#pragma once

#include "comparisoncontent.h"
#include "demoid.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>

// One comparison table (a ComparisonTableSpec of ComparisonContent) as a read-only table model.
// Texts are translated at data() time, so a language switch only needs retranslate().
// GUI thread only (like every item model). Does not own the spec (static content).
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        // QString: the DemoId of the demo that proves this cell live (a link); invalid if none.
        DemoLinkRole = Qt::UserRole + 1,
        // QStringList: ids of the demos this cell's row or column is about (headers: that column).
        DemosRole,
        // bool: the cell's row or column (header: that column) is about the active demo.
        HighlightRole,
        // bool: the cell (header: the column) holds code; shown monospace.
        CodeRole,
        // QString: the untranslated source text, stable across languages.
        SourceTextRole,
        // QString: the title of the demo of DemoLinkRole (see setDemoTitles()); invalid if none.
        DemoLinkTitleRole,
    };
    Q_ENUM(Role)

    explicit ComparisonTableModel(const ComparisonTableSpec &spec, QObject *parent = nullptr);

    const ComparisonTableSpec &spec() const { return *m_spec; }
    QString tableId() const;  // stable, untranslated
    QString title() const;    // translated
    QString note() const;     // translated

    // True if a row or column of this table is about `demo`.
    bool concerns(const DemoId &demo) const;
    std::optional<DemoId> activeDemo() const { return m_activeDemo; }
    // Highlights the rows and columns about `demo` (HighlightRole); nullopt clears.
    void setActiveDemo(std::optional<DemoId> demo);
    // Declares that `demo` shows row `rowId` live (Demo::provesRows): the row is then about it
    // (concerns(), DemosRole, HighlightRole), and, in a row with no proofs of its own, its cells link
    // to it.
    // False if the table has no such row.
    bool addRowProof(QStringView rowId, const DemoId &demo);
    // What `demo`'s last run measured for row `rowId` (e.g. "964 B per task"), shown after the text
    // of the row's cell that links to that demo as "Measured here: ..."; replaces the previous one.
    // False if the table has no such row or no cell of it links to `demo`.
    bool setMeasuredFigure(QStringView rowId, const DemoId &demo, const QString &translatedFigure);
    // How link tooltips and DemoLinkTitleRole name a demo; by default by its id (demoIdAsTitle()).
    void setDemoTitles(DemoTitleFunction titleOf);
    // Tells views every text changed (after a QTranslator was installed or removed).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool isHighlighted(int row, int column) const;
    bool isActive(DemoIdList demos) const;
    bool isActive(const QStringList &demos) const;
    // The demo a cell links to: its own proof, else the first demo that declared the row.
    std::optional<DemoId> linkOf(int row, int column) const;

    const ComparisonTableSpec *m_spec;
    std::optional<DemoId> m_activeDemo;
    DemoTitleFunction m_titleOf = demoIdAsTitle;
    QHash<int, QStringList> m_rowProofs;   // row -> demos declared by addRowProof(), in order
    QHash<std::pair<int, int>, QString> m_measured;   // (row, column) -> translated measured figure
};
