// SPDX-License-Identifier: MIT
#include "freezecomparison.h"

#include <algorithm>

FreezeComparison::FreezeComparison(QList<DemoId> demos, DemoTitleFunction titleOf, QObject *parent)
    : QAbstractTableModel(parent)
    , m_demos(std::move(demos))
    , m_titleOf(std::move(titleOf))
    , m_facts(m_demos.size())
{
}

void FreezeComparison::setFacts(const FreezeFacts &facts)
{
    const int column = columnOf(facts.demo);
    if (column < 0)
        return;
    m_facts[column] = facts;
    Q_EMIT dataChanged(index(0, column), index(FigureCount - 1, column));
    Q_EMIT headerDataChanged(Qt::Horizontal, column, column);   // "(overlapped)" comes and goes
}

std::optional<FreezeFacts> FreezeComparison::factsOf(const DemoId &demo) const
{
    const int column = columnOf(demo);
    return column < 0 ? std::nullopt : m_facts.at(column);
}

int FreezeComparison::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FigureCount;
}

int FreezeComparison::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_demos.size());
}

QVariant FreezeComparison::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto figure = Figure(index.row());
    const std::optional<FreezeFacts> &facts = m_facts.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return facts ? cellText(*facts, figure) : tr("not run yet");
    case RawValueRole:
        if (const std::optional<qint64> value = facts ? rawValue(*facts, figure) : std::nullopt)
            return *value;
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return facts && !facts->overlappedBy.isEmpty() ? overlapNote(*facts) : QVariant();
    default:
        return {};
    }
}

bool FreezeComparison::isOverlapped(const DemoId &demo) const
{
    const std::optional<FreezeFacts> facts = factsOf(demo);
    return facts && !facts->overlappedBy.isEmpty();
}

QString FreezeComparison::overlapNote(const FreezeFacts &facts) const
{
    //: Tooltip of a comparison column; %1: the demos that ran at the same time, e.g. "Blocking sleep"
    return tr("This run overlapped %1: its numbers include that run's effect. Run it alone to compare.")
        .arg(FreezeReport::overlapTitles(facts, m_titleOf));
}

QVariant FreezeComparison::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_demos.size()) {
        const std::optional<FreezeFacts> &facts = m_facts.at(section);
        const bool overlapped = facts && !facts->overlappedBy.isEmpty();
        if (role == Qt::ToolTipRole && overlapped)
            return overlapNote(*facts);
        if (role == Qt::DisplayRole)
            //: A comparison column's title when its run overlapped another one, e.g. "QCoro coroutine (overlapped)"
            return overlapped ? tr("%1 (overlapped)").arg(m_titleOf(m_demos.at(section))) : m_titleOf(m_demos.at(section));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return {};
    return section >= 0 && section < FigureCount ? figureTitle(Figure(section)) : QVariant();
}

QString FreezeComparison::figureTitle(Figure figure)
{
    switch (figure) {
    case FramesPainted:
        return tr("Frames painted");
    case LongestFreeze:
        return tr("Longest freeze");
    case ClickLateness:
        return tr("Click handled late by");
    case WorkTime:
        return tr("Time of the work");
    case FigureCount:
        break;
    }
    return {};
}

std::optional<qint64> FreezeComparison::rawValue(const FreezeFacts &facts, Figure figure)
{
    switch (figure) {
    case FramesPainted:
        return facts.framesExpected > 0 ? std::optional<qint64>(facts.framesPainted) : std::nullopt;
    case LongestFreeze:
        // The hold when the trace shows one; the monitor's longest gap otherwise (never shorter).
        return std::max(facts.heldMs, facts.longestLagMs);
    case ClickLateness:
        return facts.clickLateMs;
    case WorkTime:
        // Without the awaited lead-in, as the report says it, so that the runs compare.
        return std::max<qint64>(0, facts.totalMs - facts.leadInMs);
    case FigureCount:
        break;
    }
    return std::nullopt;
}

QString FreezeComparison::cellText(const FreezeFacts &facts, Figure figure)
{
    const std::optional<qint64> value = rawValue(facts, figure);
    switch (figure) {
    case FramesPainted:
        //: Frames the spinners painted, of those they should have painted: "0 of 180"
        return value ? tr("%1 of %2").arg(*value).arg(facts.framesExpected) : tr("no spinner turned");
    case ClickLateness:
        return value ? tr("%1 ms").arg(*value) : tr("no click during the run");
    case LongestFreeze:
    case WorkTime:
        return tr("%1 ms").arg(value.value_or(0));
    case FigureCount:
        break;
    }
    return {};
}
