// SPDX-License-Identifier: MIT
// What a screen reader hears while a demo runs: each state change of a demo panel (running, done, the
// answer, who ran it) reaches the accessibility layer as an event, with the new text as the accessible
// name. The platform's accessibility is switched on as Qt's own tests do (a screen reader would
// switch it on through AT-SPI); the events are caught with QAccessible::installUpdateHandler.
#include "labtest.h"
#include "labtestdemos.h"

#include "demopanel.h"
#include "demorunner.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

// Private Qt headers (qt6-base-private-dev): the one way to make QAccessible::isActive() true
// without a screen reader, which QAccessible::setActive() does not do in Qt 6.4.
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Heard {
    QPointer<QObject> object;
    QAccessible::Event type;
    QString name;
};

QList<Heard> &heard()
{
    static QList<Heard> events;
    return events;
}

void recordEvent(QAccessibleEvent *event)
{
    QString name;
    if (QAccessibleInterface *target = event->accessibleInterface())
        name = target->text(QAccessible::Name);
    heard().append({event->object(), event->type(), name});
}

// The names announced for `object` after it changed (NameChanged), in order.
QStringList namesAnnouncedFor(const QObject *object)
{
    QStringList names;
    for (const Heard &event : std::as_const(heard()))
        if (event.object == object && event.type == QAccessible::NameChanged)
            names << event.name;
    return names;
}

} // namespace

class TestAccessibleEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void demoStateChangesAreAnnounced_data();
    void demoStateChangesAreAnnounced();
};

void TestAccessibleEvents::initTestCase()
{
    QAccessible::installUpdateHandler(recordEvent);
    QPlatformAccessibility *accessibility = QGuiApplicationPrivate::platformIntegration()->accessibility();
    QVERIFY(accessibility);
    accessibility->setActive(true);
    QVERIFY(QAccessible::isActive());
}

void TestAccessibleEvents::cleanupTestCase()
{
    QGuiApplicationPrivate::platformIntegration()->accessibility()->setActive(false);
    QAccessible::installUpdateHandler(nullptr);
}

void TestAccessibleEvents::init()
{
    QSettings().clear();
    heard().clear();
}

void TestAccessibleEvents::demoStateChangesAreAnnounced_data()
{
    LabTest::addDemoRows(LabTest::spinnerDemoIds());
}

void TestAccessibleEvents::demoStateChangesAreAnnounced()
{
    QFETCH(DemoId, demo);
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(300ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DemoPanel *panel = window.panel(demo);
    QVERIFY(panel);
    auto *state = panel->findChild<QLabel *>(u"stateLabel"_s);
    auto *answer = panel->findChild<QLabel *>(u"answerLabel"_s);
    auto *executor = panel->findChild<QLabel *>(u"executorLabel"_s);
    QVERIFY(state && answer && executor);
    heard().clear();

    QTest::mouseClick(panel->findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.runner(demo)->state(), DemoRunner::State::Done, 15000);
    QTRY_VERIFY(namesAnnouncedFor(answer).contains(u"Answer: 42"_s));

    // The state line is heard going to running, then to done, in that order.
    const QStringList states = namesAnnouncedFor(state);
    const auto running = std::find_if(states.cbegin(), states.cend(), [](const QString &s) { return s.contains(u"running"_s); });
    QVERIFY2(running != states.cend(), qPrintable(states.join(u" | "_s)));
    QVERIFY2(std::find_if(running, states.cend(), [](const QString &s) { return s.contains(u"done"_s); }) != states.cend(),
             qPrintable(states.join(u" | "_s)));
    // Who ran it is heard too, not only seen.
    const QStringList executors = namesAnnouncedFor(executor);
    QVERIFY2(!executors.isEmpty() && executors.last().startsWith(u"Run by: "_s), qPrintable(executors.join(u" | "_s)));
}

LAB_TEST_MAIN(TestAccessibleEvents)
#include "tst_accessibleevents.moc"
