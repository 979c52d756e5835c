// SPDX-License-Identifier: MIT
#include "labtest.h"

#include "labclock.h"
#include "spinnerwidget.h"

class TestSpinnerWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheBooksCharacters();
    void paintsAboutSixtyFramesPerSecondWhileSpinning();
    void paintsNothingMoreWhenStopped();
};

void TestSpinnerWidget::showsTheBooksCharacters()
{
    QCOMPARE(SpinnerWidget::characterAt(0), u'\\');
    QCOMPARE(SpinnerWidget::characterAt(100), u'|');
    QCOMPARE(SpinnerWidget::characterAt(250), u'/');
    QCOMPARE(SpinnerWidget::characterAt(399), u'-');
    QCOMPARE(SpinnerWidget::characterAt(400), u'\\');
}

void TestSpinnerWidget::paintsAboutSixtyFramesPerSecondWhileSpinning()
{
    SpinnerWidget spinner;
    spinner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&spinner));
    const qint64 from = LabClock::nowNs();
    spinner.setSpinning(true);
    QTest::qWait(1000);
    const qint64 to = LabClock::nowNs();
    const int painted = spinner.frames().paintedBetween(from, to);
    const int expected = FrameCounter::expectedBetween(from, to);
    // A generous bound: the point is "animated by a timer", not a frame-rate benchmark.
    QVERIFY2(painted >= expected / 2, qPrintable(QStringLiteral("%1 of %2 frames").arg(painted).arg(expected)));
    QVERIFY2(painted <= expected * 2, qPrintable(QStringLiteral("%1 of %2 frames").arg(painted).arg(expected)));
}

void TestSpinnerWidget::paintsNothingMoreWhenStopped()
{
    SpinnerWidget spinner;
    spinner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&spinner));
    spinner.setSpinning(true);
    QTest::qWait(200);
    spinner.setSpinning(false);
    QTest::qWait(100);   // the last update after stopping
    const qint64 from = LabClock::nowNs();
    QTest::qWait(500);
    QCOMPARE(spinner.frames().paintedBetween(from, LabClock::nowNs()), 0);
}

LAB_TEST_MAIN(TestSpinnerWidget)
#include "tst_spinnerwidget.moc"
