// SPDX-License-Identifier: MIT
// The click probe tells how late a click made during a freeze was handled, from the window system's
// timestamp (a monotonic clock in ms, the one QElapsedTimer reads).
#include "labtest.h"

#include "clicklatencyprobe.h"
#include "labclock.h"

#include <QElapsedTimer>
#include <QMouseEvent>
#include <QThread>
#include <QWidget>
#include <QWindow>

#include <memory>

namespace {

constexpr qint64 msNs = 1'000'000;

// Delivers a press as the window system would: to the window, stamped `timestampMs`.
void pressAt(QWidget *widget, quint64 timestampMs)
{
    const QPointF at(10, 10);
    QMouseEvent press(QEvent::MouseButtonPress, at, at, widget->mapToGlobal(at), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    press.setTimestamp(timestampMs);
    QCoreApplication::sendEvent(widget->windowHandle(), &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, at, widget->mapToGlobal(at), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    release.setTimestamp(timestampMs);
    QCoreApplication::sendEvent(widget->windowHandle(), &release);
}

std::unique_ptr<QWidget> shownWindow()
{
    auto window = std::make_unique<QWidget>();
    window->resize(100, 100);
    window->show();
    return QTest::qWaitForWindowExposed(window.get()) ? std::move(window) : nullptr;
}

quint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return quint64(clock.msecsSinceReference());
}

} // namespace

class TestClickLatencyProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clickDuringAFreezeIsHandledLate();
    void implausibleStampsCountAsHandledAtOnce();
};

void TestClickLatencyProbe::clickDuringAFreezeIsHandledLate()
{
    const auto window = shownWindow();
    QVERIFY(window);
    ClickLatencyProbe probe;

    // A freeze of 400 ms; the user clicks 100 ms into it; the click is handled when it is over.
    const qint64 fromNs = LabClock::nowNs();
    const quint64 pressedMs = monotonicMs() + 100;
    QThread::msleep(400);
    const qint64 toNs = LabClock::nowNs();
    pressAt(window.get(), pressedMs);

    const auto click = probe.clickDuring(fromNs, toNs);
    QVERIFY(click);
    const qint64 intoFreezeMs = (click->pressedAtNs - fromNs) / msNs;
    const qint64 lateMs = (click->handledAtNs - click->pressedAtNs) / msNs;
    QVERIFY2(intoFreezeMs >= 90 && intoFreezeMs <= 150, qPrintable(QString::number(intoFreezeMs)));
    QVERIFY2(lateMs >= 250 && lateMs <= 1000, qPrintable(QString::number(lateMs)));
}

void TestClickLatencyProbe::implausibleStampsCountAsHandledAtOnce()
{
    const auto window = shownWindow();
    QVERIFY(window);
    ClickLatencyProbe probe;
    const qint64 fromNs = LabClock::nowNs();
    QThread::msleep(50);
    const qint64 toNs = LabClock::nowNs();
    pressAt(window.get(), 42);   // another clock altogether (synthetic events)
    QVERIFY(!probe.clickDuring(fromNs, toNs));
}

LAB_TEST_MAIN(TestClickLatencyProbe)
#include "tst_clicklatencyprobe.moc"
