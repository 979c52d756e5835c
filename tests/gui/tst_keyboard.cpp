// SPDX-License-Identifier: MIT
// The keyboard of the real window (offscreen): the keys run what they say, and Help > Keyboard
// Shortcuts lists every one of them.
#include "labtest.h"
#include "labtestdemos.h"

#include "demorunner.h"
#include "labdocks.h"
#include "lessonkeys.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "steppanel.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

class TestKeyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void digitsRunTheDemosOfTheLessonOnScreen();
    void pageKeysChangeLessons();
    void lessonAndStepKeysTriggerTheirActions();
    void digitsStillTypeIntoNumberFields();
    void shortcutListIsMadeFromTheActions();
    void viewMenuEntriesHaveTheirOwnMnemonics();

private:
    void showActive(MainWindow &window);
};

void TestKeyboard::init()
{
    QSettings().clear();
}

void TestKeyboard::showActive(MainWindow &window)
{
    window.setSlowTaskDuration(200ms);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.findChild<QTabWidget *>(u"lessons"_s)->setFocus();
}

void TestKeyboard::digitsRunTheDemosOfTheLessonOnScreen()
{
    MainWindow window(LabTest::registry());
    showActive(window);
    window.showLesson(u"spinners"_s);
    QTest::keyClick(&window, Qt::Key_2);
    QVERIFY(window.isBusy(u"process"_s));
    QVERIFY(!window.isBusy(u"thread"_s));
    QTest::keyClick(&window, Qt::Key_Escape);   // Cancel All
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(u"process"_s), 10000);
    QCOMPARE(window.runner(u"process"_s)->state(), DemoRunner::State::Cancelled);

    // On lesson 2 the same key is that page's second panel.
    window.showLesson(u"block-loop"_s);
    const QList<DemoId> order = window.page(u"block-loop"_s)->panelOrder();
    QVERIFY(order.size() >= 2);
    QTest::keyClick(&window, Qt::Key_2);
    QVERIFY(window.isBusy(order.at(1)));
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(order.at(1)), 10000);

    // A key past the page's panels does nothing.
    const QList<QAction *> &keys = window.lessonKeys()->demoActions();
    QCOMPARE(keys.size(), 9);
    QVERIFY(keys.at(order.size() - 1)->isEnabled());
    QVERIFY(!keys.at(8)->isEnabled());
}

void TestKeyboard::pageKeysChangeLessons()
{
    MainWindow window(LabTest::registry());
    showActive(window);
    auto *tabs = window.findChild<QTabWidget *>(u"lessons"_s);
    tabs->setCurrentIndex(0);
    QVERIFY(!window.lessonKeys()->previousLessonAction()->isEnabled());
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(tabs->currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(tabs->currentIndex(), 1);
    tabs->setCurrentIndex(tabs->count() - 1);
    QVERIFY(!window.lessonKeys()->nextLessonAction()->isEnabled());

    // The code keeps its own Page Down.
    auto *code = window.findChild<QPlainTextEdit *>();
    QVERIFY(code);
    tabs->setCurrentIndex(0);
    code->setFocus();
    QTest::keyClick(code, Qt::Key_PageDown);
    QCOMPARE(tabs->currentIndex(), 0);
}

void TestKeyboard::lessonAndStepKeysTriggerTheirActions()
{
    MainWindow window(LabTest::registry());
    showActive(window);
    window.showLesson(u"spinners"_s);
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);   // Run all
    for (const DemoId &id : LabTest::spinnerDemoIds())
        QVERIFY(window.isBusy(id));
    QTest::keyClick(&window, Qt::Key_Escape);
    for (const DemoId &id : LabTest::spinnerDemoIds())
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(id), 10000);

    // Step mode: F10 steps, F5 continues (only while something waits).
    StepPanel *steps = window.docks()->stepPanel();
    steps->setStepMode(true);
    DemoRunner *runner = window.runner(u"thread"_s);
    QTest::keyClick(&window, Qt::Key_1);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"start-spinner"_s, 10000);
    QTest::keyClick(&window, Qt::Key_F10);
    QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingStep().isEmpty() && runner->waitingStep() != u"start-spinner"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(steps->continueAction()->isEnabled(), 10000);
    QTest::keyClick(&window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 15000);
    steps->setStepMode(false);

    // Lesson 2's keys: Ctrl+B blocks the loop (cancelled in its lead-in).
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(window.isBusy(u"block"_s));
    window.runner(u"block"_s)->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(u"block"_s), 10000);
}

// A number field keeps its digits: typing 5 into the duration does not run the fifth demo.
void TestKeyboard::digitsStillTypeIntoNumberFields()
{
    MainWindow window(LabTest::registry());
    showActive(window);
    window.showLesson(u"spinners"_s);
    auto *duration = window.findChild<QDoubleSpinBox *>(u"durationBox"_s);
    duration->setFocus();
    duration->selectAll();
    QTest::keyClick(duration, Qt::Key_2);
    QTest::keyClick(duration, Qt::Key_Enter);
    QCOMPARE(duration->value(), 2.0);
    for (const DemoId &id : LabTest::spinnerDemoIds())
        QVERIFY(!window.isBusy(id));
}

void TestKeyboard::shortcutListIsMadeFromTheActions()
{
    MainWindow window(LabTest::registry());
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entriesOf(&window);
    const auto has = [&entries](const QString &keys, const QString &words) {
        return std::any_of(entries.cbegin(), entries.cend(), [&](const ShortcutsDialog::Entry &entry) {
            return entry.keys == keys && entry.action.contains(words);
        });
    };
    QVERIFY(has(u"Esc"_s, u"Cancel All"_s));
    QVERIFY(has(u"F10"_s, u"Step"_s));
    QVERIFY(has(u"F5"_s, u"Continue"_s));
    QVERIFY(has(u"PgDown"_s, u"Next Lesson"_s));
    QVERIFY(has(u"PgUp"_s, u"Previous Lesson"_s));
    QVERIFY(has(u"Ctrl+R"_s, u"Run All"_s) || has(u"Ctrl+R"_s, u"Run all"_s));
    QVERIFY(has(u"Ctrl+B"_s, u"Block the Loop"_s));
    QVERIFY(has(u"1"_s, u"Run demo 1"_s));
    QVERIFY(has(u"9"_s, u"Run demo 9"_s));
    // No mnemonic ampersands, and every key once; but Esc, which cancels all outside presentation
    // mode and leaves it inside (never both at once: tst_presentationmode).
    QSet<QString> keys;
    for (const ShortcutsDialog::Entry &entry : entries) {
        QVERIFY2(!entry.action.contains(u'&'), qPrintable(entry.action));
        if (entry.action == u"Leave Presentation Mode"_s)
            continue;
        QVERIFY2(!keys.contains(entry.keys), qPrintable(entry.keys));
        keys.insert(entry.keys);
    }

    ShortcutsDialog dialog(&window);
    auto *table = dialog.findChild<QTableWidget *>(u"shortcutsTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(entries.size()));
}

// Alt+V, then one letter: every entry of the View menu (the docks' toggles included) has a mnemonic,
// and no two share one.
void TestKeyboard::viewMenuEntriesHaveTheirOwnMnemonics()
{
    MainWindow window(LabTest::registry());
    QMenu *view = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (QKeySequence::mnemonic(action->text()) == QKeySequence(Qt::ALT | Qt::Key_V))
            view = action->menu();
    }
    QVERIFY(view);
    QStringList letters;
    int entries = 0;
    for (const QAction *action : view->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        ++entries;
        const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
        QVERIFY2(!mnemonic.isEmpty(), qPrintable(action->text() + u" has no mnemonic"_s));
        const QString letter = mnemonic.toString(QKeySequence::PortableText);
        QVERIFY2(!letters.contains(letter), qPrintable(action->text() + u": "_s + letter + u" is taken"_s));
        letters << letter;
    }
    QVERIFY(entries >= 8);   // four docks, three zoom entries, presentation mode, full screen
}

LAB_TEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
