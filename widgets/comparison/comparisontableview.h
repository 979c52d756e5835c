// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QPersistentModelIndex>
#include <QTableView>
#include <QTimer>

#include <optional>

// A table view for one comparison table (a ComparisonTableModel or a proxy of it) that reads well in
// a narrow side panel and on a projector: text wraps, rows grow to fit every line of every column,
// columns share the width (never narrower than their longest word; scrolls sideways only then), all
// measured with the current font, so a bigger application font just works.
// Cells that a demo proves are links: a click, Enter or the context menu emits demoLinkActivated().
// The context menu names the demo by the model's ComparisonTableModel::DemoLinkTitleRole.
// Ctrl+C and the context menu copy the selected rows, or the whole table, as tab-separated text with
// the header line. GUI thread only.
class ComparisonTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ComparisonTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    // Tab-separated text of the selected rows (in model order), or of every row if none is selected.
    QString selectionAsText() const;
    // Copies selectionAsText() (or the whole table) to the clipboard.
    void copySelection();
    void copyTable();
    // The id of the demo whose link is at `index`, if any.
    static std::optional<DemoId> demoLinkAt(const QModelIndex &index);
    // True if a dataChanged() with these roles may change a column's width or a row's height: only
    // then are the cells measured again (a highlight, on every demo start, is not).
    static bool changesSize(const QList<int> &roles);
    // Lays out columns and rows now (normally done on the next event-loop turn after a change).
    void relayout();
    // Marks the occurrences of `text` in the cells (the filter's text; empty: none).
    void setMatchText(const QString &text);
    QString matchText() const;

Q_SIGNALS:
    void demoLinkActivated(const DemoId &demo);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void scheduleRelayout();
    void updateColumnWidths();
    void updateRowHeights();
    int minimumColumnWidth(int column) const;

    QTimer m_relayoutTimer;
    QPersistentModelIndex m_pressedLink;
};
