// SPDX-License-Identifier: MIT
// The teaching aids of every lesson: a "Predict first" question, its answer and teacher notes in each
// registered lesson's description (translated through the "Lesson" context), and on the real window
// an answer that stays hidden until a run of one of the lesson's demos is done, and notes behind a
// toggle that the keyboard reaches and the settings remember.
#include "labtest.h"
#include "labtestdemos.h"
#include "echolesson.h"
#include "tst_comparisonmarker.h"

#include "demopanel.h"
#include "demorunner.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "teachingaids.h"

#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// Marks what it translates in the "Lesson" context only: a marked text went through that context.
class LessonContextTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "Lesson") != 0 || !sourceText)
            return {};
        return MarkingTranslator::mark(QString::fromUtf8(sourceText));
    }
};

// The teaching aids' child `name` of type T, or null.
template<typename T>
T *part(const QWidget *aids, const QString &name)
{
    return aids ? aids->findChild<T *>(name) : nullptr;
}

// Whether `widget` is shown within `page` (the window need not be on screen).
bool shownOn(const QWidget *widget, const QWidget *page)
{
    return widget && widget->isVisibleTo(page);
}

} // namespace

class TestTeachingAids : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyLessonHasQuestionAnswerAndNotes_data();
    void everyLessonHasQuestionAnswerAndNotes();
    void textsGoThroughTheLessonContext();
    void answerHiddenUntilShown();
    void hiddenAnswerLeavesNoEmptyRows_data();
    void hiddenAnswerLeavesNoEmptyRows();
    void notesToggleWithTheKeyboard();
    void retranslates();
    void answerShownAfterARunOfTheLessonsDemo();
    void answerStaysHiddenAfterADemoThatDoesNotAnswer();
    void notesStateIsRemembered();
    void lessonWithoutTeachingShowsNone();
    void screenshots();
};

void TestTeachingAids::init()
{
    QSettings().clear();
}

void TestTeachingAids::everyLessonHasQuestionAnswerAndNotes_data()
{
    QTest::addColumn<QString>("lesson");
    for (const Lesson &lesson : LabTest::registry().lessons())
        QTest::newRow(qPrintable(lesson.id)) << lesson.id;
}

void TestTeachingAids::everyLessonHasQuestionAnswerAndNotes()
{
    QFETCH(QString, lesson);
    const Lesson *described = LabTest::registry().lesson(lesson);
    QVERIFY(described);
    const Teaching &teaching = described->teaching;
    QVERIFY(teaching.hasQuestion());
    QVERIFY(!teaching.translatedQuestion().trimmed().isEmpty());
    QVERIFY(!teaching.translatedAnswer().trimmed().isEmpty());
    // One or two lines above the Run buttons at 1920 x 1080: a short question.
    QVERIFY2(teaching.translatedQuestion().size() <= 170, qPrintable(teaching.translatedQuestion()));
    QVERIFY(teaching.translatedQuestion().endsWith(u'?'));
    // Teacher notes: 4 to 8 short lines.
    QVERIFY2(teaching.notes.size() >= 4 && teaching.notes.size() <= 8, qPrintable(QString::number(teaching.notes.size())));
    for (const QString &note : teaching.translatedNotes()) {
        QVERIFY(!note.trimmed().isEmpty());
        QVERIFY2(note.size() <= 260, qPrintable(note));
    }
    // The demos that answer it are the lesson's own.
    for (const DemoId &id : teaching.answeredBy) {
        const Lesson *owner = LabTest::registry().lessonOf(id);
        QVERIFY2(owner && owner->id == lesson, qPrintable(id));
    }
    // A quotation comes whole: the words and who said them, where.
    QCOMPARE(bool(teaching.quote.text), bool(teaching.quote.source));
}

void TestTeachingAids::textsGoThroughTheLessonContext()
{
    LessonContextTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    for (const Lesson &lesson : LabTest::registry().lessons()) {
        const Teaching &teaching = lesson.teaching;
        QVERIFY2(MarkingTranslator::isMarked(teaching.translatedQuestion()), qPrintable(lesson.id));
        QVERIFY2(MarkingTranslator::isMarked(teaching.translatedAnswer()), qPrintable(lesson.id));
        for (const QString &note : teaching.translatedNotes())
            QVERIFY2(MarkingTranslator::isMarked(note), qPrintable(note));
        if (teaching.quote.text) {
            QVERIFY(MarkingTranslator::isMarked(teaching.translatedQuoteText()));
            QVERIFY(MarkingTranslator::isMarked(teaching.translatedQuoteSource()));
        }
    }
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

void TestTeachingAids::answerHiddenUntilShown()
{
    TeachingAids aids(LabTest::registry().lessons().constFirst().teaching);
    auto *answer = part<QLabel>(&aids, u"predictAnswer"_s);
    auto *button = part<QPushButton>(&aids, u"showAnswerButton"_s);
    auto *question = part<QLabel>(&aids, u"predictQuestion"_s);
    QVERIFY(answer && button && question);
    QVERIFY(shownOn(question, &aids));
    QVERIFY(question->wordWrap());
    QVERIFY(answer->wordWrap());
    QVERIFY(!shownOn(answer, &aids));   // a teacher asks the class first
    QVERIFY(!aids.isAnswerShown());
    QCOMPARE(button->text(), u"Show answer"_s);
    QVERIFY(!button->accessibleName().isEmpty());

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(aids.isAnswerShown());
    QVERIFY(shownOn(answer, &aids));
    QVERIFY(answer->text().contains(aids.teaching().translatedAnswer().left(20).toHtmlEscaped()));
    QCOMPARE(button->text(), u"Hide answer"_s);
    QTest::mouseClick(button, Qt::LeftButton);   // for the next class
    QVERIFY(!shownOn(answer, &aids));
}

void TestTeachingAids::notesToggleWithTheKeyboard()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *before = new QLineEdit(&window);
    layout->addWidget(before);
    auto *aids = new TeachingAids(LabTest::registry().lessons().constFirst().teaching, &window);
    layout->addWidget(aids);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    auto *answerButton = part<QPushButton>(aids, u"showAnswerButton"_s);
    auto *toggle = part<QPushButton>(aids, u"teacherNotesButton"_s);
    auto *notes = part<QLabel>(aids, u"teacherNotes"_s);
    QVERIFY(answerButton && toggle && notes);
    QVERIFY(toggle->isCheckable());
    QVERIFY(!toggle->accessibleName().isEmpty());
    QVERIFY(!notes->isVisible());   // collapsed by default
    QVERIFY(!aids->areNotesShown());

    // Tab reaches "Show answer", then "Teacher notes"; Space presses them.
    before->setFocus();
    QTRY_VERIFY(before->hasFocus());
    QTest::keyClick(before, Qt::Key_Tab);
    QVERIFY(answerButton->hasFocus());
    QTest::keyClick(answerButton, Qt::Key_Tab);
    QVERIFY(toggle->hasFocus());
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(toggle->isChecked());
    QVERIFY(notes->isVisible());
    QVERIFY(aids->areNotesShown());
    for (const QString &note : aids->teaching().translatedNotes())
        QVERIFY(notes->text().contains(note.toHtmlEscaped()));
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!notes->isVisible());

    QTest::keyClick(toggle, Qt::Key_Backtab);
    QVERIFY(answerButton->hasFocus());
    QTest::keyClick(answerButton, Qt::Key_Space);
    QVERIFY(part<QLabel>(aids, u"predictAnswer"_s)->isVisible());
}

void TestTeachingAids::hiddenAnswerLeavesNoEmptyRows_data()
{
    QTest::addColumn<int>("lesson");
    for (int lesson = 0; lesson < LabTest::registry().lessons().size(); ++lesson)
        QTest::addRow("%s", qPrintable(LabTest::registry().lessons().at(lesson).id)) << lesson;
}

// The hidden answer kept its rows under the question (a quarter of the height at a presentation's
// zoom): it takes the question's place instead, a cell as tall as the longer of the two, so the box
// neither shows empty rows nor grows when the answer appears (the panels below do not move).
void TestTeachingAids::hiddenAnswerLeavesNoEmptyRows()
{
    QFETCH(int, lesson);
    TeachingAids aids(LabTest::registry().lessons().at(lesson).teaching);
    aids.resize(900, aids.heightForWidth(900));
    aids.show();
    QVERIFY(QTest::qWaitForWindowExposed(&aids));
    auto *answer = part<QLabel>(&aids, u"predictAnswer"_s);
    auto *question = part<QLabel>(&aids, u"predictQuestion"_s);
    auto *box = part<QFrame>(&aids, u"predictFirstBox"_s);
    QVERIFY(answer && question && box);
    const int before = box->height();
    const int tallest = std::max(question->heightForWidth(question->width()), answer->heightForWidth(answer->width()));
    const QMargins margins = box->layout()->contentsMargins();
    QVERIFY2(box->height() <= tallest + margins.top() + margins.bottom() + 2 * box->frameWidth() + 2,
             qPrintable(u"box %1 px for a %2 px text"_s.arg(box->height()).arg(tallest)));
    aids.showAnswer();
    QCoreApplication::processEvents();
    QVERIFY(answer->isVisible());
    QCOMPARE(answer->y(), question->y());   // in the question's place
    QCOMPARE(box->height(), before);
}

void TestTeachingAids::retranslates()
{
    const Lesson *primes = LabTest::registry().lesson(u"primes"_s);
    QVERIFY(primes && primes->teaching.quote.text);   // the lesson with Pike's words
    TeachingAids aids(primes->teaching);
    auto *question = part<QLabel>(&aids, u"predictQuestion"_s);
    auto *quote = part<QLabel>(&aids, u"lessonQuote"_s);
    QVERIFY(question && quote);
    QVERIFY(quote->text().contains(u"Rob Pike"_s));
    QVERIFY(!MarkingTranslator::isMarked(question->text()));
    LessonContextTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_VERIFY(MarkingTranslator::isMarked(question->text()));   // LanguageChange is posted
    QVERIFY(MarkingTranslator::isMarked(quote->text()));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_VERIFY(!MarkingTranslator::isMarked(question->text()));
}

// A real run of lesson 1's thread demo, clicked on its panel: the page then shows the answer.
void TestTeachingAids::answerShownAfterARunOfTheLessonsDemo()
{
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(300ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (LessonPage *page : window.pages()) {
        QVERIFY(page->teachingAids());
        QVERIFY(!page->teachingAids()->isAnswerShown());
        // Within the box (a short screen folds the box itself behind "Show the introduction").
        QVERIFY(!shownOn(part<QLabel>(page->teachingAids(), u"predictAnswer"_s), page->teachingAids()));
        QVERIFY(shownOn(part<QLabel>(page->teachingAids(), u"predictQuestion"_s), page->teachingAids()));
        QVERIFY(!shownOn(part<QLabel>(page->teachingAids(), u"teacherNotes"_s), page->teachingAids()));
        // The texts wrap: the aids never make a page wider than its panels do.
        QVERIFY2(page->teachingAids()->minimumSizeHint().width() <= 480,
                 qPrintable(QString::number(page->teachingAids()->minimumSizeHint().width())));
    }

    LessonPage *page = window.page(u"spinners"_s);
    auto *answer = part<QLabel>(page->teachingAids(), u"predictAnswer"_s);
    auto *run = window.panel(u"thread"_s)->findChild<QPushButton *>(u"runButton"_s);
    QVERIFY(run);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(!shownOn(answer, page));   // running is not finished
    QTRY_COMPARE_WITH_TIMEOUT(window.runner(u"thread"_s)->state(), DemoRunner::State::Done, 15000);
    QVERIFY(page->teachingAids()->isAnswerShown());
    // On a short screen the page folds its introduction (the Predict box too) so the panels and
    // what the run measured stay in view; "Show the introduction" shows the answer.
    if (page->isCompact())
        page->findChild<QPushButton *>(u"introductionToggle"_s)->click();
    QVERIFY(answer->isVisible());
    // Only this lesson's question was answered.
    QVERIFY(!window.page(u"block-loop"_s)->teachingAids()->isAnswerShown());
}

// A cancelled run showed nothing: it answers nothing. Lesson 2 shows lesson 1's awaiting coroutine
// ("Await instead"), which freezes nothing: it answers lesson 1's question (its spinner turned while
// it awaited), not lesson 2's, which only its blocking demos answer.
void TestTeachingAids::answerStaysHiddenAfterADemoThatDoesNotAnswer()
{
    MainWindow window(LabTest::registry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TeachingAids *spinners = window.page(u"spinners"_s)->teachingAids();
    LessonPage *page = window.page(u"block-loop"_s);
    TeachingAids *aids = page->teachingAids();
    QVERIFY(spinners && aids);

    window.setSlowTaskDuration(60s);
    window.runDemo(u"thread"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.runner(u"thread"_s)->executor().has_value(), 10000);
    window.runner(u"thread"_s)->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(window.runner(u"thread"_s)->state(), DemoRunner::State::Cancelled, 15000);
    QVERIFY(!spinners->isAnswerShown());

    window.setSlowTaskDuration(200ms);
    window.runDemo(u"coroutine"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.runner(u"coroutine"_s)->state(), DemoRunner::State::Done, 15000);
    QVERIFY(spinners->isAnswerShown());
    QVERIFY(!aids->isAnswerShown());

    window.runDemo(u"block"_s);   // holds the GUI thread for 0.2 s
    QTRY_COMPARE_WITH_TIMEOUT(window.runner(u"block"_s)->state(), DemoRunner::State::Done, 15000);
    QVERIFY(aids->isAnswerShown());
    QVERIFY(shownOn(part<QLabel>(aids, u"predictAnswer"_s), aids));
    QVERIFY(page->isCompact() || shownOn(aids, page));
}

void TestTeachingAids::notesStateIsRemembered()
{
    {
        MainWindow window(LabTest::registry());
        TeachingAids *aids = window.page(u"primes"_s)->teachingAids();
        QVERIFY(!aids->areNotesShown());
        part<QPushButton>(aids, u"teacherNotesButton"_s)->click();
        QVERIFY(aids->areNotesShown());
    }
    MainWindow again(LabTest::registry());
    QVERIFY(again.page(u"primes"_s)->teachingAids()->areNotesShown());
    QVERIFY(shownOn(part<QLabel>(again.page(u"primes"_s)->teachingAids(), u"teacherNotes"_s), again.page(u"primes"_s)));
    QVERIFY(!again.page(u"spinners"_s)->teachingAids()->areNotesShown());   // per lesson
}

// A lesson registered without teaching aids (the test-only echo lesson) gets a page without them.
void TestTeachingAids::lessonWithoutTeachingShowsNone()
{
    LessonRegistry registry = LessonRegistry::standard();
    QVERIFY(registry.add(EchoLesson::lesson(EchoLesson::demo(u"echo"_s))));
    MainWindow window(registry);
    QVERIFY(window.page(u"echo-lesson"_s));
    QVERIFY(!window.page(u"echo-lesson"_s)->teachingAids());
    QVERIFY(!window.page(u"echo-lesson"_s)->findChild<TeachingAids *>());
}

// With LAB_SCREENSHOT_DIR set, saves each lesson's page with its answer and notes shown, at
// 1920 x 1080 and 1366 x 768 (run again with QT_SCALE_FACTOR=1.5 for a projector), to look at.
void TestTeachingAids::screenshots()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    QVERIFY(QDir().mkpath(dir));
    MainWindow window(LabTest::registry());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QSize size : {QSize(1920, 1080), QSize(1366, 768)}) {
        window.resize(size);
        for (const Lesson &lesson : LabTest::registry().lessons()) {
            window.showLesson(lesson.id);
            TeachingAids *aids = window.page(lesson.id)->teachingAids();
            for (const bool shown : {false, true}) {
                aids->showAnswer(shown);
                aids->showNotes(shown);
                QTest::qWait(50);
                const QString name = u"%1/teach-%2-%3x%4%5.png"_s.arg(dir, lesson.id).arg(size.width()).arg(size.height())
                                         .arg(shown ? u"-open"_s : QString());
                QVERIFY(window.grab().save(name));
            }
            aids->showNotes(false);
        }
    }
}

LAB_TEST_MAIN(TestTeachingAids)
#include "tst_teachingaids.moc"
