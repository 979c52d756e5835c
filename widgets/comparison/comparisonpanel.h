// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "demoid.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class ComparisonCatalog;
class ComparisonLargeView;
class ComparisonDecisionWidget;
class ComparisonTableView;
class QLabel;
class QLineEdit;
class QPushButton;
class QListView;
class QSplitter;
class QStackedWidget;

// The comparison side panel: every table of the material beside its Qt/C++ counterpart
// (ComparisonCatalog), a filter that searches all tables at once and lists those that match, one
// table shown at a time with wrapping rows, and the "when to use what" guide. Rows and columns about
// the active demo are highlighted; cells that a demo proves are links that request it.
// Made to sit in a QDockWidget about 450-600 px wide; reads at large fonts and scale factors.
// GUI thread only. Child objectNames: comparisonFilter, comparisonFilterStatus, comparisonTableList,
// comparisonPages, comparisonView_<table id>, comparisonTitle_<table id>, comparisonNote_<table id>,
// comparisonDecision (see ComparisonDecisionWidget for its buttons, e.g. decisionRunButton),
// comparisonOpenLarge (shows the table in a window of its own, ComparisonLargeView, for projecting).
// Occurrences of the filter's text are marked in the cells.
class ComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonPanel(QWidget *parent = nullptr);

    // The panel's data: owned by the panel.
    ComparisonCatalog *catalog() const { return m_catalog; }
    // The id of the table shown ("summary", "gil", ...; see ComparisonContent).
    QString currentTableId() const;
    // Shows that table; false if there is none or the filter hides it.
    bool showTable(const QString &tableId);
    // The view of a table, or nullptr.
    ComparisonTableView *tableView(const QString &tableId) const;
    ComparisonDecisionWidget *decisionWidget() const { return m_decision; }
    // The window that shows the current table large, once opened (null before or once closed).
    ComparisonLargeView *largeView() const;

public Q_SLOTS:
    // Opens (or brings forward) the window that shows the current table large.
    void openLarge();

public:
    std::optional<DemoId> activeDemo() const;
    // How the panel names a demo where it shows one (link tooltips and context menus, the decision
    // guide's "Run this demo: ..."): the app passes its registry's translated titles; the panel never
    // looks a title up itself. Called each time a title is shown, so titles follow a language change.
    // By default (or when empty) the id is shown.
    void setDemoTitles(const DemoTitleFunction &titleOf);

public Q_SLOTS:
    // Highlights the rows and columns about `demo` (a DemoId: "thread", "process", ...) in every
    // table (and the tables about it in the list); nullopt clears. Call it when a demo starts or is
    // selected.
    void setActiveDemo(std::optional<DemoId> demo);

Q_SIGNALS:
    // A demo link in a table, or a button of the decision guide, was activated: run or select it.
    void demoRequested(const DemoId &demo);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page {
        QLabel *title;
        QLabel *note;
        ComparisonTableView *view;
    };
    QWidget *createPage(int index);
    void applyFilter(const QString &text);
    void showIndex(int index);
    void selectRecommendation(int sourceRow);
    void retranslateUi();

    ComparisonCatalog *m_catalog;
    QLineEdit *m_filter;
    QPushButton *m_openLarge;
    QPointer<ComparisonLargeView> m_large;
    QLabel *m_filterStatus;
    QSplitter *m_splitter;
    QListView *m_list;
    QStackedWidget *m_pages;
    ComparisonDecisionWidget *m_decision = nullptr;
    QList<Page> m_pageWidgets;
};
