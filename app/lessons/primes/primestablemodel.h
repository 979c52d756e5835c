// SPDX-License-Identifier: MIT
#pragma once

#include "primesresult.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

class PrimesRunner;

// One row per number of a run, filled in as its checks arrive: the number, prime or not, the time
// of its check, and the unit that checked it ("worker thread TID 1234", "child PID 4711", "GUI
// thread"). Shows the runner it is given; GUI thread.
class PrimesTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, PrimeColumn, TimeColumn, UnitColumn, ColumnCount };

    explicit PrimesTableModel(QObject *parent = nullptr);

    // Shows `runner`'s current (or last) run, and follows it; null: empty.
    void setRunner(PrimesRunner *runner);
    PrimesRunner *runner() const { return m_runner; }
    // How many rows have their check.
    int checkedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void addCheck(const PrimeCheck &check);

    QPointer<PrimesRunner> m_runner;
    QList<quint64> m_numbers;
    QList<std::optional<PrimeCheck>> m_checks;   // per row
};
