// SPDX-License-Identifier: MIT
// The bundled Python examples run as they are shipped (the embedded copies) and print the answer.
#include "demolisting.h"
#include "labtest.h"
#include "labtestdemos.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestPythonExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runs_data();
    void runs();
    void seconds();
    void creditsAndAdditions();

private:
    QString m_python;
    QTemporaryDir m_dir;
};

void TestPythonExamples::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = QStandardPaths::findExecutable(u"python3"_s);
}

void TestPythonExamples::runs_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<bool>("spins");  // the spinner gets to print at least once

    // Every Python counterpart of the spinner lessons (1 and 2), which take --seconds and print the
    // answer: a new demo of theirs is tested by being registered. (Lesson 3's scripts take numbers and
    // workers; its own tests run them.)
    QList<Demo> spinnerDemos;
    for (const QString &lesson : {u"spinners"_s, u"block-loop"_s})
        spinnerDemos += LabTest::registry().lesson(lesson)->demos;
    for (const Demo &demo : std::as_const(spinnerDemos)) {
        QVERIFY2(!demo.listings.pythonFile.isEmpty(), qPrintable(demo.id + u" has no Python counterpart"_s));
        const QString name = QFileInfo(demo.listings.pythonFile).fileName();
        // In the experiment, slow() blocks the event loop before the spinner task ever runs.
        QTest::newRow(qPrintable(demo.id)) << DemoListing::pythonResourcePath(demo.listings.pythonFile)
                                          << (name != u"spinner_async_experiment.py"_s);
    }
}

void TestPythonExamples::runs()
{
    QFETCH(QString, resource);
    QFETCH(bool, spins);
    if (m_python.isEmpty())
        QSKIP("python3 is not on PATH: cannot run the Python examples");

    // Run a copy of the embedded file: that is the one users save and run.
    const QString script = m_dir.filePath(QFileInfo(resource).fileName());
    QFile::remove(script);
    QVERIFY(QFile::copy(resource, script));

    QProcess python;
    python.setProgram(m_python);
    python.setArguments({u"-X"_s, u"utf8"_s, script, u"--seconds"_s, u"0.2"_s});
    python.start();
    QVERIFY2(python.waitForStarted(10'000), qPrintable(python.errorString()));
    QVERIFY2(python.waitForFinished(30'000), qPrintable(python.errorString()));
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    const QString err = QString::fromUtf8(python.readAllStandardError());
    QCOMPARE(python.exitStatus(), QProcess::NormalExit);
    QVERIFY2(python.exitCode() == 0, qPrintable(err));
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.endsWith(u"Answer: 42\n"_s), qPrintable(out));
    QCOMPARE(out.contains(u" thinking!"_s), spins);
    QVERIFY2(!out.contains(u"THIS WILL NEVER BE OUTPUT"_s), qPrintable(out));   // the experiment's proof
}

// --seconds is honoured: a 0.2 s run takes well under the default 3 s.
void TestPythonExamples::seconds()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not on PATH: cannot run the Python examples");
    const QString script = m_dir.filePath(u"timed_spinner_thread.py"_s);
    QVERIFY(QFile::copy(u":/python/spinner_thread.py"_s, script));
    QElapsedTimer clock;
    clock.start();
    QProcess python;
    python.start(m_python, {script, u"--seconds"_s, u"0.2"_s});
    QVERIFY(python.waitForFinished(30'000));
    QCOMPARE(python.exitCode(), 0);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(clock.elapsed() >= 200);
}

// Every counterpart credits the book; the experiment keeps the book's proof line; the lines the app
// adds to the book's code (the 'await spinner' join) say so.
void TestPythonExamples::creditsAndAdditions()
{
    QSet<QString> seen;
    for (const Demo &demo : LabTest::registry().demos().demos()) {
        const QString resource = DemoListing::pythonResourcePath(demo.listings.pythonFile);
        if (seen.contains(resource))
            continue;
        seen.insert(resource);
        QFile file(resource);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(resource));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(u"\"Fluent Python\", 2nd edition, by Luciano Ramalho (O'Reilly"_s), qPrintable(resource));
        if (QFileInfo(resource).fileName() == u"spinner_async_experiment.py"_s)
            QVERIFY(text.contains(u"    print('THIS WILL NEVER BE OUTPUT')"_s));
        const QStringList lines = text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().startsWith(u"await spinner"_s))
                continue;
            const QString before = lines.mid(std::max<qsizetype>(0, i - 2), 2).join(u'\n');
            QVERIFY2(before.contains(u"# Not in the book"_s), qPrintable(resource + u": "_s + before));
        }
    }
    QVERIFY(!seen.isEmpty());
}

LAB_TEST_MAIN(TestPythonExamples)
#include "tst_pythonexamples.moc"
