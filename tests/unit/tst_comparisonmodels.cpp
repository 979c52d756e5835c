// SPDX-License-Identifier: MIT
#include "comparisoncatalog.h"
#include "comparisoncontent.h"
#include "comparisontablemodel.h"
#include "comparisontext.h"
#include "labtest.h"
#include "tst_comparisonmarker.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestComparisonModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester();
    void tableList();
    void shape_data();
    void shape();
    void noEmptyCell();
    void demoLinks();
    void dataNamesOnlyKnownDemos();
    void demoTitlesComeFromOutside();
    void highlight();
    void rowProofFromADemoDescriptor();
    void measuredFigureBesideItsLinkedCell();
    void filterSearchesAllTables();
    void everyStringIsTranslated();
    void copyAsText();
    void factsInTheText();
};

namespace {

QStringList headers(const QAbstractItemModel &model)
{
    QStringList result;
    for (int column = 0; column < model.columnCount(); ++column)
        result.append(model.headerData(column, Qt::Horizontal, ComparisonTableModel::SourceTextRole).toString());
    return result;
}

QStringList firstColumn(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(ComparisonTableModel::SourceTextRole).toString());
    return result;
}

const QStringList tableIds{u"concurrency"_s,    u"execution-units"_s, u"gil"_s,
                           u"summary"_s,        u"multitasking"_s,    u"queues"_s,
                           u"locks"_s,          u"running-coroutines"_s, u"when-to-use"_s,
                           u"best-practices"_s, u"quick-reference"_s};

} // namespace

void TestComparisonModels::modelTester()
{
    ComparisonCatalog catalog;
    QAbstractItemModelTester catalogTester(&catalog, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (int i = 0; i < catalog.tableCount(); ++i) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            catalog.table(i), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            catalog.filteredTable(i), QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    // Changes while the testers watch.
    catalog.setActiveDemo(u"process"_s);
    catalog.setDemoTitles([](const DemoId &id) { return u"Title of "_s + id; });
    catalog.setFilterText(u"thread"_s);
    catalog.setFilterText(u"no such text anywhere"_s);
    catalog.setActiveDemo(std::nullopt);
    catalog.setFilterText({});
    catalog.retranslate();
}

void TestComparisonModels::tableList()
{
    ComparisonCatalog catalog;
    QStringList ids;
    for (int row = 0; row < catalog.rowCount(); ++row)
        ids.append(catalog.index(row).data(ComparisonCatalog::TableIdRole).toString());
    QCOMPARE(ids, tableIds);
    for (const QString &id : tableIds)
        QCOMPARE(catalog.table(catalog.indexOf(id))->tableId(), id);
    QCOMPARE(catalog.indexOf(u"nope"), -1);
}

void TestComparisonModels::shape_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("rows");  // first column, source text

    QTest::newRow("concurrency") << u"concurrency"_s
        << QStringList{u"Concept"_s, u"Definition"_s, u"Python example"_s, u"Qt / C++ example"_s}
        << QStringList{u"Concurrency"_s, u"Parallelism"_s};
    QTest::newRow("execution-units") << u"execution-units"_s
        << QStringList{u"Aspect"_s, u"Process"_s, u"Thread"_s, u"Coroutine"_s}
        << QStringList{u"What it is"_s, u"Communication (Python)"_s, u"Cost (Python)"_s, u"Qt unit"_s,
                       u"Communication (Qt)"_s, u"Cost (Qt)"_s};
    QTest::newRow("gil") << u"gil"_s
        << QStringList{u"Topic"_s, u"CPython (with the GIL)"_s, u"C++ / Qt (no GIL)"_s}
        << QStringList{u"One thread at a time"_s, u"Switch interval"_s, u"Blocking I/O"_s, u"C extensions"_s,
                       u"Threads for I/O"_s, u"What still serializes: locks"_s,
                       u"What still serializes: the GUI thread"_s, u"Free-threaded Python (note)"_s};
    QStringList summaryRows{u"Python module"_s, u"Qt / C++ class"_s};
    for (const QString &aspect : {u"GIL impact"_s, u"Best for"_s, u"Start-up cost"_s, u"Memory"_s,
                                  u"Cancellation"_s, u"Preemption"_s, u"Races"_s})
        summaryRows << aspect + u" (Python)"_s << aspect + u" (Qt)"_s;
    QTest::newRow("summary") << u"summary"_s
        << QStringList{u"Aspect"_s, u"Threads"_s, u"Processes"_s, u"Coroutines"_s} << summaryRows;
    QTest::newRow("multitasking") << u"multitasking"_s
        << QStringList{u"Aspect"_s, u"Preemptive"_s, u"Cooperative"_s}
        << QStringList{u"Who switches"_s, u"Python units"_s, u"Qt units"_s, u"A task that never yields"_s,
                       u"Race conditions"_s, u"Cost of a switch"_s};
    QTest::newRow("queues") << u"queues"_s
        << QStringList{u"Python"_s, u"Between"_s, u"Qt / C++ counterpart"_s}
        << QStringList{u"queue.Queue (also LifoQueue, PriorityQueue, SimpleQueue)"_s,
                       u"multiprocessing.Queue (also JoinableQueue, SimpleQueue as procs.py uses, Pipe)"_s, u"asyncio.Queue"_s};
    QTest::newRow("locks") << u"locks"_s
        << QStringList{u"Python"_s, u"Protects"_s, u"Qt / C++ counterpart"_s}
        << QStringList{u"threading.Lock (in a with statement); threading.RLock"_s,
                       u"No readers-writer lock in the standard library (Python-only gap)"_s,
                       u"threading.Semaphore, threading.BoundedSemaphore"_s,
                       u"threading.Condition, threading.Event"_s, u"multiprocessing.Lock"_s, u"asyncio.Lock"_s};
    QTest::newRow("running-coroutines") << u"running-coroutines"_s
        << QStringList{u"Python (asyncio)"_s, u"Used in"_s, u"What it does"_s, u"QCoro 0.8 equivalent"_s}
        << QStringList{u"asyncio.run(coro())"_s, u"asyncio.create_task(coro())"_s, u"await coro()"_s};
    QTest::newRow("when-to-use") << u"when-to-use"_s
        << QStringList{u"Situation"_s, u"Python"_s, u"Qt / C++"_s, u"Why"_s}
        << QStringList{u"I/O-bound, a few connections (tens)"_s,
                       u"I/O-bound, many connections (hundreds to thousands)"_s, u"CPU-bound"_s,
                       u"A CPU-heavy step inside an asyncio or coroutine program"_s,
                       u"Running another program, or code that may crash"_s};
    QTest::newRow("best-practices") << u"best-practices"_s
        << QStringList{u"Model"_s, u"Python"_s, u"Qt / C++"_s}
        << QStringList{u"Threads"_s, u"Processes"_s, u"Coroutines"_s};
    QStringList referenceRows;
    for (const QString &model : {u"Thread"_s, u"Thread pool"_s, u"Process"_s, u"Coroutine"_s})
        referenceRows << model << model;
    QTest::newRow("quick-reference") << u"quick-reference"_s
        << QStringList{u"Model"_s, u"Language"_s, u"Code"_s} << referenceRows;
}

void TestComparisonModels::shape()
{
    QFETCH(QString, table);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, rows);
    ComparisonCatalog catalog;
    const int index = catalog.indexOf(table);
    QVERIFY(index >= 0);
    const ComparisonTableModel &model = *catalog.table(index);
    QCOMPARE(headers(model), columns);
    QCOMPARE(firstColumn(model), rows);
}

void TestComparisonModels::noEmptyCell()
{
    ComparisonCatalog catalog;
    for (int i = 0; i < catalog.tableCount(); ++i) {
        const ComparisonTableModel &model = *catalog.table(i);
        QVERIFY2(!model.title().isEmpty() && !model.note().isEmpty(), qPrintable(model.tableId()));
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().trimmed().isEmpty());
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QString text = model.index(row, column).data().toString();
                QVERIFY2(!text.trimmed().isEmpty(),
                         qPrintable(u"%1 row %2 column %3"_s.arg(model.tableId()).arg(row).arg(column)));
            }
        }
    }
}

void TestComparisonModels::demoLinks()
{
    ComparisonCatalog catalog;
    QSet<QString> linked;
    for (int i = 0; i < catalog.tableCount(); ++i) {
        const ComparisonTableModel &model = *catalog.table(i);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex cell = model.index(row, column);
                const QVariant link = cell.data(ComparisonTableModel::DemoLinkRole);
                if (!link.isValid()) {
                    QVERIFY(cell.data(Qt::ToolTipRole).isNull());
                    continue;
                }
                QVERIFY2(ComparisonTest::knownDemoIds.contains(link.toString()), qPrintable(link.toString()));
                QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
                linked.insert(link.toString());
            }
        }
    }
    // Every demo of lessons 1, 2 and 4 is linked somewhere; of lessons 3 and 5, those that prove a
    // cell (the sequential baselines, a lock's variants, a queue's orders prove nothing of their own).
    const QStringList provingModes{u"primes-concurrent"_s, u"primes-processes"_s, u"primes-gil"_s,
                                   u"primes-python-threads"_s, u"primes-python-processes"_s,
                                   u"primes-python-gil-release"_s,
                                   u"counter-threads-nolock"_s, u"counter-threads-mutex"_s,
                                   u"counter-coroutines"_s, u"counter-coroutines-await"_s,
                                   u"counter-coroutines-lock"_s,
                                   u"counter-processes-semaphore"_s, u"counter-processes-messages"_s,
                                   u"queue-threads"_s, u"queue-coroutines"_s, u"queue-processes"_s};
    const auto hasModes = [](const QString &demo) {
        return demo.startsWith(u"primes-"_s) || demo.startsWith(u"counter-"_s) || demo.startsWith(u"queue-"_s);
    };
    for (const QString &demo : ComparisonTest::knownDemoIds) {
        if (!hasModes(demo) || provingModes.contains(demo))
            QVERIFY2(linked.contains(demo), qPrintable(demo));
    }

    // The examples: "start-up cost: high" for processes, "no race conditions" for coroutines.
    const ComparisonTableModel &summary = *catalog.table(catalog.indexOf(u"summary"));
    const int startUp = int(firstColumn(summary).indexOf(u"Start-up cost (Qt)"_s));
    QCOMPARE(summary.index(startUp, 2).data(ComparisonTableModel::DemoLinkRole).toString(), u"many-processes"_s);
    QVERIFY(summary.index(startUp, 2).data().toString().startsWith(u"High"_s));
    const ComparisonTableModel &multitasking = *catalog.table(catalog.indexOf(u"multitasking"));
    const int races = int(firstColumn(multitasking).indexOf(u"Race conditions"_s));
    QCOMPARE(multitasking.index(races, 2).data(ComparisonTableModel::DemoLinkRole).toString(), u"counter-coroutines"_s);
    QVERIFY(multitasking.index(races, 2).data().toString().startsWith(u"No race conditions"_s));
}

void TestComparisonModels::dataNamesOnlyKnownDemos()
{
    // Straight from the data: every proof link and every highlight id of every table (a typo in a
    // table file would otherwise just never link or light up).
    QCOMPARE(int(ComparisonContent::tables().size()), int(tableIds.size()));
    int named = 0;
    auto verifyKnown = [&named](DemoIdList demos, const QString &where) {
        for (const char *demo : demos) {
            ++named;
            const QString id = QString::fromLatin1(demo);
            QVERIFY2(ComparisonTest::knownDemoIds.contains(id), qPrintable(where + u": "_s + id));
        }
    };
    for (const ComparisonTableSpec *table : ComparisonContent::tables()) {
        const QString id = QString::fromLatin1(table->id);
        for (std::size_t column = 0; column < table->columns.size(); ++column)
            verifyKnown(table->column(column).demos, u"%1 column %2"_s.arg(id).arg(column));
        for (std::size_t row = 0; row < table->rows.size(); ++row) {
            const ComparisonRow &data = table->row(row);
            const QString where = u"%1 row %2"_s.arg(id).arg(row);
            verifyKnown(data.demos, where);
            QCOMPARE(data.cells.size(), table->columns.size());
            for (const ComparisonCell &cell : data.cells) {
                if (cell.proof)
                    verifyKnown({cell.proof}, where + u" link"_s);
            }
        }
    }
    QVERIFY(named > 50);
    // The demos that run on the event loop, in the order their DemosRole lists them.
    ComparisonCatalog catalog;
    const ComparisonTableModel &units = *catalog.table(catalog.indexOf(u"execution-units"));
    QCOMPARE(units.headerData(3, Qt::Horizontal, ComparisonTableModel::DemosRole).toStringList(),
             (QStringList{u"coroutine"_s, u"block"_s, u"block-cpu"_s, u"cooperative-cpu"_s}));
}

void TestComparisonModels::demoTitlesComeFromOutside()
{
    ComparisonCatalog catalog;
    ComparisonTableModel &summary = *catalog.table(catalog.indexOf(u"summary"));
    const int startUp = int(firstColumn(summary).indexOf(u"Start-up cost (Qt)"_s));
    const QModelIndex link = summary.index(startUp, 2);
    QCOMPARE(link.data(ComparisonTableModel::DemoLinkRole).toString(), u"many-processes"_s);
    // By default a demo is named by its id.
    QCOMPARE(link.data(ComparisonTableModel::DemoLinkTitleRole).toString(), u"many-processes"_s);
    QVERIFY(link.data(Qt::ToolTipRole).toString().contains(u"many-processes"_s));
    const int bestFor = int(firstColumn(summary).indexOf(u"Best for (Qt)"_s));
    QVERIFY(summary.index(bestFor, 1).data(ComparisonTableModel::DemoLinkTitleRole).isNull());

    QSignalSpy changed(&summary, &QAbstractItemModel::dataChanged);
    QStringList asked;
    catalog.setDemoTitles([&asked](const DemoId &id) {
        asked.append(id);
        return u"Title of %1"_s.arg(id);
    });
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(2).value<QList<int>>().contains(Qt::ToolTipRole));
    QCOMPARE(link.data(ComparisonTableModel::DemoLinkTitleRole).toString(), u"Title of many-processes"_s);
    QCOMPARE(link.data(Qt::ToolTipRole).toString(), u"Runs the Title of many-processes demo (click, or press Enter)."_s);
    QCOMPARE(link.data(Qt::AccessibleDescriptionRole), link.data(Qt::ToolTipRole));
    QVERIFY(asked.contains(u"many-processes"_s));

    catalog.setDemoTitles({});  // empty: back to the ids
    QCOMPARE(link.data(ComparisonTableModel::DemoLinkTitleRole).toString(), u"many-processes"_s);
}

void TestComparisonModels::highlight()
{
    ComparisonCatalog catalog;
    ComparisonTableModel &units = *catalog.table(catalog.indexOf(u"execution-units"));
    ComparisonTableModel &queues = *catalog.table(catalog.indexOf(u"queues"));
    QSignalSpy changed(&units, &QAbstractItemModel::dataChanged);
    QSignalSpy headerChanged(&units, &QAbstractItemModel::headerDataChanged);
    QSignalSpy catalogChanged(&catalog, &QAbstractItemModel::dataChanged);

    catalog.setActiveDemo(u"process"_s);
    QCOMPARE(catalog.activeDemo(), std::optional(u"process"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(headerChanged.count(), 1);
    QCOMPARE(catalogChanged.count(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{ComparisonTableModel::HighlightRole});
    // Columns: the Process column lights up, the others do not.
    for (int row = 0; row < units.rowCount(); ++row) {
        QVERIFY(units.index(row, 1).data(ComparisonTableModel::HighlightRole).toBool());
        QVERIFY(!units.index(row, 2).data(ComparisonTableModel::HighlightRole).toBool());
    }
    QVERIFY(units.headerData(1, Qt::Horizontal, ComparisonTableModel::HighlightRole).toBool());
    QVERIFY(!units.headerData(3, Qt::Horizontal, ComparisonTableModel::HighlightRole).toBool());
    QCOMPARE(units.index(0, 1).data(ComparisonTableModel::DemosRole).toStringList(), QStringList{u"process"_s});
    // Rows: only the multiprocessing.Queue row lights up.
    for (int column = 0; column < queues.columnCount(); ++column) {
        QVERIFY(!queues.index(0, column).data(ComparisonTableModel::HighlightRole).toBool());
        QVERIFY(queues.index(1, column).data(ComparisonTableModel::HighlightRole).toBool());
    }
    QVERIFY(catalog.index(catalog.indexOf(u"queues")).data(ComparisonCatalog::HighlightRole).toBool());

    catalog.setActiveDemo(u"process"_s);  // no change, no signal
    QCOMPARE(changed.count(), 1);
    catalog.setActiveDemo(std::nullopt);
    QCOMPARE(changed.count(), 2);
    QVERIFY(!units.index(0, 1).data(ComparisonTableModel::HighlightRole).toBool());
    QVERIFY(!catalog.index(0).data(ComparisonCatalog::HighlightRole).toBool());
}

// Demo::provesRows: a lesson's demo names the rows it shows live without editing the tables.
void TestComparisonModels::rowProofFromADemoDescriptor()
{
    ComparisonCatalog catalog;
    ComparisonTableModel &table = *catalog.table(catalog.indexOf(u"gil"));
    const int row = ComparisonContent::rowIndex(table.spec(), u"free-threaded");   // no proofs of its own
    QVERIFY(row >= 0);
    QVERIFY(!table.concerns(u"primes"_s));
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);

    QVERIFY(catalog.addRowProof(u"gil/free-threaded", u"primes"_s));
    QCOMPARE(changed.count(), 1);
    QVERIFY(catalog.addRowProof(u"gil/free-threaded", u"primes"_s));  // twice: no change
    QCOMPARE(changed.count(), 1);
    QVERIFY(table.concerns(u"primes"_s));
    QVERIFY(table.index(row, 1).data(ComparisonTableModel::DemosRole).toStringList().contains(u"primes"_s));
    // A row without proofs of its own: every cell now links to the declaring demo.
    for (int column = 0; column < table.columnCount(); ++column)
        QCOMPARE(table.index(row, column).data(ComparisonTableModel::DemoLinkRole).toString(), u"primes"_s);
    QVERIFY(!table.index(row, 0).data(Qt::ToolTipRole).toString().isEmpty());
    // Another row of the table is untouched.
    const int other = row == 0 ? 1 : 0;
    QVERIFY(!table.index(other, 1).data(ComparisonTableModel::DemosRole).toStringList().contains(u"primes"_s));

    catalog.setActiveDemo(u"primes"_s);
    QVERIFY(table.index(row, 0).data(ComparisonTableModel::HighlightRole).toBool());
    QVERIFY(catalog.index(catalog.indexOf(u"gil")).data(ComparisonCatalog::HighlightRole).toBool());

    // A row whose cells name their own demos keeps exactly those links: its other cells link nothing
    // (the Python side of a row must not open a C++ demo declared for it).
    ComparisonTableModel &when = *catalog.table(catalog.indexOf(u"when-to-use"));
    const int ioFew = ComparisonContent::rowIndex(when.spec(), u"io-few");
    QVERIFY(catalog.addRowProof(u"when-to-use/io-few", u"primes"_s));
    QVERIFY(when.concerns(u"primes"_s));
    for (int column = 0; column < when.columnCount(); ++column) {
        const char *own = when.spec().row(ioFew).cell(column).proof;
        QCOMPARE(when.index(ioFew, column).data(ComparisonTableModel::DemoLinkRole).toString(),
                 own ? QString::fromLatin1(own) : QString());
    }

    QVERIFY(!catalog.addRowProof(u"when-to-use/no-such-row", u"primes"_s));
    QVERIFY(!catalog.addRowProof(u"no-such-table/io-few", u"primes"_s));
    QVERIFY(!catalog.addRowProof(u"io-few", u"primes"_s));
}

// What a run measured is shown in the cell that links to its demo, and only there.
void TestComparisonModels::measuredFigureBesideItsLinkedCell()
{
    ComparisonCatalog catalog;
    ComparisonTableModel &table = *catalog.table(catalog.indexOf(u"summary"));
    const int row = ComparisonContent::rowIndex(table.spec(), u"memory-python");
    QVERIFY(row >= 0);
    int column = -1;
    for (int c = 0; c < table.columnCount(); ++c) {
        if (table.index(row, c).data(ComparisonTableModel::DemoLinkRole).toString() == u"many-python-asyncio")
            column = c;
    }
    QVERIFY(column > 0);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    const QString before = table.index(row, column).data().toString();
    QVERIFY(!before.contains(u"Measured here"));

    QVERIFY(catalog.setMeasuredFigure(u"summary/memory-python", u"many-python-asyncio"_s, u"964 B per task"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(table.index(row, column).data().toString(), before + u"\nMeasured here: 964 B per task"_s);
    // The next run replaces it.
    QVERIFY(catalog.setMeasuredFigure(u"summary/memory-python", u"many-python-asyncio"_s, u"1.1 KB per task"_s));
    QVERIFY(table.index(row, column).data().toString().endsWith(u"Measured here: 1.1 KB per task"_s));
    // The row's other cells, and the source text, stay as they were.
    for (int c = 0; c < table.columnCount(); ++c) {
        if (c != column)
            QVERIFY(!table.index(row, c).data().toString().contains(u"Measured here"));
    }
    QVERIFY(!table.index(row, column).data(ComparisonTableModel::SourceTextRole).toString().contains(u"Measured"));

    QVERIFY(!catalog.setMeasuredFigure(u"summary/memory-python", u"thread"_s, u"x"_s));   // no cell links it
    QVERIFY(!catalog.setMeasuredFigure(u"summary/no-such-row", u"many-python-asyncio"_s, u"x"_s));
    QVERIFY(!catalog.setMeasuredFigure(u"memory-python", u"many-python-asyncio"_s, u"x"_s));
}

void TestComparisonModels::filterSearchesAllTables()
{
    ComparisonCatalog catalog;
    QSignalSpy filterChanged(&catalog, &ComparisonCatalog::filterTextChanged);
    const int locks = catalog.indexOf(u"locks");
    const int gil = catalog.indexOf(u"gil");

    catalog.setFilterText(u"  qsystemsemaphore "_s);  // trimmed, case-insensitive
    QCOMPARE(filterChanged.count(), 1);
    QCOMPARE(catalog.filterText(), u"qsystemsemaphore"_s);
    QCOMPARE(catalog.matchCount(locks), 1);
    QCOMPARE(catalog.filteredTable(locks)->rowCount(), 1);
    QCOMPARE(catalog.matchCount(gil), 0);
    QCOMPARE(catalog.index(locks).data(ComparisonCatalog::MatchCountRole).toInt(), 1);
    QCOMPARE(catalog.index(locks).data().toString(), u"Locks and other synchronization (1 match)"_s);

    catalog.setFilterText(u"GIL"_s);
    QVERIFY(catalog.matchingTableCount() >= 4);
    QVERIFY(catalog.matchCount(gil) >= 5);
    QVERIFY(catalog.index(gil).data().toString().endsWith(u" matches)"_s));

    catalog.setFilterText(u"no such text anywhere"_s);
    QCOMPARE(catalog.matchingTableCount(), 0);

    catalog.setFilterText({});
    QCOMPARE(catalog.matchingTableCount(), catalog.tableCount());
    for (int i = 0; i < catalog.tableCount(); ++i) {
        QCOMPARE(catalog.matchCount(i), catalog.table(i)->rowCount());
        QCOMPARE(catalog.index(i).data().toString(), catalog.table(i)->title());
    }
}

void TestComparisonModels::everyStringIsTranslated()
{
    ComparisonCatalog catalog;
    catalog.setFilterText(u"a"_s);  // also the "(n matches)" suffix
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    catalog.retranslate();

    int checked = 0;
    auto verifyMarked = [&checked](const QString &text, const QString &where) {
        ++checked;
        if (!MarkingTranslator::isMarked(text))
            QTest::qFail(qPrintable(u"not translated: %1: %2"_s.arg(where, text)), __FILE__, __LINE__);
    };
    for (int i = 0; i < catalog.tableCount(); ++i) {
        const ComparisonTableModel &model = *catalog.table(i);
        const QString id = model.tableId();
        verifyMarked(model.title(), id);
        verifyMarked(model.note(), id);
        verifyMarked(catalog.index(i).data().toString(), id);
        for (int column = 0; column < model.columnCount(); ++column)
            verifyMarked(model.headerData(column, Qt::Horizontal).toString(), id);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex cell = model.index(row, column);
                verifyMarked(cell.data().toString(), id);
                if (cell.data(ComparisonTableModel::DemoLinkRole).isValid())
                    verifyMarked(cell.data(Qt::ToolTipRole).toString(), id);
            }
        }
    }
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(checked > 300);
    QVERIFY(!MarkingTranslator::isMarked(catalog.table(0)->title()));
}

void TestComparisonModels::copyAsText()
{
    ComparisonCatalog catalog;
    const ComparisonTableModel &concurrency = *catalog.table(catalog.indexOf(u"concurrency"));
    const QString text = ComparisonText::toTsv(concurrency);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + concurrency.rowCount());
    QCOMPARE(lines.first(), u"Concept\tDefinition\tPython example\tQt / C++ example"_s);
    QVERIFY(lines.at(1).startsWith(u"Concurrency\tThe ability to handle"_s));
    QCOMPARE(lines.at(1).count(u'\t'), 3);

    // Only some rows, in the order asked; multi-line cells are quoted.
    const ComparisonTableModel &practices = *catalog.table(catalog.indexOf(u"best-practices"));
    const QString two = ComparisonText::toTsv(practices, {2, 0});
    QVERIFY(two.startsWith(u"Model\tPython\tQt / C++\nCoroutines\t\"\u2022 Never call"_s));
    QVERIFY(two.contains(u"\nThreads\t\""_s));
    QCOMPARE(ComparisonText::tsvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(ComparisonText::tsvField(u"plain"_s), u"plain"_s);
}

// Facts the text must keep (part 9's review): each one was wrong once.
void TestComparisonModels::factsInTheText()
{
    ComparisonCatalog catalog;
    auto cell = [&catalog](const QString &table, const QString &row, int column) {
        const ComparisonTableModel &model = *catalog.table(catalog.indexOf(table));
        const int index = int(firstColumn(model).indexOf(row));
        return index < 0 ? QString() : model.index(index, column).data(ComparisonTableModel::SourceTextRole).toString();
    };
    const QStringList wrong{u"about 1 KB per coroutine"_s, u"at its next await"_s, u"the book's summary"_s,
                            u"from the book"_s, u"describe what the demos"_s, u"are all awaitable"_s,
                            u"every 5 ms"_s};
    for (int i = 0; i < catalog.tableCount(); ++i) {
        const ComparisonTableModel &model = *catalog.table(i);
        QStringList texts{model.note()};
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                texts << model.index(row, column).data(ComparisonTableModel::SourceTextRole).toString();
        }
        for (const QString &text : std::as_const(texts)) {
            for (const QString &phrase : wrong)
                QVERIFY2(!text.contains(phrase, Qt::CaseInsensitive), qPrintable(model.tableId() + u": "_s + text));
        }
    }
    // Task.cancel() only requests; the coroutine may catch CancelledError.
    const QString cancel = cell(u"summary"_s, u"Cancellation (Python)"_s, 3);
    QVERIFY2(cancel.contains(u"requests"_s) && cancel.contains(u"may catch"_s), qPrintable(cancel));
    // SIGTERM is POSIX only.
    QVERIFY(cell(u"summary"_s, u"Cancellation (Python)"_s, 2).contains(u"Windows"_s));
    // A thread's start-up cost is medium, as in the chapter.
    QVERIFY(cell(u"summary"_s, u"Start-up cost (Python)"_s, 1).startsWith(u"Medium"_s));
    QVERIFY(cell(u"execution-units"_s, u"Cost (Python)"_s, 2).startsWith(u"Medium"_s));
    // The GIL is released on request of a waiting thread, not on a timer.
    QVERIFY(cell(u"gil"_s, u"Switch interval"_s, 1).contains(u"waited 5 ms"_s));
    // create_task() runs nothing yet; QCoro's Task is eager.
    QVERIFY(cell(u"running-coroutines"_s, u"asyncio.create_task(coro())"_s, 2).contains(u"none of its body runs"_s));
    // CPU work inside asyncio: a process pool, not a thread.
    QVERIFY(cell(u"when-to-use"_s, u"A CPU-heavy step inside an asyncio or coroutine program"_s, 1)
                .contains(u"ProcessPoolExecutor"_s));
}

LAB_TEST_MAIN(TestComparisonModels)
#include "tst_comparisonmodels.moc"
