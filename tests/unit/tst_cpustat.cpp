// SPDX-License-Identifier: MIT
#include "labtest.h"
#include "cpustat.h"
#include "cpuusagesampler.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QList<CoreTimes>)

namespace {
using Cores = QList<CoreTimes>;

// A /proc/stat of a 2-core machine as a 6.1 kernel writes it (10 fields), the lines after the
// cores included.
constexpr char twoCores[] =
    "cpu  1339369 0 194337 574227 2397 0 390 2115 0 0\n"
    "cpu0 659184 0 94219 301330 421 0 50 1080 0 0\n"
    "cpu1 680185 0 100117 272896 1976 0 340 1035 0 0\n"
    "intr 5230858 0 0 0 0 0 0 0\n"
    "ctxt 6067638\n"
    "btime 1733112000\n"
    "processes 41234\n"
    "procs_running 3\n"
    "procs_blocked 0\n"
    "softirq 2415437 0 412352 2 309 37431 0 1282 1051433 0 912628\n";

CoreTimes times(quint64 busy, quint64 total)
{
    return CoreTimes{busy, total};
}

// A source that returns the texts of `readings` one after the other, then nullopt.
CpuUsageSampler::Source scripted(QList<std::optional<Cores>> readings)
{
    auto queue = std::make_shared<QList<std::optional<Cores>>>(std::move(readings));
    return [queue]() -> std::optional<Cores> {
        if (queue->isEmpty())
            return std::nullopt;
        return queue->takeFirst();
    };
}
} // namespace

class TestCpuStat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void busyFractions_data();
    void busyFractions();
    void samplerEmitsFractions();
    void samplerSkipsFailedAndResizedReadings();
    void samplerReportsAvailability();
    void samplerStartsAndStops();
    void readSystemOnThisMachine();
};

void TestCpuStat::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::optional<Cores>>("expected");

    // user nice system idle iowait irq softirq steal: total = all eight, busy = total - idle - iowait.
    QTest::newRow("two cores, ten fields") << QByteArray(twoCores)
        << std::optional<Cores>(Cores{times(659184 + 94219 + 50 + 1080, 659184 + 94219 + 301330 + 421 + 50 + 1080),
                                      times(680185 + 100117 + 340 + 1035, 680185 + 100117 + 272896 + 1976 + 340 + 1035)});
    QTest::newRow("four fields (Linux 2.4)") << "cpu 10 20 30 40\ncpu0 1 2 3 4\ncpu1 10 0 0 90\n"_ba
        << std::optional<Cores>(Cores{times(6, 10), times(10, 100)});
    QTest::newRow("seven fields") << "cpu0 1 2 3 4 5 6 7\n"_ba << std::optional<Cores>(Cores{times(1 + 2 + 3 + 6 + 7, 28)});
    QTest::newRow("eight fields (steal)") << "cpu0 1 2 3 4 5 6 7 8\n"_ba
        << std::optional<Cores>(Cores{times(1 + 2 + 3 + 6 + 7 + 8, 36)});
    // guest (500) and guest_nice (300) are already in user and nice: not counted twice.
    QTest::newRow("guest fields") << "cpu0 1000 400 100 2000 0 0 0 0 500 300\n"_ba
        << std::optional<Cores>(Cores{times(1500, 3500)});
    QTest::newRow("fields past the tenth ignored") << "cpu0 1 1 1 1 1 1 1 1 1 1 99 99\n"_ba
        << std::optional<Cores>(Cores{times(6, 8)});
    QTest::newRow("offline core: gaps keep their order") << "cpu 0 0 0 0\ncpu0 1 0 0 1\ncpu2 2 0 0 2\ncpu3 3 0 0 3\n"_ba
        << std::optional<Cores>(Cores{times(1, 2), times(2, 4), times(3, 6)});
    QTest::newRow("order as written") << "cpu3 3 0 0 3\ncpu1 1 0 0 1\n"_ba
        << std::optional<Cores>(Cores{times(3, 6), times(1, 2)});
    QTest::newRow("tabs, CRLF, no final newline") << "cpu0\t5 0 0 5\r\ncpu1  6 0 0 4"_ba
        << std::optional<Cores>(Cores{times(5, 10), times(6, 10)});
    QTest::newRow("no trailing cpu lines needed") << "cpu0 1 0 0 1\n\n\nintr 1 2 3\n"_ba
        << std::optional<Cores>(Cores{times(1, 2)});
    QTest::newRow("largest counter") << "cpu0 18446744073709551615 0 0 0\n"_ba
        << std::optional<Cores>(Cores{times(18446744073709551615ULL, 18446744073709551615ULL)});

    QTest::newRow("empty") << QByteArray() << std::optional<Cores>();
    QTest::newRow("aggregate only") << "cpu 1 2 3 4 5 6 7 8 0 0\nintr 5\n"_ba << std::optional<Cores>();
    QTest::newRow("garbage") << "\x7f" "ELF\x02\x01\x01 garbage \xff\xfe\n"_ba << std::optional<Cores>();
    QTest::newRow("not a core word") << "cpufreq 1 2 3 4\ncpux 1 2 3 4\n"_ba << std::optional<Cores>();
    QTest::newRow("three fields") << "cpu0 1 2 3\n"_ba << std::optional<Cores>();
    QTest::newRow("no fields") << "cpu0\n"_ba << std::optional<Cores>();
    QTest::newRow("negative") << "cpu0 1 -2 3 4\n"_ba << std::optional<Cores>();
    QTest::newRow("plus sign") << "cpu0 1 +2 3 4\n"_ba << std::optional<Cores>();
    QTest::newRow("not a number") << "cpu0 1 2 x 4\n"_ba << std::optional<Cores>();
    QTest::newRow("hex") << "cpu0 1 2 0x3 4\n"_ba << std::optional<Cores>();
    QTest::newRow("one bad core spoils the text") << "cpu0 1 2 3 4\ncpu1 1 2 3\n"_ba << std::optional<Cores>();
    QTest::newRow("counter too large") << "cpu0 18446744073709551616 0 0 0\n"_ba << std::optional<Cores>();
    QTest::newRow("sum overflows") << "cpu0 18446744073709551615 1 0 0\n"_ba << std::optional<Cores>();
    QTest::newRow("core twice") << "cpu0 1 2 3 4\ncpu0 1 2 3 4\n"_ba << std::optional<Cores>();
}

void TestCpuStat::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(std::optional<Cores>, expected);
    const std::optional<Cores> parsed = CpuStat::parse(text);
    QCOMPARE(parsed.has_value(), expected.has_value());
    if (!expected)
        return;
    QCOMPARE(parsed->size(), expected->size());
    for (qsizetype i = 0; i < expected->size(); ++i) {
        QCOMPARE(parsed->at(i).busy, expected->at(i).busy);
        QCOMPARE(parsed->at(i).total, expected->at(i).total);
    }
}

void TestCpuStat::busyFractions_data()
{
    QTest::addColumn<Cores>("before");
    QTest::addColumn<Cores>("after");
    QTest::addColumn<QList<double>>("expected");

    QTest::newRow("idle") << Cores{times(100, 1000)} << Cores{times(100, 1100)} << QList<double>{0.0};
    QTest::newRow("busy") << Cores{times(100, 1000)} << Cores{times(200, 1100)} << QList<double>{1.0};
    QTest::newRow("one busy, one idle, one half") << Cores{times(0, 0), times(0, 0), times(50, 100)}
        << Cores{times(25, 25), times(0, 25), times(75, 150)} << QList<double>{1.0, 0.0, 0.5};
    QTest::newRow("did not advance") << Cores{times(5, 10)} << Cores{times(5, 10)} << QList<double>{0.0};
    QTest::newRow("total went backwards") << Cores{times(50, 100)} << Cores{times(10, 20)} << QList<double>{0.0};
    QTest::newRow("busy went backwards") << Cores{times(50, 100)} << Cores{times(40, 200)} << QList<double>{0.0};
    QTest::newRow("idle went backwards: clamped") << Cores{times(50, 100)} << Cores{times(80, 110)}
        << QList<double>{1.0};
    QTest::newRow("a core went offline") << Cores{times(0, 0), times(0, 0)} << Cores{times(5, 10)} << QList<double>{};
    QTest::newRow("a core came online") << Cores{times(0, 0)} << Cores{times(5, 10), times(0, 10)} << QList<double>{};
    QTest::newRow("no cores") << Cores{} << Cores{} << QList<double>{};
}

void TestCpuStat::busyFractions()
{
    QFETCH(Cores, before);
    QFETCH(Cores, after);
    QFETCH(QList<double>, expected);
    QCOMPARE(CpuStat::busyFractions(before, after), expected);
}

void TestCpuStat::samplerEmitsFractions()
{
    CpuUsageSampler sampler;
    sampler.setSource(scripted({
        Cores{times(0, 1000), times(0, 1000)},   // the probe of setSource()
        Cores{times(0, 1000), times(0, 1000)},   // the reference of start()
        Cores{times(98, 1100), times(3, 1100)},  // core 0 busy, core 1 idle
        Cores{times(148, 1200), times(78, 1200)},
    }));
    QVERIFY(sampler.isAvailable());
    QCOMPARE(sampler.coreCount(), 2);
    QSignalSpy spy(&sampler, &CpuUsageSampler::sampled);
    sampler.start();
    QVERIFY(sampler.isRunning());
    QCOMPARE(spy.size(), 0);  // the first reading is the reference
    sampler.sampleNow();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<QList<double>>(), (QList<double>{0.98, 0.03}));
    sampler.sampleNow();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<QList<double>>(), (QList<double>{0.5, 0.75}));
    QCOMPARE(sampler.lastSample(), (QList<double>{0.5, 0.75}));
    sampler.stop();
    QVERIFY(!sampler.isRunning());
    QVERIFY(sampler.lastSample().isEmpty());
}

void TestCpuStat::samplerSkipsFailedAndResizedReadings()
{
    CpuUsageSampler sampler;
    sampler.setSource(scripted({
        Cores{times(0, 100)},                  // probe
        Cores{times(0, 100)},                  // reference
        std::nullopt,                          // unreadable: nothing, and no reference
        Cores{times(10, 200)},                 // the new reference
        Cores{times(60, 300)},                 // 0.5
        Cores{times(60, 300), times(0, 300)},  // a core came online: the new reference
        Cores{times(160, 400), times(25, 400)},
    }));
    QSignalSpy spy(&sampler, &CpuUsageSampler::sampled);
    QSignalSpy availability(&sampler, &CpuUsageSampler::availableChanged);
    sampler.start();
    for (int i = 0; i < 5; ++i)
        sampler.sampleNow();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).value<QList<double>>(), QList<double>{0.5});
    QCOMPARE(spy.at(1).at(0).value<QList<double>>(), (QList<double>{1.0, 0.25}));
    QCOMPARE(availability.size(), 2);  // lost, then back
    QCOMPARE(availability.at(0).at(0).toBool(), false);
    QCOMPARE(availability.at(1).at(0).toBool(), true);
    QCOMPARE(sampler.coreCount(), 2);
    sampler.stop();
}

void TestCpuStat::samplerReportsAvailability()
{
    CpuUsageSampler sampler;
    QSignalSpy availability(&sampler, &CpuUsageSampler::availableChanged);
    sampler.setSource([] { return CpuStat::parse("no cores here\n"); });
    QVERIFY(!sampler.isAvailable());
    sampler.setSource([] { return CpuStat::parse("cpu0 1 2 3 4\n"); });
    QVERIFY(sampler.isAvailable());
    QCOMPARE(sampler.coreCount(), 1);
    sampler.setSource([] { return std::optional<Cores>(Cores{}); });  // an empty list is no reading
    QVERIFY(!sampler.isAvailable());
    // The emissions: unless the system source was unavailable to begin with, three changes.
    QVERIFY(availability.size() >= 2);
    QCOMPARE(availability.last().at(0).toBool(), false);
}

void TestCpuStat::samplerStartsAndStops()
{
    CpuUsageSampler sampler;
    QCOMPARE(sampler.interval(), CpuUsageSampler::defaultInterval);
    sampler.setInterval(std::chrono::milliseconds(20));
    QCOMPARE(sampler.interval(), std::chrono::milliseconds(20));
    quint64 ticks = 0;
    sampler.setSource([&ticks] { ++ticks; return std::optional<Cores>(Cores{times(ticks, ticks * 2)}); });
    QSignalSpy spy(&sampler, &CpuUsageSampler::sampled);
    sampler.start();
    sampler.start();  // a second start() changes nothing
    QVERIFY(sampler.isRunning());
    // The timer drives it: no statement about how fast, only that samples come.
    QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 10'000);
    QCOMPARE(spy.last().at(0).value<QList<double>>(), QList<double>{0.5});
    sampler.stop();
    QVERIFY(!sampler.isRunning());
    const qsizetype after = spy.size();
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), after);
}

void TestCpuStat::readSystemOnThisMachine()
{
#if defined(Q_OS_LINUX)
    const std::optional<Cores> cores = CpuStat::readSystem();
    QVERIFY(cores.has_value());
    QVERIFY(cores->size() >= 1);
    // idealThreadCount() is the cores this process may use (affinity): at most the online ones.
    QVERIFY2(cores->size() >= QThread::idealThreadCount(),
             qPrintable(u"%1 cores in /proc/stat, idealThreadCount %2"_s.arg(cores->size()).arg(QThread::idealThreadCount())));
    for (const CoreTimes &core : *cores) {
        QVERIFY(core.total > 0);
        QVERIFY(core.busy <= core.total);
    }
    CpuUsageSampler sampler;
    QVERIFY(sampler.isAvailable());
    QCOMPARE(sampler.coreCount(), int(cores->size()));
#else
    QVERIFY(!CpuStat::readSystem().has_value());
#endif
}

LAB_TEST_MAIN(TestCpuStat)
#include "tst_cpustat.moc"
