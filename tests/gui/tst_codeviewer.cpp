// SPDX-License-Identifier: MIT
// The code viewer: listings of each demo, units and the selected step on the right lines in both
// listings, the step list, the save action, the font, and a screenshot on request.
#include "codeeditor.h"
#include "codehighlighter.h"
#include "codeviewer.h"
#include "labtest.h"
#include "labtestdemos.h"
#include "stepcatalog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>

using namespace Qt::Literals::StringLiterals;

namespace {

// Code columns line up: narrow and wide glyphs advance alike. (QFontInfo::fixedPitch() is not
// asked: fontconfig reports some monospaced families, such as Noto Sans Mono, as proportional.)
bool isMonospaced(const QFont &font)
{
    const QFontMetricsF metrics(font);
    return metrics.horizontalAdvance(u'i') == metrics.horizontalAdvance(u'W');
}

// The block of `view` whose text ends with the step's marker, found by scanning the document; -1
// when not exactly one block does.
int markerBlock(const CodeEditor *view, const QString &stepId, bool python)
{
    const QString marker = (python ? u"# step: "_s : u"// step: "_s) + stepId;
    int found = -1;
    for (QTextBlock block = view->document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text().trimmed().endsWith(marker)) {
            if (found >= 0)
                return -1;
            found = block.blockNumber();
        }
    }
    return found;
}

// Block numbers of the extra selections whose background is `color`.
QList<int> selectedBlocks(const CodeEditor *view, const QColor &color)
{
    QList<int> blocks;
    for (const QTextEdit::ExtraSelection &selection : view->extraSelections()) {
        if (selection.format.background().color() == color)
            blocks.append(selection.cursor.blockNumber());
    }
    return blocks;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCodeViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void childrenHaveNames();
    void listings_data();
    void listings();
    void highlightStep_data();
    void highlightStep();
    void unitsOnDifferentLines();
    void unitsMoveAndLeave();
    void stepListSelects();
    void highlighterMarksMarker();
    void fontFollowsApplicationFont();
    void savePythonExample();
    void saveToUnwritablePathFails();
    void screenshot();

private:
    // Every registered demo: a new demo's listings are tested by its being registered.
    static QList<DemoId> demos() { return LabTest::allDemoIds(); }
};

namespace {
const ExecutionUnit gui{UnitKind::GuiLoop, 1};
const ExecutionUnit coroutine{UnitKind::Coroutine, 1};
const ExecutionUnit worker4242{UnitKind::WorkerThread, 4242};
const ExecutionUnit worker4243{UnitKind::WorkerThread, 4243};
} // namespace

void TestCodeViewer::childrenHaveNames()
{
    CodeViewer viewer;
    QVERIFY(viewer.findChild<CodeEditor *>(u"cppView"_s));
    QVERIFY(viewer.findChild<CodeEditor *>(u"pythonView"_s));
    QVERIFY(viewer.findChild<QListWidget *>(u"stepList"_s));
    QVERIFY(viewer.findChild<QLabel *>(u"stepExplanation"_s));
    QVERIFY(viewer.findChild<QPushButton *>(u"savePythonButton"_s));
    QVERIFY(viewer.savePythonAction());
    QVERIFY(viewer.findChild<CodeEditor *>(u"cppView"_s)->isReadOnly());
}

void TestCodeViewer::listings_data()
{
    LabTest::addDemoRows(demos());
}

void TestCodeViewer::listings()
{
    QFETCH(DemoId, demo);
    const Demo &descriptor = LabTest::demo(demo);
    CodeViewer viewer;
    viewer.setDemo(descriptor);
    QCOMPARE(viewer.demo().id, demo);
    QVERIFY2(viewer.listing().errors().isEmpty(), qPrintable(viewer.listing().errors().join(u'\n')));
    auto *cpp = viewer.findChild<CodeEditor *>(u"cppView"_s);
    auto *python = viewer.findChild<CodeEditor *>(u"pythonView"_s);

    // Python: the file as it is, line for line.
    const QString pythonText = QString::fromUtf8(readAll(DemoListing::pythonResourcePath(descriptor.listings.pythonFile)));
    QCOMPARE(python->toPlainText() + u'\n', pythonText);

    // C++: each file after its header, line for line.
    const QStringList files = descriptor.listings.cppFiles;
    QCOMPARE(cpp->partCount(), files.size());
    for (int part = 0; part < files.size(); ++part) {
        const QTextBlock header = cpp->document()->findBlockByNumber(cpp->headerBlock(part));
        QVERIFY2(header.text().contains(u' ' + files.at(part) + u' '), qPrintable(header.text()));
        QVERIFY(header.blockFormat().boolProperty(CodeHighlighter::HeaderProperty));
        QCOMPARE(cpp->lineOfBlock(header.blockNumber()), -1);
        const QStringList lines = QString::fromUtf8(readAll(DemoListing::cppResourcePath(files.at(part))))
                                      .split(u'\n');
        for (int line = 0; line < lines.size() - 1; ++line) {
            const int block = cpp->blockFor(part, line);
            QCOMPARE(cpp->document()->findBlockByNumber(block).text(), lines.at(line));
            QCOMPARE(cpp->partOfBlock(block), part);
            QCOMPARE(cpp->lineOfBlock(block), line);
        }
    }
    QCOMPARE(viewer.findChild<QListWidget *>(u"stepList"_s)->count(), StepCatalog::stepIds(descriptor).size());
}

void TestCodeViewer::highlightStep_data()
{
    QTest::addColumn<DemoId>("demo");
    QTest::addColumn<QString>("stepId");
    for (const DemoId &demo : demos()) {
        for (const QString &id : StepCatalog::stepIds(LabTest::demo(demo)))
            QTest::addRow("%s %s", qPrintable(demo), qPrintable(id)) << demo << id;
    }
}

void TestCodeViewer::highlightStep()
{
    QFETCH(DemoId, demo);
    const Demo &descriptor = LabTest::demo(demo);
    QFETCH(QString, stepId);
    CodeViewer viewer;
    viewer.setDemo(descriptor);
    auto *cpp = viewer.findChild<CodeEditor *>(u"cppView"_s);
    auto *python = viewer.findChild<CodeEditor *>(u"pythonView"_s);

    viewer.highlightStep(stepId, gui);
    const QColor color = viewer.unitColor(gui);
    QVERIFY(color.isValid());
    const int cppBlock = markerBlock(cpp, stepId, false);
    const int pythonBlock = markerBlock(python, stepId, true);
    QVERIFY(cppBlock >= 0);
    QVERIFY(pythonBlock >= 0);
    QCOMPARE(selectedBlocks(cpp, cpp->lineTint(color)), QList<int>{cppBlock});
    QCOMPARE(selectedBlocks(python, python->lineTint(color)), QList<int>{pythonBlock});
    QCOMPARE(cpp->marks().size(), 1);
    QCOMPARE(cpp->marks().constFirst().label, u"GUI thread"_s);
    QCOMPARE(python->marks().constFirst().block, pythonBlock);
}

void TestCodeViewer::unitsOnDifferentLines()
{
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"thread"_s));
    auto *cpp = viewer.findChild<CodeEditor *>(u"cppView"_s);
    auto *python = viewer.findChild<CodeEditor *>(u"pythonView"_s);
    const QList<UnitStep> units{{gui, u"start-spinner"_s},
                                {worker4242, u"slow-task-sleeps"_s},
                                {worker4243, u"result-ready"_s}};
    viewer.setUnitSteps(units);
    QCOMPARE(viewer.unitSteps(), units);

    QList<QColor> colors;
    for (const UnitStep &unit : units) {
        const QColor color = viewer.unitColor(unit.unit);
        QVERIFY(color.isValid());
        QVERIFY(!colors.contains(color));
        colors.append(color);
        QCOMPARE(selectedBlocks(cpp, cpp->lineTint(color)), QList<int>{markerBlock(cpp, unit.stepId, false)});
        QCOMPARE(selectedBlocks(python, python->lineTint(color)),
                 QList<int>{markerBlock(python, unit.stepId, true)});
    }
    QCOMPARE(cpp->extraSelections().size(), 3);
    // The step list shows who is where.
    auto *list = viewer.findChild<QListWidget *>(u"stepList"_s);
    QVERIFY(list->item(2)->toolTip().contains(u"worker thread TID 4242"_s));
    QVERIFY(list->item(1)->toolTip().isEmpty());
}

void TestCodeViewer::unitsMoveAndLeave()
{
    const ExecutionUnit theCoroutine = coroutine;
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"coroutine"_s));
    auto *cpp = viewer.findChild<CodeEditor *>(u"cppView"_s);
    viewer.highlightStep(u"start-spinner"_s, gui);
    viewer.highlightStep(u"slow-task-sleeps"_s, theCoroutine);
    const QColor coroutineColor = viewer.unitColor(theCoroutine);
    viewer.highlightStep(u"result-ready"_s, theCoroutine);  // moves, keeps its colour
    QCOMPARE(viewer.unitColor(theCoroutine), coroutineColor);
    QCOMPARE(selectedBlocks(cpp, cpp->lineTint(coroutineColor)), QList<int>{markerBlock(cpp, u"result-ready"_s, false)});
    QCOMPARE(cpp->marks().size(), 2);

    viewer.highlightStep(QString(), theCoroutine);  // leaves
    QCOMPARE(cpp->marks().size(), 1);
    QVERIFY(!viewer.unitColor(theCoroutine).isValid());
    viewer.highlightStep(u"no-such-step"_s, gui);  // unknown: leaves too
    QVERIFY(cpp->marks().isEmpty());

    viewer.setUnitSteps({{gui, u"join"_s}, {theCoroutine, u"join"_s}});
    QCOMPARE(cpp->marks().size(), 2);  // two units on one line: both labelled
    viewer.clearHighlights();
    QVERIFY(cpp->marks().isEmpty());
    QVERIFY(cpp->extraSelections().isEmpty());
    QVERIFY(viewer.unitSteps().isEmpty());
}

void TestCodeViewer::stepListSelects()
{
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"process"_s));
    auto *list = viewer.findChild<QListWidget *>(u"stepList"_s);
    auto *cpp = viewer.findChild<CodeEditor *>(u"cppView"_s);
    auto *python = viewer.findChild<CodeEditor *>(u"pythonView"_s);
    auto *explanation = viewer.findChild<QLabel *>(u"stepExplanation"_s);
    QSignalSpy spy(&viewer, &CodeViewer::stepSelected);

    list->setCurrentRow(2);
    const QString id = StepCatalog::stepIds(LabTest::demo(u"process"_s)).at(2);
    QCOMPARE(viewer.selectedStep(), id);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), id);
    QCOMPARE(cpp->currentStepBlock(), markerBlock(cpp, id, false));
    QCOMPARE(python->currentStepBlock(), markerBlock(python, id, true));
    QCOMPARE(cpp->extraSelections().size(), 1);
    QCOMPARE(cpp->extraSelections().constFirst().cursor.blockNumber(), cpp->currentStepBlock());
    QVERIFY(explanation->text().contains(StepCatalog::title(LabTest::demo(u"process"_s), id).toHtmlEscaped()));
    QVERIFY(explanation->text().contains(u"Python"_s));

    viewer.selectStep(u"join"_s);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), u"join"_s);
    QCOMPARE(python->currentStepBlock(), markerBlock(python, u"join"_s, true));
    viewer.setDemo(LabTest::demo(u"thread"_s));
    QVERIFY(viewer.selectedStep().isEmpty());
    QCOMPARE(cpp->currentStepBlock(), -1);
}

void TestCodeViewer::highlighterMarksMarker()
{
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"thread"_s));
    for (const char *name : {"cppView", "pythonView"}) {
        auto *view = viewer.findChild<CodeEditor *>(QString::fromLatin1(name));
        const bool python = view->objectName() == u"pythonView"_s;
        const QTextBlock block = view->document()->findBlockByNumber(markerBlock(view, u"join"_s, python));
        const qsizetype column = SourceListing::markerColumn(block.text(), view->highlighter()->language());
        QVERIFY(column > 0);
        const QTextCharFormat marker = view->highlighter()->format(CodeHighlighter::Role::Marker);
        bool found = false;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.start == column && range.start + range.length == block.text().size())
                found = range.format.foreground() == marker.foreground() && range.format.fontWeight() == QFont::Bold;
        }
        QVERIFY2(found, name);
    }
}

void TestCodeViewer::fontFollowsApplicationFont()
{
    const QFont original = QApplication::font();
    CodeViewer viewer;
    auto *cpp = viewer.findChild<CodeEditor *>(u"cppView"_s);
    QVERIFY(isMonospaced(cpp->font()));
    const qreal before = cpp->font().pointSizeF();
    QFont bigger = original;
    bigger.setPointSizeF(original.pointSizeF() * 2);
    QApplication::setFont(bigger);  // reaches the widgets through posted events
    QTRY_COMPARE(cpp->font().pointSizeF(), bigger.pointSizeF());
    QVERIFY(cpp->font().pointSizeF() > before);
    QVERIFY(isMonospaced(cpp->font()));
    QApplication::setFont(original);
    QTRY_COMPARE(cpp->font().pointSizeF(), before);
}

void TestCodeViewer::savePythonExample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CodeViewer viewer;
    for (const DemoId &demo : demos()) {
        const Demo &descriptor = LabTest::demo(demo);
        viewer.setDemo(descriptor);
        const QString path = dir.filePath(u"saved.py"_s);
        QString error;
        QVERIFY2(viewer.savePythonExample(path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        const QByteArray saved = readAll(path);
        QCOMPARE(saved, readAll(DemoListing::pythonResourcePath(descriptor.listings.pythonFile)));
        QCOMPARE(saved, readAll(QStringLiteral(LAB_SOURCE_DIR) + u'/' + descriptor.listings.pythonFile));
    }
}

void TestCodeViewer::saveToUnwritablePathFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A path below a regular file cannot be created, even by root.
    const QString notADir = dir.filePath(u"file"_s);
    QFile file(notADir);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = notADir + u"/spinner_thread.py"_s;
    CodeViewer viewer;
    viewer.setDemo(LabTest::demo(u"thread"_s));
    QString error;
    QVERIFY(!viewer.savePythonExample(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

// With LAB_SCREENSHOT_DIR set, saves codeviewer.png there: the thread demo, three units on
// different lines and a selected step.
void TestCodeViewer::screenshot()
{
    CodeViewer viewer;
    viewer.resize(1500, 900);
    viewer.setDemo(LabTest::demo(u"thread"_s));
    // grab() renders without showing the window (showing one makes the offscreen platform warn);
    // a first grab lays it out, so the listings scroll as they would on screen.
    QVERIFY(!viewer.grab().isNull());
    viewer.selectStep(u"start-spinner"_s);
    viewer.highlightStep(u"stop-spinner"_s, gui);
    viewer.highlightStep(u"result-ready"_s, worker4243);
    viewer.highlightStep(u"slow-task-sleeps"_s, worker4242);  // the listings follow it
    const QPixmap shot = viewer.grab();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        QVERIFY(shot.save(QDir(folder).filePath(u"codeviewer.png"_s)));
    }
}

LAB_TEST_MAIN(TestCodeViewer)
#include "tst_codeviewer.moc"
