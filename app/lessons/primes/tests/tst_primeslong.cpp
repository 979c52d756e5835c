// SPDX-License-Identifier: MIT
// CPython on the book's numbers: the same nine primes in every CPython mode. Tens of seconds each, so
// it carries the "long" label (ctest --preset long), which the everyday test command skips.
#include "labtest.h"

#include "pythonprimesrunner.h"
#include "pythonscriptprocess.h"

#include <QSet>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

class TestPrimesLong : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pythonFindsTheBooksNinePrimes_data();
    void pythonFindsTheBooksNinePrimes();
};

void TestPrimesLong::pythonFindsTheBooksNinePrimes_data()
{
    QTest::addColumn<int>("script");
    QTest::addColumn<QString>("demo");
    QTest::newRow("sequential") << int(PythonPrimesRunner::Script::Sequential) << u"primes-python-sequential"_s;
    QTest::newRow("threads") << int(PythonPrimesRunner::Script::Threads) << u"primes-python-threads"_s;
    QTest::newRow("processes") << int(PythonPrimesRunner::Script::Processes) << u"primes-python-processes"_s;
}

void TestPrimesLong::pythonFindsTheBooksNinePrimes()
{
    QFETCH(int, script);
    QFETCH(QString, demo);
    if (PythonScriptProcess::interpreter().isEmpty())
        QSKIP("python3 is not on PATH: the CPython modes cannot run here");
    PythonPrimesRunner runner(demo, PythonPrimesRunner::Script(script), {PrimeNumbers::NumberSet::Book, 2, false});
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 240000);
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    QSet<quint64> primes;
    for (const PrimeCheck &check : runner.result()->checks) {
        if (check.prime)
            primes.insert(check.number);
    }
    QSet<quint64> expected;
    for (quint64 n : PrimeNumbers::numbers(PrimeNumbers::NumberSet::Book)) {
        if (*PrimeNumbers::isPrime(n, [] { return true; }))
            expected.insert(n);
    }
    QCOMPARE(runner.result()->checks.size(), 20);
    QCOMPARE(primes, expected);
    qInfo("%s on the book's numbers: %.2f s", qPrintable(demo), runner.result()->seconds());
}

LAB_TEST_MAIN(TestPrimesLong)
#include "tst_primeslong.moc"
