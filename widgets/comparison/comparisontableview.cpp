// SPDX-License-Identifier: MIT
#include "comparisontableview.h"

#include "comparisondelegate.h"
#include "comparisontablemodel.h"
#include "comparisontext.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>

#include <algorithm>
#include <numeric>

ComparisonTableView::ComparisonTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new ComparisonDelegate(this));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Always there, so the width available to the columns does not flip as rows grow or shrink.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setTabKeyNavigation(false);  // Tab moves on to the next widget of the panel
    setAlternatingRowColors(true);
    setMouseTracking(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);

    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(0);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &ComparisonTableView::relayout);
}

void ComparisonTableView::setModel(QAbstractItemModel *newModel)
{
    if (model())
        disconnect(model(), nullptr, this, nullptr);
    QTableView::setModel(newModel);
    if (!newModel)
        return;
    connect(newModel, &QAbstractItemModel::modelReset, this, &ComparisonTableView::scheduleRelayout);
    connect(newModel, &QAbstractItemModel::layoutChanged, this, &ComparisonTableView::scheduleRelayout);
    connect(newModel, &QAbstractItemModel::rowsInserted, this, &ComparisonTableView::scheduleRelayout);
    connect(newModel, &QAbstractItemModel::rowsRemoved, this, &ComparisonTableView::scheduleRelayout);
    // Measuring every cell is costly; a highlight (HighlightRole only, and headerDataChanged, which
    // carries no roles) changes no size, and runs on every demo start. Header texts change only with
    // the language, when dataChanged() names no roles.
    connect(newModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (changesSize(roles))
                    scheduleRelayout();
            });
    scheduleRelayout();
}

bool ComparisonTableView::changesSize(const QList<int> &roles)
{
    static const QList<int> sizeRoles{Qt::DisplayRole, Qt::FontRole, Qt::SizeHintRole, ComparisonTableModel::CodeRole};
    return roles.isEmpty()
        || std::any_of(roles.cbegin(), roles.cend(), [](int role) { return sizeRoles.contains(role); });
}

void ComparisonTableView::scheduleRelayout()
{
    m_relayoutTimer.start();
}

void ComparisonTableView::relayout()
{
    m_relayoutTimer.stop();
    updateColumnWidths();
    updateRowHeights();
}

int ComparisonTableView::minimumColumnWidth(int column) const
{
    // The longest unbreakable piece of text (code: the longest line) or the header, whichever is wider.
    const QFontMetrics metrics(font());
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        fixed.setPointSizeF(font().pointSizeF());
    else
        fixed.setPixelSize(font().pixelSize());
    const QFontMetrics codeMetrics(fixed);
    static const QRegularExpression breaks(QStringLiteral("[\\s\u200b]+"));
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 4;
    const bool code = model()->headerData(column, Qt::Horizontal, ComparisonTableModel::CodeRole).toBool();

    const QString header = model()->headerData(column, Qt::Horizontal).toString();
    int widest = QFontMetrics(horizontalHeader()->font()).horizontalAdvance(header)
        + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + margin;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString text = model()->index(row, column).data().toString();
        if (code) {
            for (const QString &line : text.split(u'\n'))
                widest = std::max(widest, codeMetrics.horizontalAdvance(line) + margin);
            continue;
        }
        for (const QString &piece : ComparisonDelegate::breakableText(text).split(breaks, Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(piece) + margin);
    }
    // Never below about six characters; code never wider than about 60, other text 30 (then clipped).
    return std::clamp(widest, metrics.averageCharWidth() * 6, metrics.averageCharWidth() * (code ? 60 : 30));
}

void ComparisonTableView::updateColumnWidths()
{
    if (!model() || model()->columnCount() == 0)
        return;
    const int columns = model()->columnCount();
    std::vector<int> minimum(columns), weight(columns);
    std::vector<bool> code(columns);
    for (int column = 0; column < columns; ++column) {
        minimum[column] = minimumColumnWidth(column);
        code[column] = model()->headerData(column, Qt::Horizontal, ComparisonTableModel::CodeRole).toBool();
    }
    const bool hasCode = std::find(code.begin(), code.end(), true) != code.end();
    for (int column = 0; column < columns; ++column) {
        // The first column names the row: narrower. Beside code, the other columns take what they need.
        weight[column] = code[column] ? 6 : hasCode ? 1 : column == 0 ? 2 : 3;
    }
    const int available = viewport()->width();
    std::vector<int> width = minimum;
    // Share out the room above the minimums by weight, among the columns still below their share.
    std::vector<bool> fixed(columns, false);
    for (bool changed = true; changed;) {
        changed = false;
        int room = available, totalWeight = 0;
        for (int column = 0; column < columns; ++column) {
            if (fixed[column])
                room -= minimum[column];
            else
                totalWeight += weight[column];
        }
        for (int column = 0; column < columns && totalWeight > 0; ++column) {
            if (fixed[column])
                continue;
            const int share = room * weight[column] / totalWeight;
            if (share < minimum[column]) {
                fixed[column] = true;
                changed = true;
                width[column] = minimum[column];
            } else {
                width[column] = share;
            }
        }
    }
    // Rounding leftovers go to the last column, so the table fills the width exactly.
    const int used = std::accumulate(width.begin(), width.end(), 0);
    if (used < available)
        width.back() += available - used;
    for (int column = 0; column < columns; ++column)
        setColumnWidth(column, width[column]);
}

void ComparisonTableView::updateRowHeights()
{
    if (!model())
        return;
    const int padding = fontMetrics().height() / 3;
    for (int row = 0; row < model()->rowCount(); ++row) {
        int height = 0;
        for (int column = 0; column < model()->columnCount(); ++column) {
            const QModelIndex cell = model()->index(row, column);
            QStyleOptionViewItem option;
            initViewItemOption(&option);
            // The grid line takes a pixel of the cell.
            option.rect = QRect(0, 0, columnWidth(column) - (showGrid() ? 1 : 0), 1);
            height = std::max(height, itemDelegateForIndex(cell)->sizeHint(option, cell).height());
        }
        setRowHeight(row, height + padding);
    }
}

void ComparisonTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    relayout();
}

void ComparisonTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        scheduleRelayout();
}

void ComparisonTableView::setMatchText(const QString &text)
{
    if (auto *delegate = qobject_cast<ComparisonDelegate *>(itemDelegate())) {
        delegate->setMatchText(text);
        viewport()->update();
    }
}

QString ComparisonTableView::matchText() const
{
    const auto *delegate = qobject_cast<const ComparisonDelegate *>(itemDelegate());
    return delegate ? delegate->matchText() : QString();
}

QString ComparisonTableView::selectionAsText() const
{
    if (!model())
        return {};
    QList<int> rows;
    if (selectionModel()) {
        for (const QModelIndex &index : selectionModel()->selectedRows())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return ComparisonText::toTsv(*model(), rows);
}

void ComparisonTableView::copySelection()
{
    QApplication::clipboard()->setText(selectionAsText());
}

void ComparisonTableView::copyTable()
{
    if (model())
        QApplication::clipboard()->setText(ComparisonText::toTsv(*model()));
}

std::optional<DemoId> ComparisonTableView::demoLinkAt(const QModelIndex &index)
{
    const QVariant link = index.data(ComparisonTableModel::DemoLinkRole);
    return link.isValid() ? std::optional(link.toString()) : std::nullopt;
}

void ComparisonTableView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copySelection();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        if (const auto demo = demoLinkAt(currentIndex())) {
            Q_EMIT demoLinkActivated(*demo);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ComparisonTableView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    m_pressedLink = event->button() == Qt::LeftButton && demoLinkAt(index) ? QPersistentModelIndex(index)
                                                                            : QPersistentModelIndex();
    QTableView::mousePressEvent(event);
}

void ComparisonTableView::mouseReleaseEvent(QMouseEvent *event)
{
    QTableView::mouseReleaseEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && m_pressedLink.isValid() && index == m_pressedLink) {
        m_pressedLink = QPersistentModelIndex();
        if (const auto demo = demoLinkAt(index))
            Q_EMIT demoLinkActivated(*demo);
    }
}

void ComparisonTableView::mouseMoveEvent(QMouseEvent *event)
{
    QTableView::mouseMoveEvent(event);
    const bool overLink = demoLinkAt(indexAt(event->position().toPoint())).has_value();
    if (overLink)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void ComparisonTableView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const QModelIndex index = indexAt(event->pos());  // viewport coordinates
    if (const auto demo = demoLinkAt(index)) {
        const QString title = index.data(ComparisonTableModel::DemoLinkTitleRole).toString();
        menu.addAction(tr("Run the %1 demo").arg(title), this,
                       [this, id = *demo] { Q_EMIT demoLinkActivated(id); });
        menu.addSeparator();
    }
    QAction *copyRows = menu.addAction(tr("Copy selected rows"), this, &ComparisonTableView::copySelection);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setEnabled(selectionModel() && selectionModel()->hasSelection());
    menu.addAction(tr("Copy table"), this, &ComparisonTableView::copyTable);
    menu.exec(event->globalPos());
}
