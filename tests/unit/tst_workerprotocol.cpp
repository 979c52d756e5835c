// SPDX-License-Identifier: MIT
#include "labtest.h"

#include "stderrtail.h"
#include "workerprotocol.h"

using namespace Qt::Literals::StringLiterals;

class TestWorkerProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void formatsWhatItParses();
    void jobsAndResults_data();
    void jobsAndResults();
    void stderrTailKeepsTheLastLinesOnly();
};

void TestWorkerProtocol::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("kind");     // ready, answer or invalid
    QTest::addColumn<qint64>("number");

    QTest::newRow("ready") << QByteArray("ready 4711") << QStringLiteral("ready") << qint64(4711);
    QTest::newRow("answer") << QByteArray("answer 42") << QStringLiteral("answer") << qint64(42);
    QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("no number") << QByteArray("ready") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("two spaces") << QByteArray("answer  42") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("sign") << QByteArray("answer -42") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("trailing text") << QByteArray("answer 42 and more") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("pid zero") << QByteArray("ready 0") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("answer overflow") << QByteArray("answer 99999999999") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("carriage return") << QByteArray("answer 42\r") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("binary") << QByteArray("\x01\x02\xff", 3) << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("too long") << QByteArray(500, '7').prepend("answer ") << QStringLiteral("invalid") << qint64(0);
    QTest::newRow("unknown keyword") << QByteArray("hello 1") << QStringLiteral("invalid") << qint64(0);
}

void TestWorkerProtocol::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, kind);
    QFETCH(qint64, number);

    const WorkerProtocol::Message message = WorkerProtocol::parseLine(line);
    if (kind == QStringLiteral("ready")) {
        QVERIFY(std::holds_alternative<WorkerProtocol::Ready>(message));
        QCOMPARE(std::get<WorkerProtocol::Ready>(message).pid, number);
    } else if (kind == QStringLiteral("answer")) {
        QVERIFY(std::holds_alternative<WorkerProtocol::Answer>(message));
        QCOMPARE(qint64(std::get<WorkerProtocol::Answer>(message).value), number);
    } else {
        QVERIFY(std::holds_alternative<WorkerProtocol::Invalid>(message));
        const QString reason = std::get<WorkerProtocol::Invalid>(message).reason;
        QVERIFY(reason.contains(QStringLiteral("unexpected line")));
        QVERIFY2(reason.size() < 200, "the message must stay readable, even for a huge line");
    }
}

void TestWorkerProtocol::formatsWhatItParses()
{
    const QByteArray ready = WorkerProtocol::readyLine(123);
    QVERIFY(ready.endsWith('\n'));
    QCOMPARE(std::get<WorkerProtocol::Ready>(WorkerProtocol::parseLine(ready.chopped(1))).pid, 123);
    const QByteArray answer = WorkerProtocol::answerLine(42);
    QCOMPARE(std::get<WorkerProtocol::Answer>(WorkerProtocol::parseLine(answer.chopped(1))).value, 42);
}

void TestWorkerProtocol::jobsAndResults_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("numbers") << QByteArray("3 3333333333333301 1 123456") << true;
    QTest::newRow("words") << QByteArray("check-number 42") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("upper case") << QByteArray("Job") << false;
    QTest::newRow("newline") << QByteArray("1\n2") << false;
    QTest::newRow("carriage return") << QByteArray("1\r") << false;
    QTest::newRow("tab") << QByteArray("1\t2") << false;
    QTest::newRow("binary") << QByteArray("\xff\x01", 2) << false;
    QTest::newRow("longest") << QByteArray(48, '7') << true;
    QTest::newRow("too long") << QByteArray(49, '7') << false;
}

// "job <text>" travels to the child, "result <text>" back: both only with short, plain text.
void TestWorkerProtocol::jobsAndResults()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(WorkerProtocol::isJobText(text), valid);
    const WorkerProtocol::Message result = WorkerProtocol::parseLine("result " + text);
    QCOMPARE(std::holds_alternative<WorkerProtocol::Result>(result), valid);
    QCOMPARE(WorkerProtocol::jobIn("job " + text).has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(std::get<WorkerProtocol::Result>(result).text, text);
    QCOMPARE(WorkerProtocol::resultLine(text), "result " + text + '\n');
    QCOMPARE(*WorkerProtocol::jobIn(WorkerProtocol::jobCommand(text).chopped(1)), text);
    QVERIFY(!WorkerProtocol::jobIn("jobs " + text));
}

// A child flooding its stderr costs the reader a few kB: the last lines, each cut short.
void TestWorkerProtocol::stderrTailKeepsTheLastLinesOnly()
{
    StderrTail tail;
    const QByteArray longLine = QByteArray(100'000, 'e') + '\n';
    for (int i = 0; i < 200; ++i)
        tail.append(longLine);   // 20 MB in all
    for (int i = 1; i <= 20; ++i)
        tail.append(QByteArray("line ") + QByteArray::number(i) + "\n\n");
    tail.append("Traceback: the last words, without a newline");
    QCOMPARE(tail.lines().size(), StderrTail::linesKept);
    QCOMPARE(tail.lastLine(), u"line 20"_s);
    tail.finish();
    QCOMPARE(tail.lastLine(), u"Traceback: the last words, without a newline"_s);
    QCOMPARE(tail.lines().constFirst(), u"line 14"_s);   // blank lines are not kept

    StderrTail flooded;
    flooded.append(longLine);
    QCOMPARE(flooded.lastLine().size(), StderrTail::maxLineLength + 1);   // cut, and marked
    QVERIFY(flooded.lastLine().endsWith(u'…'));
}

LAB_TEST_MAIN(TestWorkerProtocol)
#include "tst_workerprotocol.moc"
