// SPDX-License-Identifier: MIT
#include "comparisoncatalog.h"
#include "comparisondelegate.h"
#include "comparisonlargeview.h"
#include "comparisondecisionwidget.h"
#include "comparisonpanel.h"
#include "comparisontablemodel.h"
#include "comparisontableview.h"
#include "decisionguide.h"
#include "labtest.h"
#include "tst_comparisonmarker.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestComparisonPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void childrenHaveNames();
    void filterSearchesAllTables();
    void clickOnDemoLinkRequestsDemo();
    void enterOnDemoLinkRequestsDemo();
    void decisionGuideRunsDemo();
    void demoTitlesComeFromTheApp();
    void copyAsText();
    void highlightActiveDemo();
    void highlightDoesNotRemeasure();
    void rowsFitWrappedTextAtLargeFont();
    void retranslates();
    void matchesIgnoreBreaksAndCase();
    void filterMatchesAreMarkedInCells();
    void openLargeShowsTheCurrentTable();
    void decisionTableHasRoom();
    void screenshots();

private:
    QModelIndex findCell(const QAbstractItemModel *model, const QString &firstColumn, int column) const;
    // The panel sits in a plain top-level host (as in a dock): the offscreen platform warns when a
    // shown top-level window's layout changes its minimum size.
    std::unique_ptr<QWidget> m_host;
    ComparisonPanel *m_panel = nullptr;
};

void TestComparisonPanel::init()
{
    m_host = std::make_unique<QWidget>();
    m_host->resize(520, 900);
    m_panel = new ComparisonPanel(m_host.get());
    m_panel->setGeometry(0, 0, 520, 900);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
}

void TestComparisonPanel::cleanup()
{
    m_host.reset();
    m_panel = nullptr;
}

QModelIndex TestComparisonPanel::findCell(const QAbstractItemModel *model, const QString &firstColumn,
                                          int column) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ComparisonTableModel::SourceTextRole).toString() == firstColumn)
            return model->index(row, column);
    }
    return {};
}

void TestComparisonPanel::childrenHaveNames()
{
    QVERIFY(m_panel->findChild<QLineEdit *>(u"comparisonFilter"_s));
    QVERIFY(m_panel->findChild<QListView *>(u"comparisonTableList"_s));
    QVERIFY(m_panel->findChild<ComparisonDecisionWidget *>(u"comparisonDecision"_s));
    QVERIFY(m_panel->findChild<QPushButton *>(u"decisionAnswer_io"_s));
    QVERIFY(m_panel->findChild<QPushButton *>(u"decisionRunButton"_s));
    for (int i = 0; i < m_panel->catalog()->tableCount(); ++i) {
        const QString id = m_panel->catalog()->table(i)->tableId();
        auto *view = m_panel->findChild<ComparisonTableView *>(u"comparisonView_"_s + id);
        QVERIFY2(view, qPrintable(id));
        QCOMPARE(view, m_panel->tableView(id));
        QVERIFY(m_panel->showTable(id));
        QCOMPARE(m_panel->currentTableId(), id);
        QVERIFY(view->isVisible());
    }
}

void TestComparisonPanel::filterSearchesAllTables()
{
    auto *filter = m_panel->findChild<QLineEdit *>(u"comparisonFilter"_s);
    auto *list = m_panel->findChild<QListView *>(u"comparisonTableList"_s);
    auto *status = m_panel->findChild<QLabel *>(u"comparisonFilterStatus"_s);
    QVERIFY(m_panel->showTable(u"concurrency"_s));

    QTest::keyClicks(filter, u"QSystemSemaphore"_s);
    QStringList visible;
    for (int row = 0; row < m_panel->catalog()->tableCount(); ++row) {
        if (!list->isRowHidden(row))
            visible.append(m_panel->catalog()->table(row)->tableId());
    }
    QCOMPARE(visible, QStringList{u"locks"_s});
    QCOMPARE(m_panel->currentTableId(), u"locks"_s);  // the shown table did not match: moved on
    QCOMPARE(m_panel->tableView(u"locks"_s)->model()->rowCount(), 1);
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"1 table"_s));
    QVERIFY(!m_panel->showTable(u"gil"_s));  // hidden by the filter

    filter->clear();
    QVERIFY(!status->isVisible());
    for (int row = 0; row < m_panel->catalog()->tableCount(); ++row)
        QVERIFY(!list->isRowHidden(row));
    QCOMPARE(m_panel->currentTableId(), u"locks"_s);

    QTest::keyClicks(filter, u"zzzz-nothing"_s);
    QVERIFY(status->text().startsWith(u"No table"_s));
}

void TestComparisonPanel::clickOnDemoLinkRequestsDemo()
{
    QSignalSpy requested(m_panel, &ComparisonPanel::demoRequested);
    QVERIFY(m_panel->showTable(u"summary"_s));
    ComparisonTableView *view = m_panel->tableView(u"summary"_s);
    view->relayout();

    // "Start-up cost: high" for processes runs lesson 4's N processes.
    const QModelIndex link = findCell(view->model(), u"Start-up cost (Qt)"_s, 2);
    QVERIFY(link.isValid());
    view->scrollTo(link);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(link).center());
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"many-processes"_s);

    // A cell without a link requests nothing.
    const QModelIndex plain = findCell(view->model(), u"Best for (Qt)"_s, 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(plain).center());
    QCOMPARE(requested.count(), 1);

    // "No race conditions" for coroutines runs lesson 5's coroutine counter.
    QVERIFY(m_panel->showTable(u"multitasking"_s));
    ComparisonTableView *multitasking = m_panel->tableView(u"multitasking"_s);
    multitasking->relayout();
    const QModelIndex races = findCell(multitasking->model(), u"Race conditions"_s, 2);
    multitasking->scrollTo(races);
    QTest::mouseClick(multitasking->viewport(), Qt::LeftButton, {}, multitasking->visualRect(races).center());
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().first().toString(), u"counter-coroutines"_s);
}

void TestComparisonPanel::enterOnDemoLinkRequestsDemo()
{
    QSignalSpy requested(m_panel, &ComparisonPanel::demoRequested);
    QVERIFY(m_panel->showTable(u"gil"_s));
    ComparisonTableView *view = m_panel->tableView(u"gil"_s);
    view->setFocus();
    view->setCurrentIndex(findCell(view->model(), u"One thread at a time"_s, 2));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), u"primes-concurrent"_s);
}

void TestComparisonPanel::decisionGuideRunsDemo()
{
    QSignalSpy requested(m_panel, &ComparisonPanel::demoRequested);
    QVERIFY(m_panel->showTable(DecisionGuide::tableId()));
    auto button = [this](const QString &name) { return m_panel->findChild<QPushButton *>(name); };
    auto *run = button(u"decisionRunButton"_s);
    QVERIFY(!run->isVisible());

    QTest::mouseClick(button(u"decisionAnswer_io"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"decisionAnswer_many"_s), Qt::LeftButton);
    QVERIFY(run->isVisible());
    QVERIFY(!button(u"decisionAnswer_io"_s));  // the question's buttons are gone
    QTest::mouseClick(run, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().first().toString(), u"many-python-asyncio"_s);
    // The recommendation's row of the table is selected.
    ComparisonTableView *view = m_panel->tableView(DecisionGuide::tableId());
    QCOMPARE(view->currentIndex().data(ComparisonTableModel::SourceTextRole).toString(),
             u"I/O-bound, many connections (hundreds to thousands)"_s);

    QTest::mouseClick(button(u"decisionRestartButton"_s), Qt::LeftButton);
    QVERIFY(!run->isVisible());
    QTest::mouseClick(button(u"decisionAnswer_io"_s), Qt::LeftButton);
    QTest::mouseClick(button(u"decisionAnswer_few"_s), Qt::LeftButton);
    QTest::mouseClick(run, Qt::LeftButton);
    QCOMPARE(requested.last().first().toString(), u"thread"_s);

    // CPU-bound: processes, and in C++ threads too (a second button). Keyboard only.
    QTest::mouseClick(button(u"decisionRestartButton"_s), Qt::LeftButton);
    auto *cpu = button(u"decisionAnswer_cpu"_s);
    cpu->setFocus();
    QTest::keyClick(cpu, Qt::Key_Space);
    QVERIFY(run->hasFocus());
    QTest::keyClick(run, Qt::Key_Space);
    QCOMPARE(requested.last().first().toString(), u"primes-python-processes"_s);
    QTest::mouseClick(button(u"decisionOtherButton_primes-concurrent"_s), Qt::LeftButton);
    QCOMPARE(requested.last().first().toString(), u"primes-concurrent"_s);
    QCOMPARE(requested.count(), 4);
}

void TestComparisonPanel::demoTitlesComeFromTheApp()
{
    auto *run = m_panel->findChild<QPushButton *>(u"decisionRunButton"_s);
    QVERIFY(m_panel->showTable(DecisionGuide::tableId()));
    QVERIFY(m_panel->decisionWidget()->choose(u"cpu"_s));
    // By default the panel names a demo by its id: it never looks a title up itself.
    QCOMPARE(run->text(), u"Run this demo: primes-python-processes"_s);

    QStringList asked;
    m_panel->setDemoTitles([&asked](const DemoId &id) {
        asked.append(id);
        return u"<%1 title>"_s.arg(id);
    });
    QCOMPARE(run->text(), u"Run this demo: <primes-python-processes title>"_s);
    QCOMPARE(m_panel->findChild<QPushButton *>(u"decisionOtherButton_primes-concurrent"_s)->text(),
             u"Also run: <primes-concurrent title>"_s);
    // The links' tooltips, in every table, and what the context menu names.
    const QAbstractItemModel *summary = m_panel->tableView(u"summary"_s)->model();
    const QModelIndex link = findCell(summary, u"Start-up cost (Qt)"_s, 2);
    QVERIFY(link.data(Qt::ToolTipRole).toString().contains(u"<many-processes title>"_s));
    QCOMPARE(link.data(ComparisonTableModel::DemoLinkTitleRole).toString(), u"<many-processes title>"_s);
    QVERIFY(asked.contains(u"many-processes"_s));
    QVERIFY(asked.contains(u"primes-concurrent"_s));

    // The titles follow the function each time they are shown (e.g. after a language change).
    MarkingTranslator translator;
    m_panel->setDemoTitles(ComparisonTest::translatedDemoTitle);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_VERIFY(MarkingTranslator::isMarked(run->text()));
    QVERIFY(run->text().contains(MarkingTranslator::mark(u"primes-python-processes"_s)));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(run->text(), u"Run this demo: primes-python-processes"_s);
}

void TestComparisonPanel::copyAsText()
{
    QVERIFY(m_panel->showTable(u"concurrency"_s));
    ComparisonTableView *view = m_panel->tableView(u"concurrency"_s);
    view->setFocus();
    view->selectRow(1);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), u"Concept\tDefinition\tPython example\tQt / C++ example"_s);
    QVERIFY(lines.last().startsWith(u"Parallelism\t"_s));

    view->clearSelection();  // nothing selected: the whole table
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().count(u'\n'), 3);
}

void TestComparisonPanel::highlightActiveDemo()
{
    const QAbstractItemModel *summary = m_panel->tableView(u"summary"_s)->model();
    m_panel->setActiveDemo(u"thread"_s);
    QCOMPARE(m_panel->activeDemo(), std::optional(u"thread"_s));
    QVERIFY(summary->index(0, 1).data(ComparisonTableModel::HighlightRole).toBool());
    QVERIFY(!summary->index(0, 2).data(ComparisonTableModel::HighlightRole).toBool());
    QVERIFY(summary->headerData(1, Qt::Horizontal, ComparisonTableModel::HighlightRole).toBool());
    m_panel->setActiveDemo(std::nullopt);
    QVERIFY(!m_panel->activeDemo());
    QVERIFY(!summary->index(0, 1).data(ComparisonTableModel::HighlightRole).toBool());
}

// Measuring every cell of a table took 80-130 ms under AddressSanitizer, and a highlight comes with
// every demo start: it must not ask for it. Texts, fonts and a language change (no roles) do.
void TestComparisonPanel::highlightDoesNotRemeasure()
{
    QVERIFY(!ComparisonTableView::changesSize({ComparisonTableModel::HighlightRole}));
    QVERIFY(!ComparisonTableView::changesSize({Qt::ToolTipRole, Qt::AccessibleDescriptionRole,
                                               ComparisonTableModel::DemoLinkTitleRole}));
    QVERIFY(ComparisonTableView::changesSize({}));
    QVERIFY(ComparisonTableView::changesSize({Qt::DisplayRole}));
    QVERIFY(ComparisonTableView::changesSize({ComparisonTableModel::HighlightRole, Qt::FontRole}));
}

void TestComparisonPanel::rowsFitWrappedTextAtLargeFont()
{
    auto verifyNothingClipped = [this](const QString &id) {
        QVERIFY(m_panel->showTable(id));
        ComparisonTableView *view = m_panel->tableView(id);
        view->relayout();
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex cell = model->index(row, column);
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.font = view->font();
                option.features = QStyleOptionViewItem::WrapText;
                option.rect = QRect(0, 0, view->columnWidth(column), 1);
                const int needed = view->itemDelegateForIndex(cell)->sizeHint(option, cell).height();
                QVERIFY2(view->rowHeight(row) >= needed,
                         qPrintable(u"%1 row %2 column %3: %4 < %5"_s.arg(id).arg(row).arg(column)
                                        .arg(view->rowHeight(row)).arg(needed)));
            }
        }
    };
    const int normalHeight = [this] {
        m_panel->showTable(u"gil"_s);
        m_panel->tableView(u"gil"_s)->relayout();
        return m_panel->tableView(u"gil"_s)->rowHeight(0);
    }();
    for (int i = 0; i < m_panel->catalog()->tableCount(); ++i)
        verifyNothingClipped(m_panel->catalog()->table(i)->tableId());

    QFont big = m_panel->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_panel->setFont(big);
    for (int i = 0; i < m_panel->catalog()->tableCount(); ++i)
        verifyNothingClipped(m_panel->catalog()->table(i)->tableId());
    QVERIFY(m_panel->tableView(u"gil"_s)->rowHeight(0) > normalHeight * 3 / 2);
}

void TestComparisonPanel::retranslates()
{
    auto *title = m_panel->findChild<QLabel *>(u"comparisonTitle_gil"_s);
    auto *question = m_panel->findChild<QLabel *>(u"decisionQuestion"_s);
    auto *filter = m_panel->findChild<QLineEdit *>(u"comparisonFilter"_s);
    QVERIFY(!MarkingTranslator::isMarked(title->text()));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_VERIFY(MarkingTranslator::isMarked(title->text()));  // LanguageChange is posted
    QVERIFY(MarkingTranslator::isMarked(question->text()));
    QVERIFY(MarkingTranslator::isMarked(filter->placeholderText()));
    QVERIFY(MarkingTranslator::isMarked(m_panel->tableView(u"gil"_s)->model()->headerData(0, Qt::Horizontal).toString()));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_VERIFY(!MarkingTranslator::isMarked(title->text()));
}

// With LAB_SCREENSHOT_DIR set, saves pictures of the panel to look at (normal and large font; run
// again with QT_SCALE_FACTOR=2 for a projector).
void TestComparisonPanel::matchesIgnoreBreaksAndCase()
{
    const QString shown = ComparisonDelegate::breakableText(u"QThread::start() and qthread"_s);
    QVERIFY(shown.contains(QChar(0x200b)));
    const auto found = ComparisonDelegate::matches(shown, u"thread::start"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(shown.mid(found.at(0).first, found.at(0).second).remove(QChar(0x200b)), u"Thread::start"_s);
    QCOMPARE(ComparisonDelegate::matches(shown, u"QTHREAD"_s).size(), 2);
    QVERIFY(ComparisonDelegate::matches(shown, u"mutex"_s).isEmpty());
    QVERIFY(ComparisonDelegate::matches(shown, QString()).isEmpty());
}

// A filtered table marks where the text occurs, in the selection colour: counted in the pixels.
void TestComparisonPanel::filterMatchesAreMarkedInCells()
{
    auto *filter = m_panel->findChild<QLineEdit *>(u"comparisonFilter"_s);
    QTest::keyClicks(filter, u"QSystemSemaphore"_s);
    ComparisonTableView *view = m_panel->tableView(u"locks"_s);
    QCOMPARE(view->matchText(), u"QSystemSemaphore"_s);
    view->clearSelection();
    view->setCurrentIndex({});
    view->relayout();
    const QColor mark = view->palette().color(QPalette::Highlight);
    const auto markedPixels = [view, mark] {
        const QImage image = view->viewport()->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == mark;
        }
        return count;
    };
    const int marked = markedPixels();
    QVERIFY2(marked > 100, qPrintable(QString::number(marked)));
    view->setMatchText({});   // the same rows, unmarked
    QCOMPARE(markedPixels(), 0);
    filter->clear();
    QCOMPARE(view->matchText(), QString());
}

void TestComparisonPanel::openLargeShowsTheCurrentTable()
{
    QVERIFY(m_panel->showTable(u"summary"_s));
    auto *button = m_panel->findChild<QPushButton *>(u"comparisonOpenLarge"_s);
    QVERIFY(button && button->isVisible());
    QVERIFY(!m_panel->largeView());
    QTest::mouseClick(button, Qt::LeftButton);
    ComparisonLargeView *large = m_panel->largeView();
    QVERIFY(large);
    QVERIFY(QTest::qWaitForWindowExposed(large));
    QVERIFY(large->isWindow());
    ComparisonTableView *panelView = m_panel->tableView(u"summary"_s);
    QCOMPARE(large->view()->model(), panelView->model());   // the same rows, filter and highlights
    QCOMPARE(large->windowTitle(), m_panel->catalog()->table(m_panel->catalog()->indexOf(u"summary"_s))->title());
    QVERIFY(large->view()->font().pointSizeF() >= panelView->font().pointSizeF() * 1.4);
    QVERIFY(large->width() > m_panel->width());
    // The demo links work there too.
    QSignalSpy requested(m_panel, &ComparisonPanel::demoRequested);
    Q_EMIT large->view()->demoLinkActivated(u"thread"_s);
    QCOMPARE(requested.count(), 1);
    // The filter marks its cells as well.
    m_panel->findChild<QLineEdit *>(u"comparisonFilter"_s)->setText(u"GIL"_s);
    QCOMPARE(large->view()->matchText(), u"GIL"_s);
    // Another table: the same window shows it.
    m_panel->findChild<QLineEdit *>(u"comparisonFilter"_s)->clear();
    QVERIFY(m_panel->showTable(u"locks"_s));
    m_panel->openLarge();
    QCOMPARE(m_panel->largeView(), large);
    QCOMPARE(large->view()->model(), m_panel->tableView(u"locks"_s)->model());
    // Esc closes it (and it goes away).
    QTest::keyClick(large, Qt::Key_Escape);
    QTRY_VERIFY(!m_panel->largeView());
}

// The "when to use what" table keeps several lines below the guide's questions.
void TestComparisonPanel::decisionTableHasRoom()
{
    QVERIFY(m_panel->showTable(DecisionGuide::tableId()));
    m_panel->decisionWidget()->choose(u"cpu"_s);
    QCoreApplication::processEvents();
    ComparisonTableView *view = m_panel->tableView(DecisionGuide::tableId());
    QVERIFY2(view->height() >= view->fontMetrics().lineSpacing() * 5, qPrintable(QString::number(view->height())));
}

void TestComparisonPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    QVERIFY(QDir().mkpath(dir));
    auto save = [this, &dir](const QString &name) {
        for (ComparisonTableView *view : m_panel->findChildren<ComparisonTableView *>())
            view->relayout();
        QCoreApplication::processEvents();
        QVERIFY(m_panel->grab().save(dir + u"/comparison-"_s + name + u".png"_s));
    };
    m_panel->setActiveDemo(u"process"_s);
    QVERIFY(m_panel->showTable(u"summary"_s));
    save(u"summary"_s);
    QVERIFY(m_panel->showTable(u"execution-units"_s));
    save(u"units"_s);
    QVERIFY(m_panel->showTable(u"quick-reference"_s));
    save(u"reference"_s);
    QVERIFY(m_panel->showTable(DecisionGuide::tableId()));
    save(u"decision-start"_s);
    m_panel->decisionWidget()->choose(u"cpu"_s);
    save(u"decision-cpu"_s);
    m_panel->findChild<QLineEdit *>(u"comparisonFilter"_s)->setText(u"QMutex"_s);
    save(u"filter"_s);
    m_panel->openLarge();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel->largeView()));
    m_panel->largeView()->view()->relayout();
    QVERIFY(m_panel->largeView()->grab().save(dir + u"/comparison-large.png"_s));
}

LAB_TEST_MAIN(TestComparisonPanel)
#include "tst_comparisonpanel.moc"
