// SPDX-License-Identifier: MIT
// Lesson 5's Python counterparts, run as shipped (unpacked from the resources) with small numbers:
// the safe ones never lose an update, asyncio with an await inside loses exactly (N - 1) x M, the
// queues pass every item once; nonsense options exit 2. The unsafe ones only report a figure.
#include "labtest.h"

#include "pythonscriptprocess.h"
#include "pythonscripts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList scripts{
    u"counter_cli.py"_s, u"counter_threads_nolock.py"_s, u"counter_threads_lock.py"_s, u"counter_threads_atomic.py"_s,
    u"counter_threads_long_lock.py"_s, u"counter_asyncio.py"_s, u"counter_asyncio_await.py"_s,
    u"counter_asyncio_lock.py"_s, u"counter_processes_isolated.py"_s, u"counter_processes_shared.py"_s,
    u"counter_processes_lock.py"_s, u"counter_processes_messages.py"_s, u"queue_cli.py"_s,
    u"queue_threads.py"_s, u"queue_asyncio.py"_s, u"queue_processes.py"_s,
};

struct Outcome {
    int exitCode = -1;
    QJsonObject json;
    QByteArray errors;
};

} // namespace

class TestSharedStatePython : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void counters_data();
    void counters();
    void queues_data();
    void queues();
    void refusesNonsense_data();
    void refusesNonsense();

private:
    Outcome run(const QString &script, const QStringList &arguments);
    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestSharedStatePython::initTestCase()
{
    if (PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not installed");
    QStringList resources;
    for (const QString &script : scripts)
        resources.append(u":/python/"_s + script);
    QString error;
    m_folder = PythonScripts::extract(resources, &error);
    QVERIFY2(m_folder, qPrintable(error));
}

Outcome TestSharedStatePython::run(const QString &script, const QStringList &arguments)
{
    QProcess python;
    python.setWorkingDirectory(m_folder->path());
    python.start(PythonScriptProcess::interpreter(), QStringList{u"-B"_s, m_folder->filePath(script)} + arguments);
    Outcome outcome;
    if (!python.waitForFinished(60'000)) {
        python.kill();
        python.waitForFinished();
        return outcome;
    }
    outcome.exitCode = python.exitCode();
    outcome.errors = python.readAllStandardError();
    const QList<QByteArray> lines = python.readAllStandardOutput().trimmed().split('\n');
    outcome.json = QJsonDocument::fromJson(lines.last()).object();
    return outcome;
}

void TestSharedStatePython::counters_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("increments");
    QTest::addColumn<int>("expectedTotal");   // -1: only a figure (no lock)
    QTest::newRow("threads, no lock") << u"counter_threads_nolock.py"_s << 3 << 2000 << -1;
    QTest::newRow("threads, lock") << u"counter_threads_lock.py"_s << 3 << 2000 << 6000;
    QTest::newRow("threads, atomic") << u"counter_threads_atomic.py"_s << 3 << 2000 << 6000;
    QTest::newRow("threads, long lock") << u"counter_threads_long_lock.py"_s << 3 << 200 << 600;
    QTest::newRow("asyncio") << u"counter_asyncio.py"_s << 3 << 500 << 1500;
    QTest::newRow("asyncio, await inside") << u"counter_asyncio_await.py"_s << 3 << 500 << 500;
    QTest::newRow("asyncio, lock") << u"counter_asyncio_lock.py"_s << 3 << 500 << 1500;
    QTest::newRow("processes, own copies") << u"counter_processes_isolated.py"_s << 2 << 1000 << 0;
    QTest::newRow("processes, shared, no lock") << u"counter_processes_shared.py"_s << 2 << 1000 << -1;
    QTest::newRow("processes, lock") << u"counter_processes_lock.py"_s << 2 << 1000 << 2000;
    QTest::newRow("processes, messages") << u"counter_processes_messages.py"_s << 2 << 1000 << 2000;
}

void TestSharedStatePython::counters()
{
    QFETCH(QString, script);
    QFETCH(int, units);
    QFETCH(int, increments);
    QFETCH(int, expectedTotal);
    const Outcome outcome = run(script, {u"--units"_s, QString::number(units), u"--increments"_s,
                                         QString::number(increments), u"--json"_s});
    QVERIFY2(outcome.exitCode == 0, outcome.errors.constData());
    QCOMPARE(outcome.json.value(u"expected"_s).toInteger(), qint64(units) * increments);
    const qint64 total = outcome.json.value(u"total"_s).toInteger(-1);
    if (expectedTotal >= 0) {
        QCOMPARE(total, qint64(expectedTotal));
        QCOMPARE(outcome.json.value(u"lost"_s).toInteger(), qint64(units) * increments - expectedTotal);
    } else {
        QVERIFY(total >= 0 && total <= qint64(units) * increments);
        qInfo("%s: %lld of %lld", qPrintable(script), total, qint64(units) * increments);
    }
}

void TestSharedStatePython::queues_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("kind");
    for (const QString &kind : {u"fifo"_s, u"lifo"_s, u"priority"_s}) {
        QTest::addRow("threads, %s", qPrintable(kind)) << u"queue_threads.py"_s << kind;
        QTest::addRow("asyncio, %s", qPrintable(kind)) << u"queue_asyncio.py"_s << kind;
    }
    QTest::newRow("processes") << u"queue_processes.py"_s << QString();
}

// No item lost or taken twice across the consumers, with a queue small enough to fill up.
void TestSharedStatePython::queues()
{
    QFETCH(QString, script);
    QFETCH(QString, kind);
    QStringList arguments{u"--consumers"_s, u"3"_s, u"--items"_s, u"30"_s, u"--capacity"_s, u"2"_s,
                          u"--work-ms"_s, u"1"_s, u"--json"_s};
    if (!kind.isEmpty())
        arguments += {u"--kind"_s, kind};
    const Outcome outcome = run(script, arguments);
    QVERIFY2(outcome.exitCode == 0, outcome.errors.constData());
    QCOMPARE(outcome.json.value(u"items"_s).toInt(), 30);
    QCOMPARE(outcome.json.value(u"sum"_s).toInteger(), 30 * 31 / 2);
    int items = 0;
    const QJsonArray perConsumer = outcome.json.value(u"per_consumer"_s).toArray();
    QCOMPARE(perConsumer.size(), 3);
    for (const QJsonValue &consumer : perConsumer)
        items += consumer.toObject().value(u"items"_s).toInt();
    QCOMPARE(items, 30);
}

void TestSharedStatePython::refusesNonsense_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no units") << u"counter_threads_lock.py"_s << QStringList{u"--units"_s, u"0"_s};
    QTest::newRow("negative increments") << u"counter_asyncio.py"_s << QStringList{u"--increments"_s, u"-5"_s};
    QTest::newRow("no room") << u"queue_threads.py"_s << QStringList{u"--capacity"_s, u"0"_s};
    QTest::newRow("no such kind") << u"queue_asyncio.py"_s << QStringList{u"--kind"_s, u"stack"_s};
}

void TestSharedStatePython::refusesNonsense()
{
    QFETCH(QString, script);
    QFETCH(QStringList, arguments);
    const Outcome outcome = run(script, arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY(!outcome.errors.trimmed().isEmpty());
}

LAB_TEST_MAIN(TestSharedStatePython)
#include "tst_sharedstatepython.moc"
