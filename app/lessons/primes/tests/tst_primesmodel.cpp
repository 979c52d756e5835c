// SPDX-License-Identifier: MIT
// The lesson's pieces without a window: the check itself, the job texts children send, the saved
// timings (read from a file the user may have edited), and the simulated GIL.
#include "labtest.h"
#include "fuzzcorpus.h"

#include "primenumbers.h"
#include "primesjobs.h"
#include "primestimings.h"
#include "simulatedgil.h"

#include <QThread>

#include <atomic>
#include <latch>

using namespace Qt::Literals::StringLiterals;

namespace {

// The nine primes of each set, as the book's sequential.py prints them (the quick set checked with
// Python's math.isqrt trial division when it was made).
const QList<quint64> bookPrimes{2, 142702110479723, 299593572317531, 3333333333333301, 4444444444444423,
                                5555555555555503, 6666666666666719, 7777777777777753, 9999999999999917};
const QList<quint64> quickPrimes{2, 142702110479, 299593572319, 3333333333301, 4444444444439, 5555555555551,
                                 6666666666629, 7777777777771, 9999999999971};

} // namespace

class TestPrimesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jobsAndResultsFuzzed();
    void findsTheNinePrimes_data();
    void findsTheNinePrimes();
    void smallNumbersAndSquares();
    void stopsWhenAskedTo();
    void jobTextsRoundTrip();
    void jobTextsRejectGarbage_data();
    void jobTextsRejectGarbage();
    void timingsBaselineIsTheLatestSequential();
    void timingsIgnoreDamagedSettings();
    void gilLetsOneThreadComputeAtATime();
    void gilIsNotReleasedWithoutAWaiter();
    void gilCancelWakesEveryWaiter();
};

void TestPrimesModel::findsTheNinePrimes_data()
{
    QTest::addColumn<int>("set");
    QTest::addColumn<QList<quint64>>("primes");
    QTest::newRow("book") << int(PrimeNumbers::NumberSet::Book) << bookPrimes;
    QTest::newRow("quick") << int(PrimeNumbers::NumberSet::Quick) << quickPrimes;
}

void TestPrimesModel::findsTheNinePrimes()
{
    QFETCH(int, set);
    QFETCH(QList<quint64>, primes);
    const QList<quint64> numbers = PrimeNumbers::numbers(PrimeNumbers::NumberSet(set));
    QCOMPARE(numbers.size(), 20);
    QList<quint64> found;
    for (quint64 n : numbers) {
        if (*PrimeNumbers::isPrime(n, [] { return true; }))
            found << n;
    }
    QCOMPARE(found, primes);
    QCOMPARE(found.size(), PrimeNumbers::primesPerSet);
}

void TestPrimesModel::smallNumbersAndSquares()
{
    const auto prime = [](quint64 n) { return *PrimeNumbers::isPrime(n, [] { return true; }); };
    QVERIFY(!prime(0));
    QVERIFY(!prime(1));
    QVERIFY(prime(2));
    QVERIFY(prime(3));
    QVERIFY(!prime(4));
    QVERIFY(!prime(9));      // 3 * 3: the root itself must be tried
    QVERIFY(!prime(25));
    QVERIFY(prime(97));
    QVERIFY(!prime(3333335652092209));   // a square of a prime, from the book's list
    QVERIFY(!prime(4294967297));         // 641 * 6700417
    QVERIFY(prime(4294967291));          // the largest prime below 2^32
}

void TestPrimesModel::stopsWhenAskedTo()
{
    int checks = 0;
    const std::optional<bool> result = PrimeNumbers::isPrime(9999999999999917, [&checks] { return ++checks < 3; });
    QCOMPARE(result, std::nullopt);
    QCOMPARE(checks, 3);   // asked every divisionsPerCheck divisions, and stopped at the first "no"
}

void TestPrimesModel::jobTextsRoundTrip()
{
    const QByteArray job = PrimesJobs::jobText({19, 9999999999999999});
    QCOMPARE(job, QByteArray("19 9999999999999999"));
    const auto parsedJob = PrimesJobs::parseJob(job);
    QVERIFY(parsedJob);
    QCOMPARE(parsedJob->index, 19);
    QCOMPARE(parsedJob->number, quint64(9999999999999999));
    const QByteArray result = PrimesJobs::resultText({3, 3333333333333301, true, 123456789});
    const auto parsed = PrimesJobs::parseResult(result);
    QVERIFY(parsed);
    QCOMPARE(parsed->index, 3);
    QCOMPARE(parsed->number, quint64(3333333333333301));
    QVERIFY(parsed->prime);
    QCOMPARE(parsed->nanoseconds, 123456789);
}

void TestPrimesModel::jobTextsRejectGarbage_data()
{
    QTest::addColumn<QByteArray>("result");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("three fields") << QByteArray("1 2 1");
    QTest::newRow("five fields") << QByteArray("1 2 1 5 6");
    QTest::newRow("prime not 0 or 1") << QByteArray("1 2 2 5");
    QTest::newRow("negative") << QByteArray("-1 2 1 5");
    QTest::newRow("leading zero") << QByteArray("01 2 1 5");
    QTest::newRow("double space") << QByteArray("1  2 1 5");
    QTest::newRow("overflow") << QByteArray("1 99999999999999999999 1 5");
    QTest::newRow("huge index") << QByteArray("99999999 2 1 5");
    QTest::newRow("letters") << QByteArray("1 2x 1 5");
}

void TestPrimesModel::jobTextsRejectGarbage()
{
    QFETCH(QByteArray, result);
    QCOMPARE(PrimesJobs::parseResult(result), std::nullopt);
    QCOMPARE(PrimesJobs::parseJob(result), std::nullopt);
}

void TestPrimesModel::timingsBaselineIsTheLatestSequential()
{
    PrimesTimings timings;
    const QDateTime now = QDateTime::currentDateTime();
    const auto book = PrimeNumbers::NumberSet::Book;
    timings.record(u"primes-gui"_s, book, {0.9, 1, false, now.addSecs(-10)});
    timings.record(u"primes-thread"_s, book, {0.8, 1, false, now});
    timings.record(u"primes-concurrent"_s, book, {0.4, 2, false, now});
    QCOMPARE(timings.baseline({u"primes-gui"_s, u"primes-thread"_s}, book), 0.8);
    QCOMPARE(timings.baseline({u"primes-gui"_s, u"primes-thread"_s}, PrimeNumbers::NumberSet::Quick), std::nullopt);

    PrimesTimings restored;
    restored.restore(timings.toVariant());
    QCOMPARE(restored.last(u"primes-concurrent"_s, book)->workers, 2);
    QCOMPARE(restored.last(u"primes-concurrent"_s, book)->seconds, 0.4);
}

void TestPrimesModel::timingsIgnoreDamagedSettings()
{
    const QString when = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QVariantMap good{{u"seconds"_s, 0.5}, {u"workers"_s, 2}, {u"oneCore"_s, false}, {u"when"_s, when}};
    QVariantMap negative = good;
    negative.insert(u"seconds"_s, -1);
    QVariantMap notANumber = good;
    notANumber.insert(u"seconds"_s, u"fast"_s);
    QVariantMap manyWorkers = good;
    manyWorkers.insert(u"workers"_s, 100000);
    PrimesTimings timings;
    timings.restore({{u"primes-thread/book"_s, good},
                     {u"primes-thread/quick"_s, negative},
                     {u"primes-gil/book"_s, notANumber},
                     {u"primes-concurrent/book"_s, manyWorkers},
                     {u"primes-thread/nonsense"_s, good},
                     {u"../etc/book"_s, good},
                     {u"primes-thread/book/extra"_s, good}});
    QCOMPARE(timings.toVariant().keys(), QStringList{u"primes-thread/book"_s});
}

// At most one thread inside the lock at any time, counted from outside it; and the threads do take
// turns (forced switches), as CPython's do.
void TestPrimesModel::gilLetsOneThreadComputeAtATime()
{
    SimulatedGil gil(std::chrono::milliseconds(1));
    std::atomic_int inside{0};
    std::atomic_int mostInside{0};
    std::atomic_int turns{0};
    // All four ask for the lock together, so they overlap however late a loaded machine starts them.
    std::latch together(4);
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            together.arrive_and_wait();
            if (!gil.acquire())
                return;
            for (int block = 0; block < 1000; ++block) {
                const int now = ++inside;
                int most = mostInside.load();
                while (now > most && !mostInside.compare_exchange_weak(most, now)) {}
                volatile quint64 sink = 0;
                for (int i = 0; i < 20000; ++i)   // a block of work between two checks
                    sink = sink + quint64(i);
                --inside;
                if (!gil.checkpoint())
                    return;
            }
            ++turns;
            gil.release();
        });
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(turns.load(), 4);
    QCOMPARE(mostInside.load(), 1);
    QVERIFY2(gil.forcedSwitches() > 0, "waiting threads never got a turn: the switch interval is not enforced");
}

void TestPrimesModel::gilIsNotReleasedWithoutAWaiter()
{
    SimulatedGil gil(std::chrono::microseconds(100));
    QVERIFY(gil.acquire());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(gil.checkpoint());
    QCOMPARE(gil.forcedSwitches(), quint64(0));
    gil.release();
}

void TestPrimesModel::gilCancelWakesEveryWaiter()
{
    SimulatedGil gil;
    QVERIFY(gil.acquire());   // held here, never released: the others wait
    std::atomic_int refused{0};
    QList<QThread *> waiters;
    for (int t = 0; t < 3; ++t) {
        waiters << QThread::create([&] {
            if (!gil.acquire())
                ++refused;
        });
        waiters.last()->start();
    }
    QTest::qWait(20);
    gil.cancel();
    for (QThread *thread : std::as_const(waiters)) {
        QVERIFY(thread->wait(10000));
        delete thread;
    }
    QCOMPARE(refused.load(), 3);
    QVERIFY(!gil.checkpoint() || !gil.dropRequested());
}

// A child's result and a parent's job, fuzzed (FuzzCorpus): parsed or refused, never a crash, and
// what is parsed is what the other side could have written.
void TestPrimesModel::jobsAndResultsFuzzed()
{
    const QByteArrayList valid{PrimesJobs::jobText({3, 9999999967}), PrimesJobs::resultText({3, 9999999967, true, 812345}),
                               PrimesJobs::resultText({19, 1099511627791, false, 1})};
    LabTest::FuzzCorpus corpus(valid, 100'000);
    qint64 parsed = 0;
    for (qint64 i = 0; i < corpus.inputs(); ++i) {
        const QByteArray text = corpus.next();
        if (const auto job = PrimesJobs::parseJob(text)) {
            ++parsed;
            const auto again = PrimesJobs::parseJob(PrimesJobs::jobText(*job));
            QVERIFY2(again && again->index == job->index && again->number == job->number, qPrintable(corpus.describe(i, text)));
        }
        if (const auto result = PrimesJobs::parseResult(text)) {
            ++parsed;
            const auto again = PrimesJobs::parseResult(PrimesJobs::resultText(*result));
            QVERIFY2(again && again->index == result->index && again->number == result->number
                         && again->prime == result->prime && again->nanoseconds == result->nanoseconds,
                     qPrintable(corpus.describe(i, text)));
        }
    }
    QVERIFY(parsed > 0);
}

LAB_TEST_MAIN(TestPrimesModel)
#include "tst_primesmodel.moc"
