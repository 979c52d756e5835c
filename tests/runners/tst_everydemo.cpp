// SPDX-License-Identifier: MIT
// Every registered demo runs to its result with its test-size parameters, passing every step its
// listing shows, and ends cleanly when cancelled. Data-driven from the lesson registry: a new demo
// is tested by being registered.
#include "labtest.h"
#include "labtestdemos.h"

#include "stepcatalog.h"

#include "comparisoncatalog.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

class TestEveryDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registryIsWellFormed();
    void runsToItsResult_data() { LabTest::addDemoRows(LabTest::allDemoIds()); }
    void runsToItsResult();
    void cancelEndsIt_data() { LabTest::addDemoRows(LabTest::allDemoIds()); }
    void cancelEndsIt();
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

LAB_TEST_MAIN(TestEveryDemo)
#include "tst_everydemo.moc"
