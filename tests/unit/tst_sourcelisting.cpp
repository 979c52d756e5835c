// SPDX-License-Identifier: MIT
// Step markers, the demo -> files table, the step catalog and the embedded listings.
#include "demolisting.h"
#include "labtest.h"
#include "labtestdemos.h"
#include "sourcelisting.h"
#include "stepcatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString repoPath(const QString &relative)
{
    return QStringLiteral(LAB_SOURCE_DIR) + u'/' + relative;
}

} // namespace

namespace {
// Every step id of every registered demo.
QStringList allStepIds()
{
    QStringList ids;
    for (const Demo &demo : LabTest::registry().demos().demos())
        ids += StepCatalog::stepIds(demo);
    ids.removeDuplicates();
    return ids;
}
} // namespace

class TestSourceListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void markerColumn();
    void unreadableFile();

    void embeddedFilesMatchRepository_data();
    void embeddedFilesMatchRepository();
    void everyDemoListsItsFiles();

    void demoMarkers_data();
    void demoMarkers();
    void cppAndPythonMarkSameSteps_data();
    void cppAndPythonMarkSameSteps();
    void stepCatalog_data();
    void stepCatalog();
};

void TestSourceListing::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("python");
    QTest::addColumn<int>("lineCount");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("empty") << QString() << false << 0 << QStringList() << QList<int>();
    QTest::newRow("cpp")
        << u"void f()\n{\n    start();  // step: start-spinner\n    // just a comment\n"
           "    int x = 1; // step:   slow-task-sleeps   \n}\n"_s
        << false << 6 << QStringList{u"start-spinner"_s, u"slow-task-sleeps"_s} << QList<int>{2, 4};
    QTest::newRow("cpp, no final newline, CRLF")
        << u"a();\r\nb(); // step: join\r\nc(); // step: print-answer"_s
        << false << 3 << QStringList{u"join"_s, u"print-answer"_s} << QList<int>{1, 2};
    QTest::newRow("python")
        << u"def slow():\n    time.sleep(3)  # step: slow-task-sleeps\n    return 42  # step: result-ready\n"_s
        << true << 3 << QStringList{u"slow-task-sleeps"_s, u"result-ready"_s} << QList<int>{1, 2};
    QTest::newRow("python ignores C++ markers")
        << u"x = 1  // step: join\n"_s << true << 1 << QStringList() << QList<int>();
    QTest::newRow("C++ ignores Python markers")
        << u"#include <x>\nint a;  # step: join\n"_s << false << 2 << QStringList() << QList<int>();
    QTest::newRow("marker must end the line")
        << u"f(); // step: join and more\n"_s << false << 1 << QStringList() << QList<int>();
}

void TestSourceListing::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, python);
    QFETCH(int, lineCount);
    QFETCH(QStringList, ids);
    QFETCH(QList<int>, lines);

    const SourceListing listing(text, python ? SourceListing::Language::Python : SourceListing::Language::Cpp,
                                u"test"_s, allStepIds());
    QVERIFY2(listing.isValid(), qPrintable(listing.errors().join(u'\n')));
    QCOMPARE(listing.lineCount(), lineCount);
    QCOMPARE(listing.stepIds(), ids);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QCOMPARE(listing.lineOfStep(ids.at(i)), lines.at(i));
        QCOMPARE(listing.stepAtLine(lines.at(i)), ids.at(i));
        QVERIFY(!listing.lines().at(lines.at(i)).endsWith(u'\r'));
    }
    QCOMPARE(listing.lineOfStep(u"no-such-step"), -1);
}

void TestSourceListing::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedInError");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("duplicate")
        << u"a(); // step: join\nb();\nc(); // step: join\n"_s << u"test:3"_s
        << QStringList{u"join"_s, u"join"_s};
    QTest::newRow("unknown") << u"a(); // step: make-coffee\n"_s << u"make-coffee"_s
                             << QStringList{u"make-coffee"_s};
    QTest::newRow("malformed") << u"a(); // step: Start_Spinner\n"_s << u"malformed"_s << QStringList();
    QTest::newRow("empty id") << u"a(); // step:\n"_s << u"malformed"_s << QStringList();
    QTest::newRow("comment-only line") << u"    // step: join\nfinish();\n"_s << u"test:1"_s
                                       << QStringList{u"join"_s};
}

void TestSourceListing::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedInError);
    QFETCH(QStringList, ids);

    const SourceListing listing(text, SourceListing::Language::Cpp, u"test"_s, allStepIds());
    QVERIFY(!listing.isValid());
    QCOMPARE(listing.errors().size(), 1);
    QVERIFY2(listing.errors().constFirst().contains(expectedInError), qPrintable(listing.errors().constFirst()));
    QCOMPARE(listing.stepIds(), ids);
    if (!ids.isEmpty())
        QCOMPARE(listing.lineOfStep(ids.constFirst()), 0);  // the first one counts
}

void TestSourceListing::markerColumn()
{
    QCOMPARE(SourceListing::markerColumn(u"    f();  // step: join", SourceListing::Language::Cpp), 10);
    QCOMPARE(SourceListing::markerColumn(u"    f();  // step: join", SourceListing::Language::Python), -1);
    QCOMPARE(SourceListing::markerColumn(u"f()  # step: join", SourceListing::Language::Python), 5);
    QCOMPARE(SourceListing::markerColumn(u"f(); // a comment", SourceListing::Language::Cpp), -1);
}

void TestSourceListing::unreadableFile()
{
    const SourceListing listing = SourceListing::fromFile(u":/sources/no/such/file.cpp"_s);
    QCOMPARE(listing.lineCount(), 0);
    QCOMPARE(listing.errors().size(), 1);
}

void TestSourceListing::embeddedFilesMatchRepository_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("repoFile");
    QSet<QString> seen;
    for (const Demo &demo : LabTest::registry().demos().demos()) {
        for (const QString &file : demo.listings.cppFiles) {
            if (!seen.contains(file))
                QTest::newRow(qPrintable(file)) << DemoListing::cppResourcePath(file) << repoPath(file);
            seen.insert(file);
        }
        const QString &python = demo.listings.pythonFile;
        if (!seen.contains(python))
            QTest::newRow(qPrintable(python)) << DemoListing::pythonResourcePath(python) << repoPath(python);
        seen.insert(python);
    }
}

void TestSourceListing::embeddedFilesMatchRepository()
{
    QFETCH(QString, resource);
    QFETCH(QString, repoFile);
    QVERIFY2(QFile::exists(resource), qPrintable(resource + u" is not embedded"_s));
    QVERIFY2(QFile::exists(repoFile), qPrintable(repoFile));
    const QByteArray embedded = readAll(resource);
    QVERIFY(!embedded.isEmpty());
    QVERIFY2(embedded == readAll(repoFile),
             qPrintable(resource + u" differs from "_s + repoFile + u": rebuild"_s));
}

// Every demo lists files that exist, once each, and a Python counterpart of its own name.
void TestSourceListing::everyDemoListsItsFiles()
{
    QSet<QString> pythonNames;
    for (const Demo &demo : LabTest::registry().demos().demos()) {
        QVERIFY2(!demo.listings.cppFiles.isEmpty(), qPrintable(demo.id));
        const QSet<QString> unique(demo.listings.cppFiles.cbegin(), demo.listings.cppFiles.cend());
        QCOMPARE(unique.size(), demo.listings.cppFiles.size());
        const QString name = QFileInfo(demo.listings.pythonFile).fileName();
        QVERIFY2(name.endsWith(u".py"_s), qPrintable(demo.id));
        pythonNames.insert(name);
    }
    // Python counterparts are embedded by file name: two demos may share one, never two files one name.
    QSet<QString> pythonPaths;
    for (const Demo &demo : LabTest::registry().demos().demos())
        pythonPaths.insert(demo.listings.pythonFile);
    QCOMPARE(pythonNames.size(), pythonPaths.size());
}

void TestSourceListing::demoMarkers_data()
{
    LabTest::addDemoRows(LabTest::allDemoIds());
}

// Each step of a demo maps to exactly one line of its C++ files and one line of its Python file,
// and the embedded listing locates it where the repository file has it.
void TestSourceListing::demoMarkers()
{
    QFETCH(DemoId, demo);
    const Demo &descriptor = LabTest::demo(demo);
    const DemoListing listing = DemoListing::load(descriptor);
    QVERIFY2(listing.errors().isEmpty(), qPrintable(listing.errors().join(u'\n')));
    QCOMPARE(listing.stepIds(), StepCatalog::stepIds(descriptor));
    QVERIFY(!listing.stepIds().isEmpty());

    const DemoListing fromRepo = DemoListing::loadFromDirectory(descriptor, QStringLiteral(LAB_SOURCE_DIR));
    QVERIFY2(fromRepo.errors().isEmpty(), qPrintable(fromRepo.errors().join(u'\n')));
    for (const QString &id : listing.stepIds()) {
        const DemoListing::Location cpp = listing.cppLocation(id);
        QVERIFY2(cpp.isValid(), qPrintable(id));
        QCOMPARE(cpp, fromRepo.cppLocation(id));
        const QString line = listing.cppFiles().at(cpp.file).lines().at(cpp.line);
        QVERIFY2(line.endsWith(u"// step: "_s + id), qPrintable(line));
        const int py = listing.pythonLine(id);
        QVERIFY2(py >= 0, qPrintable(id));
        QCOMPARE(py, fromRepo.pythonLine(id));
        QVERIFY(listing.python().lines().at(py).endsWith(u"# step: "_s + id));
    }
}

void TestSourceListing::cppAndPythonMarkSameSteps_data()
{
    demoMarkers_data();
}

// Every marker of the demo's C++ files that is a step of the demo is in the Python file, and the
// other way round (C++ files shared with other demos may carry those demos' steps, but only steps
// some registered demo has).
void TestSourceListing::cppAndPythonMarkSameSteps()
{
    QFETCH(DemoId, demo);
    QSet<QString> knownSteps;
    for (const Demo &other : LabTest::registry().demos().demos()) {
        for (const QString &id : StepCatalog::stepIds(other))
            knownSteps.insert(id);
    }
    const DemoListing listing = DemoListing::load(LabTest::demo(demo));
    QSet<QString> cppIds;
    for (const SourceListing &file : listing.cppFiles()) {
        for (const QString &id : file.stepIds()) {
            QVERIFY2(knownSteps.contains(id), qPrintable(file.name() + u": "_s + id));
            if (listing.stepIds().contains(id))
                cppIds.insert(id);
        }
    }
    const QStringList pythonList = listing.python().stepIds();
    const QSet<QString> pythonIds(pythonList.cbegin(), pythonList.cend());
    QCOMPARE(pythonIds.size(), pythonList.size());
    QCOMPARE(cppIds, pythonIds);
    const QStringList demoList = listing.stepIds();
    QCOMPARE(cppIds, QSet<QString>(demoList.cbegin(), demoList.cend()));
}

void TestSourceListing::stepCatalog_data()
{
    demoMarkers_data();
}

void TestSourceListing::stepCatalog()
{
    QFETCH(DemoId, demo);
    const Demo &descriptor = LabTest::demo(demo);
    for (const QString &id : StepCatalog::stepIds(descriptor)) {
        QVERIFY2(StepCatalog::title(descriptor, id) != id, qPrintable(id));
        QVERIFY2(StepCatalog::explanation(descriptor, id).contains(u"Python"_s), qPrintable(id));
        QVERIFY(StepCatalog::numberedTitle(descriptor, id).contains(StepCatalog::title(descriptor, id)));
    }
    QCOMPARE(StepCatalog::title(descriptor, u"make-coffee"), u"make-coffee"_s);
    QVERIFY(StepCatalog::explanation(descriptor, u"make-coffee").isEmpty());
    // Demo-specific texts where the demos differ.
    QVERIFY(StepCatalog::explanation(LabTest::demo(u"thread"_s), u"slow-task-sleeps")
            != StepCatalog::explanation(LabTest::demo(u"coroutine"_s), u"slow-task-sleeps"));
}

LAB_TEST_MAIN(TestSourceListing)
#include "tst_sourcelisting.moc"
