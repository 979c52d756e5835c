// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QDialog>

class ComparisonTableView;
class QAbstractItemModel;
class QLabel;

// One comparison table in a window of its own, large enough to project: the table's title, note and
// rows (the same model as the panel's, so the filter, the highlighted demo and the measured figures
// are the same), in text half as large again as the window's. Not modal; Esc or Close closes it.
// A demo link in it emits demoRequested(). GUI thread only. Child objectNames: largeTitle,
// largeNote, largeTable.
class ComparisonLargeView : public QDialog
{
    Q_OBJECT
public:
    // `model` is not owned and must outlive the window (the panel's filtered table).
    ComparisonLargeView(QAbstractItemModel *model, QWidget *parent = nullptr);

    ComparisonTableView *view() const { return m_view; }
    void setTexts(const QString &title, const QString &note);

Q_SIGNALS:
    void demoRequested(const DemoId &demo);

private:
    QLabel *m_title;
    QLabel *m_note;
    ComparisonTableView *m_view;
};
