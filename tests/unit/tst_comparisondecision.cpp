// SPDX-License-Identifier: MIT
#include "comparisoncontent.h"
#include "decisionguide.h"
#include "labtest.h"
#include "tst_comparisonmarker.h"

#include <QCoreApplication>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;

class TestComparisonDecision : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAtFirstQuestion();
    void recommendation_data();
    void recommendation();
    void cpuBoundAlsoThreadsInCpp();
    void unknownAnswerAndBack();
    void everyLeafIsARowOfTheTable();
    void everyStringIsTranslated();
};

void TestComparisonDecision::startsAtFirstQuestion()
{
    DecisionGuide guide;
    QVERIFY(!guide.isFinished());
    QVERIFY(!guide.question().isEmpty());
    QVERIFY(!guide.questionHelp().isEmpty());
    QStringList ids;
    for (const DecisionGuide::Answer &answer : guide.answers()) {
        ids.append(answer.id);
        QVERIFY(!answer.text.isEmpty());
    }
    QCOMPARE(ids, (QStringList{u"io"_s, u"cpu"_s}));
    QCOMPARE(guide.recommendationRow(), -1);
    QVERIFY(!guide.recommendedDemo());
    QVERIFY(guide.reason().isEmpty());

    // About 1 KB is an asyncio task's cost (a Task with its coroutine), not a bare coroutine's.
    QVERIFY(guide.choose(u"io"));
    QVERIFY2(guide.questionHelp().contains(u"task needs about 1 KB"_s), qPrintable(guide.questionHelp()));
}

void TestComparisonDecision::recommendation_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QString>("demo");  // a DemoId
    QTest::addColumn<QString>("row");

    QTest::newRow("I/O-bound, many connections: coroutines")
        << QStringList{u"io"_s, u"many"_s} << u"many-python-asyncio"_s << u"io-many"_s;
    QTest::newRow("I/O-bound, few connections: threads")
        << QStringList{u"io"_s, u"few"_s} << u"thread"_s << u"io-few"_s;
    QTest::newRow("CPU-bound: processes") << QStringList{u"cpu"_s} << u"primes-python-processes"_s << u"cpu"_s;
}

void TestComparisonDecision::recommendation()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, demo);
    QFETCH(QString, row);

    DecisionGuide guide;
    for (const QString &answer : answers) {
        QVERIFY(!guide.isFinished());
        QVERIFY(guide.choose(answer));
    }
    QVERIFY(guide.isFinished());
    QVERIFY(guide.question().isEmpty());
    QVERIFY(guide.answers().isEmpty());
    QCOMPARE(guide.chosenIds(), answers);
    QCOMPARE(guide.chosenTexts().size(), answers.size());
    QCOMPARE(guide.recommendedDemo(), std::optional(demo));
    const ComparisonTableSpec *table = ComparisonContent::table(DecisionGuide::tableId());
    QVERIFY(table);
    QCOMPARE(guide.recommendationRow(), ComparisonContent::rowIndex(*table, row));
    QCOMPARE(guide.situation(), QString::fromUtf8(table->row(guide.recommendationRow()).cell(0).text));
    QVERIFY(!guide.python().isEmpty());
    QVERIFY(!guide.qt().isEmpty());
    QVERIFY(!guide.reason().isEmpty());
}

void TestComparisonDecision::cpuBoundAlsoThreadsInCpp()
{
    DecisionGuide guide;
    QVERIFY(guide.choose(u"cpu"));
    // Lesson 3 measures both: CPython's processes, and C++ threads on every core.
    QCOMPARE(guide.recommendedDemo(), std::optional(u"primes-python-processes"_s));
    QCOMPARE(guide.otherDemos(), QList<DemoId>{u"primes-concurrent"_s});
    // ... and it says why: the GIL is Python's; C++ threads use every core.
    QVERIFY(guide.reason().contains(u"GIL"_s));
    QVERIFY(guide.reason().contains(u"C++ has no GIL"_s));
    QVERIFY(guide.python().contains(u"multiprocessing"_s));
    QVERIFY(guide.qt().contains(u"QThread"_s));
}

void TestComparisonDecision::unknownAnswerAndBack()
{
    DecisionGuide guide;
    QVERIFY(!guide.choose(u"many"));  // not an answer of the first question
    QCOMPARE(guide.depth(), 0);
    QVERIFY(!guide.back());
    QVERIFY(guide.choose(u"io"));
    const QString second = guide.question();
    QVERIFY(guide.choose(u"few"));
    QVERIFY(!guide.choose(u"few"));  // finished: no answers left
    QVERIFY(guide.back());
    QCOMPARE(guide.question(), second);
    QVERIFY(guide.choose(u"many"));
    QCOMPARE(guide.recommendedDemo(), std::optional(u"many-python-asyncio"_s));
    guide.restart();
    QCOMPARE(guide.depth(), 0);
    QVERIFY(!guide.isFinished());
}

void TestComparisonDecision::everyLeafIsARowOfTheTable()
{
    // Walk every path: each ends on a row of "when-to-use" that is about the recommended demo.
    const ComparisonTableSpec &table = *ComparisonContent::table(DecisionGuide::tableId());
    int leaves = 0;
    std::function<void(DecisionGuide)> walk = [&](DecisionGuide guide) {
        if (guide.isFinished()) {
            ++leaves;
            QVERIFY(guide.recommendationRow() >= 0);
            QVERIFY(guide.recommendedDemo());
            const DemoIdList demos = table.row(guide.recommendationRow()).demos;
            QVERIFY(ComparisonContent::contains(demos, *guide.recommendedDemo()));
            // The guide names only demos of the app (ids as in the comparison data).
            QVERIFY2(ComparisonTest::knownDemoIds.contains(*guide.recommendedDemo()),
                     qPrintable(*guide.recommendedDemo()));
            for (const DemoId &other : guide.otherDemos())
                QVERIFY2(ComparisonTest::knownDemoIds.contains(other), qPrintable(other));
            return;
        }
        QVERIFY(guide.depth() < 10);
        for (const DecisionGuide::Answer &answer : guide.answers()) {
            DecisionGuide next = guide;
            QVERIFY(next.choose(answer.id));
            walk(next);
        }
    };
    walk(DecisionGuide());
    QCOMPARE(leaves, 3);
}

void TestComparisonDecision::everyStringIsTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    DecisionGuide guide;
    QVERIFY(MarkingTranslator::isMarked(guide.question()));
    QVERIFY(MarkingTranslator::isMarked(guide.questionHelp()));
    for (const DecisionGuide::Answer &answer : guide.answers())
        QVERIFY(MarkingTranslator::isMarked(answer.text));
    QVERIFY(guide.choose(u"cpu"));
    QVERIFY(MarkingTranslator::isMarked(guide.chosenTexts().first()));
    for (const QString &text : {guide.situation(), guide.python(), guide.qt(), guide.reason()})
        QVERIFY(MarkingTranslator::isMarked(text));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QVERIFY(!MarkingTranslator::isMarked(guide.reason()));
}

LAB_TEST_MAIN(TestComparisonDecision)
#include "tst_comparisondecision.moc"
