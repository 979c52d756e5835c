// SPDX-License-Identifier: MIT
// ConsoleText: a program's output as a terminal shows it. A "\r" spinner stays one line, "\n" ends
// a line, a chunk may end anywhere (between "\r" and "\n", inside a UTF-8 character) without
// changing the text, stderr keeps its own lines, and the whole is bounded.
#include "consoletext.h"
#include "labtest.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Stream = ConsoleText::Stream;

QString render(const QByteArray &bytes)
{
    ConsoleText text;
    text.write(Stream::Output, bytes);
    text.finish();
    return text.text();
}

// `bytes` written in pieces cut after each of `cuts` (positions, ascending).
QString renderCut(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    ConsoleText text;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        text.write(Stream::Output, bytes.mid(from, cut - from));
        from = cut;
    }
    text.write(Stream::Output, bytes.mid(from));
    text.finish();
    return text.text();
}

// The book's spinner: `frames` times "\r<char> thinking!", then the answer.
QByteArray spinnerOutput(int frames)
{
    const QByteArray chars = "\\|/-";
    QByteArray bytes = "spinner object: <Thread(Thread-1, initial)>\n";
    for (int i = 0; i < frames; ++i)
        bytes += "\r" + chars.mid(i % 4, 1) + " thinking!";
    bytes += "\r           \r";   // spinner_thread.py erases its line
    bytes += "Answer: 42\n";
    return bytes;
}

} // namespace

class TestConsoleText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void carriageReturn_data();
    void carriageReturn();
    void spinnerIsOneLine();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void everyCutGivesTheSameText();
    void unfinishedCharacterAtTheEnd();
    void streamsKeepTheirOwnLines();
    void notes();
    void bounded();
    void longLineContinues();
    void changesDescribeTheView();
};

void TestConsoleText::carriageReturn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("a\\rb") << QByteArray("a\rb") << u"b"_s;
    QTest::newRow("overwrites char by char, as a terminal") << QByteArray("abc\rx") << u"xbc"_s;
    QTest::newRow("\\r\\n ends the line") << QByteArray("one\r\ntwo\r\n") << u"one\ntwo"_s;
    QTest::newRow("\\n ends a line") << QByteArray("one\ntwo\n") << u"one\ntwo"_s;
    QTest::newRow("empty lines") << QByteArray("\n\nx\n") << u"\n\nx"_s;
    QTest::newRow("\\r at a line's start") << QByteArray("one\n\rtwo") << u"one\ntwo"_s;
    QTest::newRow("backspace") << QByteArray("ab\bc") << u"ac"_s;
    QTest::newRow("colours dropped") << QByteArray("\x1b[31mred\x1b[0m ok") << u"red ok"_s;
    QTest::newRow("bell dropped") << QByteArray("ding\a!") << u"ding!"_s;
    QTest::newRow("tab kept") << QByteArray("a\tb") << u"a\tb"_s;
    QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93") << u"café ✓"_s;
    QTest::newRow("UTF-8 overwritten") << QByteArray("\xe2\x9c\x93 done\r\xe2\x9c\x97") << u"✗ done"_s;
    QTest::newRow("emoji overwritten") << QByteArray("\xf0\x9f\x99\x82 x\r\xf0\x9f\x99\x83") << u"🙃 x"_s;
}

void TestConsoleText::carriageReturn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(render(bytes), shown);
}

void TestConsoleText::spinnerIsOneLine()
{
    // 50 updates of "\r- msg", then the answer: the final lines only, never 50 lines.
    ConsoleText text;
    for (int i = 0; i < 50; ++i)
        text.write(Stream::Output, "\r- msg");
    QCOMPARE(text.lines().size(), 1);
    QCOMPARE(text.text(), u"- msg"_s);
    text.write(Stream::Output, "\nAnswer: 42\n");
    text.finish();
    QCOMPARE(text.lines().size(), 2);
    QCOMPARE(text.text(), u"- msg\nAnswer: 42"_s);

    // The book's spinner, which erases its line with blanks before the answer.
    const QString spun = render(spinnerOutput(50));
    const QStringList lines = spun.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"spinner object: <Thread(Thread-1, initial)>"_s);
    QCOMPARE(lines.at(1).trimmed(), u"Answer: 42"_s);
}

void TestConsoleText::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<qsizetype>>("cuts");
    const QByteArray crlf = "one\r\ntwo\r\n";
    QTest::newRow("between \\r and \\n") << crlf << QList<qsizetype>{4};
    QTest::newRow("before \\r") << crlf << QList<qsizetype>{3};
    const QByteArray utf8 = "caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x99\x82\n";
    QTest::newRow("inside a 2-byte character") << utf8 << QList<qsizetype>{4};
    QTest::newRow("inside a 3-byte character") << utf8 << QList<qsizetype>{7, 8};
    QTest::newRow("inside a 4-byte character") << utf8 << QList<qsizetype>{11, 12, 13};
    QTest::newRow("inside an escape sequence") << QByteArray("\x1b[31mred\x1b[0m") << QList<qsizetype>{1, 3};
    QTest::newRow("one byte at a time") << spinnerOutput(5) << [] {
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < spinnerOutput(5).size(); ++i)
            cuts << i;
        return cuts;
    }();
}

void TestConsoleText::chunkBoundaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<qsizetype>, cuts);
    QCOMPARE(renderCut(bytes, cuts), render(bytes));
}

void TestConsoleText::everyCutGivesTheSameText()
{
    // Every single cut of a text with all of it: \r, \r\n, 2-, 3- and 4-byte characters, stderr-free.
    const QByteArray bytes = "spinner \xe2\x9c\x93\r| caf\xc3\xa9\r/ \xf0\x9f\x99\x82!\r\nAnswer: 42\n";
    const QString whole = render(bytes);
    QCOMPARE(whole, u"/ 🙂!fér ✓\nAnswer: 42"_s);   // each \r overwrites only as far as it writes
    for (qsizetype cut = 1; cut < bytes.size(); ++cut)
        QCOMPARE(renderCut(bytes, {cut}), whole);
}

void TestConsoleText::unfinishedCharacterAtTheEnd()
{
    ConsoleText text;
    text.write(Stream::Output, "ok \xe2\x9c");   // the program died in the middle of a character
    QCOMPARE(text.text(), u"ok "_s);
    text.finish();
    QVERIFY(text.text().startsWith(u"ok "_s));
    QVERIFY(text.text().contains(QChar::ReplacementCharacter));
}

void TestConsoleText::streamsKeepTheirOwnLines()
{
    ConsoleText text;
    text.write(Stream::Output, "\r| thinking!");
    text.write(Stream::Error, "Executing <Task pending> took 3.0 seconds\n");
    text.write(Stream::Output, "\r/ thinking!");   // the spinner line goes on where it was
    text.write(Stream::Output, "\nAnswer: 42\n");
    text.finish();
    const QList<ConsoleText::Line> expected{{u"/ thinking!"_s, Stream::Output},
                                            {u"Executing <Task pending> took 3.0 seconds"_s, Stream::Error},
                                            {u"Answer: 42"_s, Stream::Output}};
    QCOMPARE(text.lines(), expected);
    QCOMPARE(text.linesOf(Stream::Error), QStringList{u"Executing <Task pending> took 3.0 seconds"_s});
}

void TestConsoleText::notes()
{
    ConsoleText text;
    text.addNote(u"$ python3 -B spinner_thread.py"_s);
    text.write(Stream::Output, "Answer: 42\n");
    text.finish();
    text.addNote(u"[spinner_thread.py: exited with code 0]"_s);
    QCOMPARE(text.lines().size(), 3);
    QCOMPARE(text.lines().first().stream, Stream::Note);
    QCOMPARE(text.lines().last().stream, Stream::Note);
    QCOMPARE(text.linesOf(Stream::Output), QStringList{u"Answer: 42"_s});
}

void TestConsoleText::bounded()
{
    ConsoleText text(100);
    QByteArray bytes;
    for (int i = 0; i < 1000; ++i)
        bytes += "line " + QByteArray::number(i) + "\n";
    text.write(Stream::Output, bytes.left(3000));
    text.write(Stream::Output, bytes.mid(3000));
    text.write(Stream::Output, "\r- going");   // an open line after the cap still animates
    text.write(Stream::Output, "\r| going");
    text.finish();
    QCOMPARE(text.lines().size(), 100);
    QCOMPARE(text.droppedLines(), 1001 - 100);
    QCOMPARE(text.lines().first().text, u"line 901"_s);
    QCOMPARE(text.lines().at(98).text, u"line 999"_s);
    QCOMPARE(text.lines().last().text, u"| going"_s);
}

void TestConsoleText::longLineContinues()
{
    ConsoleText text;
    text.write(Stream::Output, QByteArray(ConsoleText::maxLineLength * 2 + 10, 'x'));
    text.finish();
    QCOMPARE(text.lines().size(), 3);
    QCOMPARE(text.lines().at(0).text.size(), ConsoleText::maxLineLength);
    QCOMPARE(text.lines().at(2).text.size(), 10);
}

void TestConsoleText::changesDescribeTheView()
{
    // A view that follows takeChanges() as documented ends with lines(), whatever happened.
    ConsoleText text(50);
    QStringList view;
    const auto apply = [&] {
        const ConsoleText::Changes changes = text.takeChanges();
        view.remove(0, std::min<qsizetype>(changes.dropped, view.size()));
        if (changes.firstChanged >= 0) {
            const qsizetype first = std::min(changes.firstChanged, view.size());
            view.resize(first);
            for (qsizetype i = first; i < text.lines().size(); ++i)
                view << text.lines().at(i).text;
        }
    };
    for (int round = 0; round < 40; ++round) {
        text.write(Stream::Output, "\r" + QByteArray::number(round) + " spin");
        apply();
        text.write(Stream::Error, "warning " + QByteArray::number(round) + "\n");
        if (round % 7 == 0)
            text.write(Stream::Output, "\n" + QByteArray(30, 'a').replace('a', "l\n"));
        apply();
        QCOMPARE(view, text.text().split(u'\n'));
    }
    text.clear();
    apply();
    QVERIFY(view.isEmpty());
    QVERIFY(text.lines().isEmpty());
}

LAB_TEST_MAIN(TestConsoleText)
#include "tst_consoletext.moc"
