// SPDX-License-Identifier: MIT
#include "primestablemodel.h"

#include "primesrunner.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

PrimesTableModel::PrimesTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PrimesTableModel::setRunner(PrimesRunner *runner)
{
    if (m_runner == runner)
        return;
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    if (m_runner) {
        connect(m_runner, &PrimesRunner::checksCleared, this, &PrimesTableModel::reload);
        connect(m_runner, &PrimesRunner::checked, this, &PrimesTableModel::addCheck);
    }
    reload();
}

void PrimesTableModel::reload()
{
    beginResetModel();
    m_numbers = m_runner ? PrimeNumbers::numbers(m_runner->runParameters().numbers) : QList<quint64>();
    m_checks = QList<std::optional<PrimeCheck>>(m_numbers.size());
    if (m_runner) {
        for (const PrimeCheck &check : m_runner->checks()) {
            if (check.index >= 0 && check.index < m_checks.size())
                m_checks[check.index] = check;
        }
    }
    endResetModel();
}

void PrimesTableModel::addCheck(const PrimeCheck &check)
{
    if (check.index < 0 || check.index >= m_checks.size() || m_numbers.at(check.index) != check.number)
        return;
    m_checks[check.index] = check;
    Q_EMIT dataChanged(index(check.index, PrimeColumn), index(check.index, UnitColumn));
}

int PrimesTableModel::checkedCount() const
{
    return int(std::count_if(m_checks.cbegin(), m_checks.cend(), [](const auto &check) { return check.has_value(); }));
}

int PrimesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_numbers.size());
}

int PrimesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrimesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const std::optional<PrimeCheck> &check = m_checks.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == UnitColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return QString::number(m_numbers.at(index.row()));   // no group separators: the book prints them plain
    case PrimeColumn:
        if (!check)
            return role == Qt::AccessibleTextRole ? tr("not checked yet") : u"…"_s;
        return check->prime ? tr("prime") : tr("not prime");
    case TimeColumn:
        //: the time one number's check took, in milliseconds
        return check ? tr("%1 ms").arg(QLocale().toString(check->nanoseconds / 1e6, 'f', 1)) : QString();
    case UnitColumn:
        return check ? check->unit.name() : QString();
    }
    return {};
}

QVariant PrimesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == TimeColumn)
        return tr("From the start of the check to its result, as a clock on the wall measures it: under a GIL, the "
                  "time spent waiting for the lock counts too.");
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case NumberColumn: return tr("Number");
    case PrimeColumn: return tr("Prime?");
    case TimeColumn: return tr("Check took");
    case UnitColumn: return tr("Checked by");
    }
    return {};
}
