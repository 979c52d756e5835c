// SPDX-License-Identifier: MIT
// Fuzzing the line parsers of child output and of the worker's commands with a generated corpus
// (FuzzCorpus: seeded, the seed in every failure message): no crash, no hang, every answer within
// the protocol's own rules, and memory bounded whatever a child writes. 100,000+ inputs per parser
// here; the "long" label runs the same with 1,000,000+ (LAB_FUZZ_INPUTS).
#include "labtest.h"
#include "fuzzcorpus.h"

#include "linesplitter.h"
#include "workerprocess.h"
#include "workerprotocol.h"

#include <QFile>
#include <QSignalSpy>

#include <cstdio>
#include <variant>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 defaultInputs = 120'000;

QByteArrayList validLines()
{
    using namespace WorkerProtocol;
    QByteArrayList lines{readyLine(4711), answerLine(42), stepLine(u"sleep"_s), stepLine(u"start-spinner"_s),
                         resultLine("3 9999999967 1 812345"), resultLine("done 17"), resultLine("count 100000"),
                         resultLine("set"), jobCommand("item 5"), jobCommand("0 1099511627791"),
                         stepCommand.toByteArray() + '\n', continueCommand.toByteArray() + '\n',
                         pauseCommand.toByteArray() + '\n', endCommand.toByteArray() + '\n'};
    for (QByteArray &line : lines)
        line.chop(1);
    return lines;
}

// The same message, compared by what it says.
bool sameMessage(const WorkerProtocol::Message &a, const WorkerProtocol::Message &b)
{
    using namespace WorkerProtocol;
    if (a.index() != b.index())
        return false;
    if (const auto *ready = std::get_if<Ready>(&a))
        return ready->pid == std::get<Ready>(b).pid;
    if (const auto *answer = std::get_if<Answer>(&a))
        return answer->value == std::get<Answer>(b).value;
    if (const auto *step = std::get_if<Step>(&a))
        return step->id == std::get<Step>(b).id;
    if (const auto *result = std::get_if<Result>(&a))
        return result->text == std::get<Result>(b).text;
    return true;
}

// What a well-formed message is written as again (without the newline); empty for Invalid.
QByteArray formatted(const WorkerProtocol::Message &message)
{
    using namespace WorkerProtocol;
    QByteArray line;
    if (const auto *ready = std::get_if<Ready>(&message))
        line = readyLine(ready->pid);
    else if (const auto *answer = std::get_if<Answer>(&message))
        line = answerLine(answer->value);
    else if (const auto *step = std::get_if<Step>(&message))
        line = stepLine(step->id);
    else if (const auto *result = std::get_if<Result>(&message))
        line = resultLine(result->text);
    line.chop(1);
    return line;
}

} // namespace

class TestProtocolFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workerLines();
    void workerCommands();
    void lineSplitterAgreesWithAPlainSplit();
    void floodingChildIsAnErrorAndCostsNoMemory();

private:
    qint64 m_total = 0;
};

// What the parent reads from a worker: every line is one message or a translated error of bounded
// size, and every message is one the worker could have written (parsing its formatting gives it back).
void TestProtocolFuzz::workerLines()
{
    using namespace WorkerProtocol;
    LabTest::FuzzCorpus corpus(validLines(), defaultInputs);
    qint64 invalid = 0;
    for (qint64 i = 0; i < corpus.inputs(); ++i) {
        const QByteArray line = corpus.next();
        const Message message = parseLine(line);
        if (const auto *error = std::get_if<Invalid>(&message)) {
            ++invalid;
            QVERIFY2(!error->reason.isEmpty() && error->reason.size() < 400, qPrintable(corpus.describe(i, line)));
            continue;
        }
        QVERIFY2(line.size() <= maxLineLength, qPrintable(corpus.describe(i, line)));
        if (const auto *ready = std::get_if<Ready>(&message))
            QVERIFY2(ready->pid > 0, qPrintable(corpus.describe(i, line)));
        if (const auto *answer = std::get_if<Answer>(&message))
            QVERIFY2(answer->value >= 0, qPrintable(corpus.describe(i, line)));
        if (const auto *result = std::get_if<Result>(&message))
            QVERIFY2(isJobText(result->text), qPrintable(corpus.describe(i, line)));
        QVERIFY2(sameMessage(parseLine(formatted(message)), message), qPrintable(corpus.describe(i, line)));
    }
    // The corpus reaches both sides of the parser.
    QVERIFY2(invalid > 0 && invalid < corpus.inputs(), qPrintable(u"%1 of %2 invalid"_s.arg(invalid).arg(corpus.inputs())));
    m_total += corpus.inputs();
    // Whatever follows the longest line is one error that names its start, never the whole line.
    const QString tooLong = tooLongLine(QByteArray(10'000, 'x')).reason;
    QVERIFY2(tooLong.contains(u"longer than 64 bytes"_s) && tooLong.size() < 200, qPrintable(tooLong));
}

// What the worker reads from the parent: a command or nothing; a job is always one that the parent
// could have sent.
void TestProtocolFuzz::workerCommands()
{
    using namespace WorkerProtocol;
    LabTest::FuzzCorpus corpus(validLines(), defaultInputs);
    qint64 jobs = 0;
    for (qint64 i = 0; i < corpus.inputs(); ++i) {
        const QByteArray line = corpus.next();
        const Command command = parseCommand(line);
        if (command.kind == Command::Kind::Job) {
            ++jobs;
            QVERIFY2(isJobText(command.job), qPrintable(corpus.describe(i, line)));
            QVERIFY2(jobCommand(command.job).chopped(1) == line, qPrintable(corpus.describe(i, line)));
        } else {
            QVERIFY2(command.job.isEmpty(), qPrintable(corpus.describe(i, line)));
        }
        if (command.kind != Command::Kind::Unknown)
            QVERIFY2(line.size() <= maxCommandLength, qPrintable(corpus.describe(i, line)));
    }
    QVERIFY(jobs > 0);
    m_total += corpus.inputs();
}

// Streams of random lines in random pieces: LineSplitter gives the lines a plain split would, lines
// too long cut and marked, and holds at most the limit between reads.
void TestProtocolFuzz::lineSplitterAgreesWithAPlainSplit()
{
    LabTest::FuzzCorpus corpus(validLines(), defaultInputs / 4);
    qint64 lines = 0;
    for (qint64 i = 0; i < corpus.inputs(); ++i) {
        QByteArray stream;
        for (int part = int(corpus.bounded(6)); part >= 0; --part)
            stream += corpus.next(true) + (corpus.bounded(4) == 0 ? "" : "\n");
        const qsizetype limit = 1 + corpus.bounded(100);

        QList<LineSplitter::Line> expected;
        const QByteArrayList pieces = stream.split('\n');
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            const QByteArray &piece = pieces.at(p);
            const bool last = p == pieces.size() - 1;   // no newline after it
            if (piece.size() > limit)
                expected.append({piece.first(limit), true});
            else if (!last)
                expected.append({piece, false});
        }

        LineSplitter splitter(limit);
        QList<LineSplitter::Line> got;
        for (qsizetype at = 0; at < stream.size();) {
            const qsizetype size = std::min<qsizetype>(stream.size() - at, 1 + corpus.bounded(300));
            splitter.append(QByteArrayView(stream).sliced(at, size));
            at += size;
            while (const std::optional<LineSplitter::Line> line = splitter.next())
                got.append(*line);
            QVERIFY2(splitter.bufferedBytes() <= limit, qPrintable(corpus.describe(i, stream)));
        }
        QVERIFY2(got.size() == expected.size(), qPrintable(corpus.describe(i, stream)));
        for (qsizetype k = 0; k < got.size(); ++k) {
            QVERIFY2(got.at(k).text == expected.at(k).text && got.at(k).tooLong == expected.at(k).tooLong,
                     qPrintable(corpus.describe(i, stream) + u" (line %1, limit %2)"_s.arg(k).arg(limit)));
        }
        // What is left without a newline comes out once, as a last line.
        const QByteArray tail = pieces.last();
        const std::optional<LineSplitter::Line> rest = splitter.takeRest();
        QVERIFY2(rest.has_value() == (!tail.isEmpty() && tail.size() <= limit), qPrintable(corpus.describe(i, stream)));
        if (rest)
            QVERIFY2(rest->text == tail && !rest->tooLong, qPrintable(corpus.describe(i, stream)));
        QCOMPARE(splitter.bufferedBytes(), 0);
        lines += got.size();
    }
    m_total += corpus.inputs();
    std::printf("fuzzed %lld inputs in all (%lld lines through the splitter)\n", m_total, lines);
    std::fflush(stdout);
}

// A child that writes one endless line and ignores SIGTERM: a protocol error as soon as the line
// passes the longest there is (a clear, translated message), and what it writes until it is killed is
// drained and dropped, not kept (before, the parent's buffer grew by all of it).
void TestProtocolFuzz::floodingChildIsAnErrorAndCostsNoMemory()
{
    const auto rssKb = [] {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly))
            return qint64(-1);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return qint64(-1);
    };
    const qint64 before = rssKb();
    WorkerProcess::Options options;
    options.program = LabTest::faultyWorkerPath();
    options.extraArguments = {u"--test-endless-line"_s};
    options.terminateGrace = 1500ms;   // it floods for all of it, then SIGKILL
    WorkerProcess child({u"slow-task"_s, {u"--milliseconds"_s, u"100"_s}, 100ms}, options);
    QSignalSpy failed(&child, &WorkerProcess::failed);
    QSignalSpy exited(&child, &WorkerProcess::exited);
    child.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"longer than 64 bytes"_s) && message.contains(u"xxxx"_s), qPrintable(message));
    QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 10000);
    const qint64 grownKb = rssKb() - before;
    std::printf("RSS grew by %lld kB while the child flooded\n", grownKb);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed blocks in quarantine (256 MB by default) instead of reusing them,
    // so every chunk read and dropped still counts in RSS: the bound holds in the normal build only.
    Q_UNUSED(grownKb)
#else
    QVERIFY2(grownKb < 32 * 1024, qPrintable(u"%1 kB"_s.arg(grownKb)));
#endif
}

LAB_TEST_MAIN(TestProtocolFuzz)
#include "tst_protocolfuzz.moc"
