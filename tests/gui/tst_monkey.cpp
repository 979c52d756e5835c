// SPDX-License-Identifier: MIT
// A monkey at the real main window: random clicks on whatever is visible and enabled, key presses,
// menu actions, lesson switches, zoom, step mode, dock moves, window resizes and window closes and
// reopens, seeded. Afterwards: no crash, no Qt warning (the test main fails on any), no child process
// left, and every demo of every lesson still reaches its result.
//
// The monkey acts from a timer, as a user's input arrives: inside the nested event loops the app
// runs (QCoro::waitFor in lesson 4, a dialog) it goes on acting, as a user can; only there it never
// closes the window, which a user's click cannot destroy under a running loop either.
//
// LAB_MONKEY_SEED=<n> replays a run (the seed is printed first and named in every failure);
// LAB_MONKEY_SECONDS=<s> sets how long the monkey plays: 45 s in the everyday suite, 600 s in the
// "monkeysoak" test of the long preset.
#include "labtest.h"
#include "labtestdemos.h"

#include "childreaper.h"
#include "demorunner.h"
#include "labdocks.h"
#include "mainwindow.h"
#include "steppanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QSettings>
#include <QTabBar>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// Small runs, so that checking every demo afterwards takes seconds per demo, not minutes.
const QMap<QString, QString> smallRuns{{u"numbers"_s, u"quick"_s}, {u"count"_s, u"200"_s},   {u"units"_s, u"2"_s},
                                       {u"increments"_s, u"2000"_s}, {u"items"_s, u"20"_s}, {u"work-ms"_s, u"1"_s}};

// The children of this process, from /proc (every thread's list: a child belongs to the thread that
// started it).
QStringList childPids()
{
    QStringList pids;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile children(tasks.filePath(task + u"/children"_s));
        if (children.open(QIODevice::ReadOnly))
            pids += QString::fromLatin1(children.readAll()).split(u' ', Qt::SkipEmptyParts);
    }
    return pids;
}

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void monkeyLeavesAWorkingWindow();

private:
    void openWindow();
    void play();   // one turn of the monkey's timer
    void act();
    void clickSomething();
    void pressSomething();
    void triggerSomeAction();
    void moveSomeDock();
    void dismissDialogs();
    QString where() const { return u"seed %1, action %2: %3"_s.arg(m_seed).arg(m_actions).arg(m_lastAction); }

    template<typename T>
    QList<T *> visibleEnabled() const
    {
        QList<T *> found;
        for (T *widget : m_window->findChildren<T *>())
            if (widget->isVisible() && widget->isEnabled())
                found << widget;
        return found;
    }

    quint32 m_seed = 0;
    QRandomGenerator m_random;
    std::unique_ptr<MainWindow> m_window;
    QTimer m_dialogCloser;
    QTimer m_player;
    QElapsedTimer m_played;
    qint64 m_playMs = 0;
    bool m_playing = false;
    int m_depth = 0;   // turns of the monkey on the stack
    int m_actions = 0;
    QString m_lastAction;
};

void TestMonkey::initTestCase()
{
    QSettings().clear();
    bool given = false;
    m_seed = qEnvironmentVariableIntValue("LAB_MONKEY_SEED", &given);
    if (!given)
        m_seed = QRandomGenerator::global()->generate();
    m_random.seed(m_seed);
    std::fprintf(stderr, "monkey: seed %u (LAB_MONKEY_SEED=%u replays this run)\n", m_seed, m_seed);

    // Dialogs (file choosers, About, message boxes) run their own event loop: this timer, firing
    // inside it, dismisses them, so that the monkey never waits for a user.
    m_dialogCloser.setInterval(40);
    connect(&m_dialogCloser, &QTimer::timeout, this, &TestMonkey::dismissDialogs);
    m_dialogCloser.start();
}

void TestMonkey::dismissDialogs()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    if (QWidget *modal = QApplication::activeModalWidget()) {
        if (qEnvironmentVariableIsSet("LAB_MONKEY_VERBOSE"))
            std::fprintf(stderr, "monkey: dismissing %s \"%s\"\n", modal->metaObject()->className(), qPrintable(modal->windowTitle()));
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();   // never accept: the monkey writes no file
        else
            modal->close();
    }
    // Other windows (the shortcut list, a table opened large) live a little while, then close.
    for (QWidget *topLevel : QApplication::topLevelWidgets()) {
        if (topLevel->isVisible() && topLevel != m_window.get() && !qobject_cast<QDockWidget *>(topLevel)
            && !qobject_cast<QMenu *>(topLevel) && m_random.bounded(4) == 0)
            topLevel->close();
    }
}

void TestMonkey::openWindow()
{
    // No turn of the monkey while the new window comes up: it could close this very window.
    const bool playing = m_player.isActive();
    m_player.stop();
    m_window = std::make_unique<MainWindow>(LabTest::registry(), smallRuns);
    m_window->setSlowTaskDuration(300ms);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY2(QTest::qWaitForWindowExposed(m_window.get()), qPrintable(where()));
    if (playing)
        m_player.start(0);
}

void TestMonkey::clickSomething()
{
    const QList<QWidget *> candidates = visibleEnabled<QWidget>();
    QList<QWidget *> targets;
    for (QWidget *widget : candidates) {
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QTabBar *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractSlider *>(widget)
            || qobject_cast<QLineEdit *>(widget) || (widget->parentWidget() && qobject_cast<QAbstractItemView *>(widget->parentWidget())))
            targets << widget;
    }
    if (targets.isEmpty())
        return;
    QWidget *target = targets.at(m_random.bounded(int(targets.size())));
    m_lastAction = u"click %1 (%2)"_s.arg(target->objectName(), QString::fromLatin1(target->metaObject()->className()));
    const QPoint at(m_random.bounded(qMax(1, target->width())), m_random.bounded(qMax(1, target->height())));
    QTest::mouseClick(target, Qt::LeftButton, {}, at);
    if (!target->isVisible())
        return;
    if (qobject_cast<QAbstractSpinBox *>(target) || qobject_cast<QAbstractSlider *>(target)) {
        static const QList<Qt::Key> keys{Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
        QTest::keyClick(target, keys.at(m_random.bounded(int(keys.size()))));
    } else if (auto *edit = qobject_cast<QLineEdit *>(target)) {
        static const QStringList texts{u"GIL"_s, u"thread"_s, u"ß∂ƒ 漢字"_s, u"0"_s, u"99999999999"_s, u"-1"_s, QString(300, u'x')};
        const QString text = texts.at(m_random.bounded(int(texts.size())));
        edit->selectAll();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(edit, text);   // QTest types ASCII only
        else
            edit->insert(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
}

void TestMonkey::pressSomething()
{
    struct Press {
        Qt::Key key;
        Qt::KeyboardModifiers modifiers = Qt::NoModifier;
    };
    static const QList<Press> presses{
        {Qt::Key_F5}, {Qt::Key_F10}, {Qt::Key_Escape}, {Qt::Key_F11}, {Qt::Key_PageDown}, {Qt::Key_PageUp},
        {Qt::Key_1}, {Qt::Key_2}, {Qt::Key_3}, {Qt::Key_4}, {Qt::Key_5}, {Qt::Key_Tab}, {Qt::Key_Space},
        {Qt::Key_Return}, {Qt::Key_Plus, Qt::ControlModifier}, {Qt::Key_Minus, Qt::ControlModifier},
        {Qt::Key_0, Qt::ControlModifier}, {Qt::Key_R, Qt::ControlModifier}, {Qt::Key_B, Qt::ControlModifier},
    };
    const Press press = presses.at(m_random.bounded(int(presses.size())));
    QWidget *focus = QApplication::focusWidget();
    QWidget *target = focus && focus->window() == m_window.get() ? focus : m_window.get();
    m_lastAction = u"key %1+%2 on %3"_s.arg(int(press.modifiers)).arg(QKeySequence(press.key).toString(), target->objectName());
    QTest::keyClick(target, press.key, press.modifiers);
}

void TestMonkey::triggerSomeAction()
{
    QList<QAction *> actions;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        // Quitting is the one thing the monkey does not do by menu: it closes the window instead
        // (closeAndReopen), which is the same path.
        if (action->isEnabled() && !action->text().isEmpty() && action->shortcut() != QKeySequence::Quit
            && !action->text().contains(u"Quit"_s))
            actions << action;
    }
    if (actions.isEmpty())
        return;
    QAction *action = actions.at(m_random.bounded(int(actions.size())));
    m_lastAction = u"action %1"_s.arg(action->text());
    action->trigger();
}

void TestMonkey::moveSomeDock()
{
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>();
    if (docks.isEmpty())
        return;
    QDockWidget *dock = docks.at(m_random.bounded(int(docks.size())));
    static const QList<Qt::DockWidgetArea> areas{Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea, Qt::TopDockWidgetArea,
                                                 Qt::BottomDockWidgetArea};
    switch (m_random.bounded(4)) {
    case 0:
        m_lastAction = u"float dock %1"_s.arg(dock->objectName());
        dock->setFloating(!dock->isFloating());
        break;
    case 1:
        m_lastAction = u"move dock %1"_s.arg(dock->objectName());
        m_window->addDockWidget(areas.at(m_random.bounded(int(areas.size()))), dock);
        break;
    case 2:
        m_lastAction = u"toggle dock %1"_s.arg(dock->objectName());
        dock->toggleViewAction()->trigger();
        break;
    default:
        m_lastAction = u"resize window"_s;
        m_window->resize(800 + m_random.bounded(1120), 600 + m_random.bounded(480));
        break;
    }
}

// An event loop the app runs inside a slot (QCoro::waitFor, a dialog): code of the window is on the
// stack below this one.
static bool insideNestedLoop()
{
    return QThread::currentThread()->loopLevel() > 0;
}

void TestMonkey::play()
{
    if (m_played.elapsed() >= m_playMs) {
        // Calm again before stopping: step mode off and everything cancelled, so that the loops
        // nested in a run (a step waiting in QCoro::waitFor) end, then the test goes on outside them.
        m_window->docks()->stepPanel()->stepModeAction()->setChecked(false);
        m_window->cancelAll();
        if (insideNestedLoop())
            m_player.start(10);
        else
            m_playing = false;
        return;
    }
    m_player.start(m_random.bounded(15));   // first: the next turn comes inside a loop this one starts
    if (QApplication::activeModalWidget())
        return;   // a user cannot reach the window behind a dialog; dismissDialogs() closes it
    const qint64 before = m_played.elapsed();
    ++m_depth;   // a turn can come inside another (a click's events, a nested loop)
    act();
    --m_depth;
    if (qEnvironmentVariableIsSet("LAB_MONKEY_VERBOSE") && m_played.elapsed() - before > 200)
        std::fprintf(stderr, "monkey: %lld ms: %s\n", m_played.elapsed() - before, qPrintable(m_lastAction));
    if (m_depth == 0 && !insideNestedLoop() && (!m_window || !m_window->isVisible())) {   // closed (a dock's title bar, F11 leaving...)
        m_lastAction += u", window gone: reopened"_s;
        m_window.reset();
        openWindow();
    }
    // The duration may be changed, but not kept long: at 60 s, "Block the loop" freezes the window
    // for 10 s a time, which is right for a class and a waste of the monkey's time.
    if (m_window && m_window->slowTaskDuration() > 1s)
        m_window->setSlowTaskDuration(300ms);
}

void TestMonkey::act()
{
    ++m_actions;
    const int dice = m_random.bounded(100);
    if (dice < 45)
        clickSomething();
    else if (dice < 75)
        pressSomething();
    else if (dice < 88)
        triggerSomeAction();
    else if (dice < 99 || insideNestedLoop() || m_depth > 1)   // never under code of the window
        moveSomeDock();
    else {
        m_lastAction = u"close and reopen the window"_s;
        m_window->close();
        m_window.reset();
        openWindow();
    }
}

void TestMonkey::monkeyLeavesAWorkingWindow()
{
    openWindow();
    const int seconds = qEnvironmentVariableIsSet("LAB_MONKEY_SECONDS") ? qEnvironmentVariableIntValue("LAB_MONKEY_SECONDS") : 45;
    m_playMs = qint64(seconds) * 1000;
    m_player.setSingleShot(true);
    connect(&m_player, &QTimer::timeout, this, &TestMonkey::play);
    m_playing = true;
    m_played.start();
    m_player.start(0);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_playing, qPrintable(where() + u": the monkey could not stop"_s), int(m_playMs) + 120000);
    std::fprintf(stderr, "monkey: %d actions in %lld s\n", m_actions, qint64(m_played.elapsed() / 1000));

    // Calm again (play() has turned step mode off and cancelled everything): back to one short duration.
    m_dialogCloser.stop();
    m_lastAction = u"cleaning up"_s;
    const QList<DemoId> demos = LabTest::allDemoIds();
    for (const DemoId &id : demos)
        QTRY_VERIFY2_WITH_TIMEOUT(!m_window->isBusy(id), qPrintable(where() + u": "_s + id + u" still busy"_s), 30000);
    m_window->setSlowTaskDuration(300ms);

    // Every demo still reaches its result, one after the other.
    for (const DemoId &id : demos) {
        m_lastAction = u"running "_s + id;
        m_window->runDemo(id);
        QTRY_VERIFY2_WITH_TIMEOUT(!m_window->isBusy(id), qPrintable(where()), 120000);
        const DemoRunner *runner = m_window->runner(id);
        QVERIFY2(runner->state() == DemoRunner::State::Done,
                 qPrintable(where() + u": ended "_s + QVariant::fromValue(runner->state()).toString() + u" "_s + runner->errorString()));
    }

    // Closed: no child left behind, reaped from the event loop.
    m_window->close();
    m_window.reset();
    QTRY_COMPARE_WITH_TIMEOUT(ChildReaper::pending(), 0, 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(childPids().isEmpty(), qPrintable(where() + u": children "_s + childPids().join(u' ')), 10000);
}

LAB_TEST_MAIN(TestMonkey)
#include "tst_monkey.moc"
