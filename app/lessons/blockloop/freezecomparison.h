// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "freezereport.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// Lesson 2's "compare the numbers": the last measured run of each compared demo ("Block the loop"
// and "Await instead") side by side, one column per demo, one row per figure: frames painted, the
// longest freeze, how late a click was handled, the work's time. A new run of a demo replaces only
// its own column; a run that overlapped another is marked as such (it does not compare). Cells are translated text; RawValueRole gives the number (qint64; invalid when
// there is none). GUI thread only (a view reads it).
class FreezeComparison : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Figure { FramesPainted, LongestFreeze, ClickLateness, WorkTime, FigureCount };
    Q_ENUM(Figure)
    enum Role { RawValueRole = Qt::UserRole + 1 };

    // `demos`: the compared demos, one column each, in this order; `titleOf` names them.
    FreezeComparison(QList<DemoId> demos, DemoTitleFunction titleOf, QObject *parent = nullptr);

    // The facts of a finished run; ignored for a demo that is not compared.
    void setFacts(const FreezeFacts &facts);
    std::optional<FreezeFacts> factsOf(const DemoId &demo) const;
    int columnOf(const DemoId &demo) const { return int(m_demos.indexOf(demo)); }
    // Whether the last run of `demo` overlapped another demo of the lesson (FreezeFacts::overlappedBy):
    // its column's title then says "(overlapped)", and its title's and cells' tooltip says why.
    bool isOverlapped(const DemoId &demo) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString figureTitle(Figure figure);
    static std::optional<qint64> rawValue(const FreezeFacts &facts, Figure figure);
    static QString cellText(const FreezeFacts &facts, Figure figure);
    QString overlapNote(const FreezeFacts &facts) const;

    const QList<DemoId> m_demos;
    const DemoTitleFunction m_titleOf;
    QList<std::optional<FreezeFacts>> m_facts;   // parallel to m_demos
};
