// SPDX-License-Identifier: MIT
#include "comparisonpanel.h"

#include "comparisoncatalog.h"
#include "comparisondecisionwidget.h"
#include "comparisondelegate.h"
#include "comparisonlargeview.h"
#include "comparisontablemodel.h"
#include "comparisontableview.h"
#include "decisionguide.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : QWidget(parent)
    , m_catalog(new ComparisonCatalog(this))
    , m_filter(new QLineEdit(this))
    , m_openLarge(new QPushButton(this))
    , m_filterStatus(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_list(new QListView(m_splitter))
    , m_pages(new QStackedWidget(m_splitter))
{
    m_filter->setObjectName(u"comparisonFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_openLarge->setObjectName(u"comparisonOpenLarge"_s);
    connect(m_openLarge, &QPushButton::clicked, this, &ComparisonPanel::openLarge);
    m_filterStatus->setObjectName(u"comparisonFilterStatus"_s);
    m_filterStatus->setWordWrap(true);
    m_filterStatus->hide();
    m_splitter->setObjectName(u"comparisonSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_list->setObjectName(u"comparisonTableList"_s);
    m_list->setModel(m_catalog);
    m_list->setItemDelegate(new ComparisonDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pages->setObjectName(u"comparisonPages"_s);
    for (int index = 0; index < m_catalog->tableCount(); ++index)
        m_pages->addWidget(createPage(index));
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // About six table titles visible; the splitter handle gives more.
    m_splitter->setSizes({fontMetrics().lineSpacing() * 8, fontMetrics().lineSpacing() * 40});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_openLarge);
    layout->addLayout(top);
    layout->addWidget(m_filterStatus);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_filter, m_openLarge);
    setTabOrder(m_openLarge, m_list);
    setTabOrder(m_list, m_pages);

    connect(m_filter, &QLineEdit::textChanged, this, &ComparisonPanel::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showIndex(current.row());
            });
    retranslateUi();
    showIndex(0);
}

QWidget *ComparisonPanel::createPage(int index)
{
    const ComparisonTableModel *model = m_catalog->table(index);
    const QString id = model->tableId();
    auto *page = new QWidget(m_pages);
    page->setObjectName(u"comparisonPage_"_s + id);
    auto *title = new QLabel(page);
    title->setObjectName(u"comparisonTitle_"_s + id);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    auto *note = new QLabel(page);
    note->setObjectName(u"comparisonNote_"_s + id);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *view = new ComparisonTableView(page);
    view->setObjectName(u"comparisonView_"_s + id);
    view->setModel(m_catalog->filteredTable(index));
    connect(view, &ComparisonTableView::demoLinkActivated, this, &ComparisonPanel::demoRequested);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(note);
    if (id == DecisionGuide::tableId()) {
        m_decision = new ComparisonDecisionWidget(page);
        m_decision->setObjectName(u"comparisonDecision"_s);
        connect(m_decision, &ComparisonDecisionWidget::demoRequested, this, &ComparisonPanel::demoRequested);
        connect(m_decision, &ComparisonDecisionWidget::recommendationChanged, this,
                &ComparisonPanel::selectRecommendation);
        // The guide's questions above, its table below: a splitter, so neither squeezes the other to
        // a line; the table starts with about eight lines.
        auto *split = new QSplitter(Qt::Vertical, page);
        split->setObjectName(u"decisionSplitter"_s);
        split->setChildrenCollapsible(false);
        split->addWidget(m_decision);
        split->addWidget(view);
        view->setMinimumHeight(fontMetrics().lineSpacing() * 5);
        split->setStretchFactor(0, 1);
        split->setStretchFactor(1, 1);
        layout->addWidget(split, 1);
    } else {
        layout->addWidget(view, 1);
    }
    m_pageWidgets.append({title, note, view});
    return page;
}

QString ComparisonPanel::currentTableId() const
{
    const int index = m_pages->currentIndex();
    return index < 0 ? QString() : m_catalog->table(index)->tableId();
}

bool ComparisonPanel::showTable(const QString &tableId)
{
    const int index = m_catalog->indexOf(tableId);
    if (index < 0 || m_list->isRowHidden(index))
        return false;
    showIndex(index);
    return true;
}

ComparisonTableView *ComparisonPanel::tableView(const QString &tableId) const
{
    const int index = m_catalog->indexOf(tableId);
    return index < 0 ? nullptr : m_pageWidgets.at(index).view;
}

void ComparisonPanel::setActiveDemo(std::optional<DemoId> demo)
{
    m_catalog->setActiveDemo(std::move(demo));
}

std::optional<DemoId> ComparisonPanel::activeDemo() const
{
    return m_catalog->activeDemo();
}

void ComparisonPanel::setDemoTitles(const DemoTitleFunction &titleOf)
{
    m_catalog->setDemoTitles(titleOf);
    if (m_decision)
        m_decision->setDemoTitles(titleOf);
}

void ComparisonPanel::showIndex(int index)
{
    m_pages->setCurrentIndex(index);
    const QModelIndex item = m_catalog->index(index);
    if (m_list->currentIndex() != item)
        m_list->selectionModel()->setCurrentIndex(item, QItemSelectionModel::ClearAndSelect);
}

void ComparisonPanel::applyFilter(const QString &text)
{
    m_catalog->setFilterText(text);
    for (const Page &page : std::as_const(m_pageWidgets))
        page.view->setMatchText(text);
    if (m_large)
        m_large->view()->setMatchText(text);
    int firstMatch = -1;
    for (int index = 0; index < m_catalog->tableCount(); ++index) {
        const bool matches = m_catalog->matchCount(index) > 0;
        m_list->setRowHidden(index, !matches);
        if (matches && firstMatch < 0)
            firstMatch = index;
    }
    // Keep the table shown if it still matches, else show the first one that does.
    const int current = m_pages->currentIndex();
    if (firstMatch >= 0 && (current < 0 || m_list->isRowHidden(current)))
        showIndex(firstMatch);
    retranslateUi();
}

ComparisonLargeView *ComparisonPanel::largeView() const
{
    return m_large;
}

void ComparisonPanel::openLarge()
{
    const int index = m_pages->currentIndex();
    if (index < 0)
        return;
    if (!m_large) {
        m_large = new ComparisonLargeView(m_catalog->filteredTable(index), this);
        m_large->setAttribute(Qt::WA_DeleteOnClose);
        m_large->setProperty("tableIndex", index);
        connect(m_large, &ComparisonLargeView::demoRequested, this, &ComparisonPanel::demoRequested);
    } else if (m_large->property("tableIndex").toInt() != index) {
        m_large->view()->setModel(m_catalog->filteredTable(index));
        m_large->setProperty("tableIndex", index);
    }
    const ComparisonTableModel *model = m_catalog->table(index);
    m_large->setTexts(model->title(), model->note());
    m_large->view()->setMatchText(m_catalog->filterText());
    m_large->show();
    m_large->raise();
    m_large->activateWindow();
}

void ComparisonPanel::selectRecommendation(int sourceRow)
{
    ComparisonTableView *view = tableView(DecisionGuide::tableId());
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    if (sourceRow < 0) {
        view->clearSelection();
        return;
    }
    const QModelIndex row = proxy->mapFromSource(m_catalog->table(m_catalog->indexOf(DecisionGuide::tableId()))
                                                     ->index(sourceRow, 0));
    if (!row.isValid())
        return;  // filtered out
    view->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(row);
}

void ComparisonPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Search all tables"));
    m_openLarge->setText(tr("Open large"));
    m_openLarge->setToolTip(tr("Show this table in a large window of its own, for projecting"));
    m_filter->setAccessibleName(tr("Search all comparison tables"));
    m_list->setAccessibleName(tr("Comparison tables"));
    for (int index = 0; index < m_pageWidgets.size(); ++index) {
        const ComparisonTableModel *model = m_catalog->table(index);
        const Page &page = m_pageWidgets[index];
        page.title->setText(u"<b><big>%1</big></b>"_s.arg(model->title().toHtmlEscaped()));
        page.note->setText(model->note());
        page.view->setAccessibleName(model->title());
    }
    if (m_large) {
        const ComparisonTableModel *model = m_catalog->table(m_large->property("tableIndex").toInt());
        m_large->setTexts(model->title(), model->note());
    }

    const QString filter = m_catalog->filterText();
    m_filterStatus->setVisible(!filter.isEmpty());
    const int tables = m_catalog->matchingTableCount();
    if (tables == 0)
        m_filterStatus->setText(tr("No table contains \u201c%1\u201d.").arg(filter));
    else if (tables == 1)
        m_filterStatus->setText(tr("1 table contains \u201c%1\u201d:").arg(filter));
    else
        m_filterStatus->setText(tr("%n tables contain \u201c%1\u201d:", nullptr, tables).arg(filter));
}

void ComparisonPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_catalog->retranslate();
        retranslateUi();
    }
}
