// SPDX-License-Identifier: MIT
// Every registered demo runs to its result with its test-size parameters, passing every step its
// listing shows, and ends cleanly when cancelled. Data-driven from the lesson registry: a new demo
// is tested by being registered.
#include "labtest.h"
#include "labtestdemos.h"

#include "stepcatalog.h"

#include "comparisoncatalog.h"
#include "comparisoncontent.h"
#include "decisionguide.h"

#include <QJsonDocument>

#include <cstdio>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

class TestEveryDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryIsWellFormed();
    void everyLinkedDemoProvesItsRow();
    void runsToItsResult_data() { LabTest::addDemoRows(LabTest::allDemoIds()); }
    void runsToItsResult();
    void cancelEndsIt_data() { LabTest::addDemoRows(LabTest::allDemoIds()); }
    void cancelEndsIt();
    void restartEndsTheSupersededRun_data() { LabTest::addDemoRows(LabTest::allDemoIds()); }
    void restartEndsTheSupersededRun();
};

void TestEveryDemo::registryIsWellFormed()
{
    const LessonRegistry &registry = LabTest::registry();
    QVERIFY(registry.lessons().size() >= 2);
    QSet<QString> lessonIds;
    for (const Lesson &lesson : registry.lessons()) {
        QVERIFY2(!lesson.id.isEmpty() && lesson.title && lesson.makePage, qPrintable(lesson.id));
        lessonIds.insert(lesson.id);
        for (const LessonAction &action : lesson.actions) {
            QVERIFY(!action.demos.isEmpty());
            for (const DemoId &id : action.demos)
                QVERIFY2(registry.demo(id), qPrintable(id));   // menu entries run registered demos
        }
    }
    QCOMPARE(lessonIds.size(), registry.lessons().size());
    QSet<QString> demoIds;
    ComparisonCatalog comparison;
    for (const Demo &demo : registry.demos().demos()) {
        QVERIFY2(demo.title && demo.pythonCounterpart && demo.makeRunner, qPrintable(demo.id));
        QVERIFY2(!demo.listings.steps.isEmpty(), qPrintable(demo.id));
        QVERIFY2(isValidDemoId(demo.id), qPrintable(demo.id));
        QVERIFY2(demo.acceptsTestResult, qPrintable(demo.id));   // a test checks the result
        for (const QString &row : demo.provesRows)
            QVERIFY2(comparison.addRowProof(row, demo.id), qPrintable(demo.id + u" proves "_s + row));
        demoIds.insert(demo.id);
        QCOMPARE(registry.demosNamed(demo.id), std::optional(QList<DemoId>{demo.id}));
    }
    QCOMPARE(demoIds.size(), registry.demos().demos().size());
    QCOMPARE(registry.demosNamed(u"all"_s), std::optional(LabTest::spinnerDemoIds()));
    QCOMPARE(registry.demosNamed(u"nonsense"_s), std::nullopt);
}

// A cell that links a demo promises the class that the demo shows the cell's claim. The demo's own
// registry entry must say so (Demo::provesRows, "<table id>/<row id>"): a link is never one-sided.
// The decision guide's recommendations count as links to their row of the "when to use" table.
void TestEveryDemo::everyLinkedDemoProvesItsRow()
{
    const LessonRegistry &registry = LabTest::registry();
    QStringList problems;
    int links = 0;
    const auto check = [&](const QString &tableId, const char *rowId, const QString &demoId) {
        ++links;
        if (!rowId) {
            problems << u"%1: a row without an id links %2"_s.arg(tableId, demoId);
            return;
        }
        const QString row = tableId + u'/' + QLatin1StringView(rowId);
        const Demo *demo = registry.demo(demoId);
        if (!demo)
            problems << u"%1 links %2, which is not registered"_s.arg(row, demoId);
        else if (!demo->provesRows.contains(row))
            problems << u"%1 links %2, whose provesRows does not name the row"_s.arg(row, demoId);
    };
    for (const ComparisonTableSpec *table : ComparisonContent::tables()) {
        const QString tableId = QLatin1StringView(table->id);
        for (const ComparisonRow &row : table->rows) {
            for (const ComparisonCell &cell : row.cells) {
                if (cell.proof)
                    check(tableId, row.id, QLatin1StringView(cell.proof));
            }
        }
    }
    // Every leaf of the decision guide: walk every path of answers.
    QList<DecisionGuide> open{DecisionGuide{}};
    int leaves = 0;
    while (!open.isEmpty()) {
        const DecisionGuide guide = open.takeLast();
        if (!guide.isFinished()) {
            for (const DecisionGuide::Answer &answer : guide.answers()) {
                DecisionGuide next = guide;
                QVERIFY(next.choose(answer.id));
                open.append(next);
            }
            continue;
        }
        ++leaves;
        const ComparisonTableSpec *table = ComparisonContent::table(DecisionGuide::tableId());
        QVERIFY(table);
        const char *rowId = table->row(guide.recommendationRow()).id;
        QVERIFY(guide.recommendedDemo().has_value());
        for (const DemoId &demo : QList<DemoId>{*guide.recommendedDemo()} + guide.otherDemos())
            check(DecisionGuide::tableId(), rowId, demo);
    }
    QVERIFY(leaves >= 3);
    QVERIFY(links > 20);
    for (const QString &problem : std::as_const(problems))
        std::fprintf(stderr, "%s\n", qPrintable(problem));   // all of them; QVERIFY2 cuts its message short
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 of %2 links are one-sided (listed above)"_s.arg(problems.size()).arg(links)));
}

void TestEveryDemo::runsToItsResult()
{
    QFETCH(DemoId, demo);
    Trace trace;
    auto runner = LabTest::makeRunner(demo);
    QCOMPARE(runner->demoId(), demo);
    runner->setTrace(&trace);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(runner->state() == DemoRunner::State::Done, qPrintable(runner->errorString()));
    QVERIFY(runner->hasResult());
    QVERIFY(!runner->resultText().isEmpty());
    QVERIFY(!runner->resultJson().isEmpty());
    QVERIFY(runner->executor().has_value());
    const QJsonObject result = runner->resultJson();
    QVERIFY2(LabTest::demo(demo).acceptsTestResult(result),
             qPrintable(demo + u": "_s + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
    // Its measured figures land beside the comparison cells it proves.
    if (const RowFigures &figuresOf = LabTest::demo(demo).rowFigures) {
        ComparisonCatalog comparison;
        const QList<RowFigure> figures = figuresOf(result);
        QVERIFY(!figures.isEmpty());
        for (const RowFigure &figure : figures) {
            QVERIFY2(LabTest::demo(demo).provesRows.contains(figure.tableAndRow), qPrintable(figure.tableAndRow));
            QVERIFY(!figure.translatedFigure.isEmpty());
            QVERIFY2(comparison.setMeasuredFigure(figure.tableAndRow, demo, figure.translatedFigure),
                     qPrintable(figure.tableAndRow));
        }
    }
    // Every step the code viewer shows for this demo was really passed (join may come last).
    const QStringList listed = StepCatalog::stepIds(LabTest::demo(demo));
    QTRY_VERIFY2_WITH_TIMEOUT(LabTest::stepsIn(trace, demo).size() >= listed.size(),
                              qPrintable(LabTest::stepsIn(trace, demo).join(u", "_s)), 5000);
    const QStringList passed = LabTest::stepsIn(trace, demo);
    for (const QString &step : listed)
        QVERIFY2(passed.contains(step), qPrintable(demo + u": never passed "_s + step + u" ("_s + passed.join(u", "_s) + u')'));
    for (const QString &step : passed)
        QVERIFY2(listed.contains(step), qPrintable(demo + u": passed unlisted step "_s + step));
}

void TestEveryDemo::cancelEndsIt()
{
    QFETCH(DemoId, demo);
    auto runner = LabTest::makeRunner(demo, RunSize::Classroom);   // long enough to cancel mid-run
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(runner->executor().has_value() || !runner->isRunning(), 10000);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner->hasResult());
}

namespace {

// The lanes (units other than the GUI loop) of run `runId` of `demo` whose last event, steps aside,
// is not an outcome, with that event's kind: what the timeline would show running forever.
QStringList openLanes(const Trace &trace, const DemoId &demo, quint64 runId)
{
    QHash<TraceLaneKey, TraceEventKind> last;
    for (const TraceEvent &event : trace.events()) {
        if (event.demo == demo && event.runId == runId && event.unit != UnitKind::GuiLoop
            && event.kind != TraceEventKind::Step)
            last[TraceLaneKey::of(event)] = event.kind;
    }
    QStringList open;
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (it.value() != TraceEventKind::Result && it.value() != TraceEventKind::Cancelled
            && it.value() != TraceEventKind::Failed)
            open << ExecutionUnit{it.key().unit, it.key().unitId}.name() + u": "_s + TraceNames::eventKindId(it.value());
    }
    return open;
}

} // namespace

// Restart (Run while running) and then Cancel: both runs' units end on the timeline, none stays
// "busy" or "awaiting" (children being killed, coroutines that never resume, threads still stopping).
void TestEveryDemo::restartEndsTheSupersededRun()
{
    QFETCH(DemoId, demo);
    Trace trace;
    auto runner = LabTest::makeRunner(demo, RunSize::Classroom);
    runner->setTrace(&trace);
    runner->start();
    const quint64 first = runner->currentRunId();
    QTRY_VERIFY_WITH_TIMEOUT(runner->executor().has_value() || !runner->isRunning(), 10000);
    if (!runner->isRunning())
        QSKIP("finished before it could be restarted");
    runner->start();
    const quint64 second = runner->currentRunId();
    QVERIFY(second > first);
    QVERIFY2(openLanes(trace, demo, first).isEmpty(), qPrintable(openLanes(trace, demo, first).join(u", "_s)));
    QTRY_VERIFY_WITH_TIMEOUT(runner->executor().has_value() || !runner->isRunning(), 10000);
    runner->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 10000);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    // ... and stay ended while the stopped units wind down.
    QTest::qWait(100);
    QVERIFY2(openLanes(trace, demo, first).isEmpty(), qPrintable(openLanes(trace, demo, first).join(u", "_s)));
    QVERIFY2(openLanes(trace, demo, second).isEmpty(), qPrintable(openLanes(trace, demo, second).join(u", "_s)));
}

LAB_TEST_MAIN(TestEveryDemo)
#include "tst_everydemo.moc"
