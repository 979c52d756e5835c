// SPDX-License-Identifier: MIT
// The settings file: damaged content is neither kept nor written back; the app starts from the
// defaults, says so, and keeps the damaged file aside for whoever wants to look at it.
#include "labtest.h"

#include "labsettings.h"
#include "slowtask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <sys/stat.h>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

class TestLabSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanFileIsKept();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void fifoIsNeverOpened();

private:
    static QString path() { return QSettings().fileName(); }
    static void write(const QString &file, const QByteArray &bytes);
    static QByteArray read(const QString &file);
};

void TestLabSettings::init()
{
    QSettings().clear();
    QSettings().sync();
    QFile::remove(path() + u".corrupt"_s);
}

void TestLabSettings::write(const QString &file, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(bytes), bytes.size());
}

QByteArray TestLabSettings::read(const QString &file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

void TestLabSettings::cleanFileIsKept()
{
    {
        LabSettings settings;
        QVERIFY(settings.problem().isEmpty());
        settings.setSlowTaskDuration(2500ms);
        settings.setLessonValue(u"primes"_s, u"note"_s, u"caf\u00e9 \u00e0 la \"carte\"\n\ttab"_s);   // escaped by QSettings
        QVERIFY(settings.save().isEmpty());
    }
    LabSettings again;
    QVERIFY2(again.problem().isEmpty(), qPrintable(again.problem()));
    QCOMPARE(again.slowTaskDuration(), 2500ms);
    QVERIFY(!QFileInfo::exists(path() + u".corrupt"_s));
}

// A FIFO where the settings file should be: opening it would block the app for ever before its
// window (review finding). It is looked at first, and the session runs without saving.
void TestLabSettings::fifoIsNeverOpened()
{
    QCOMPARE(LabSettings::defaultPath(), QSettings().fileName());   // the same file QSettings uses
    const QString file = LabSettings::defaultPath();
    QFile::remove(file);
    QVERIFY(QDir().mkpath(QFileInfo(file).path()));
    QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
    {
        LabSettings settings;   // returns: no open() of the FIFO
        QVERIFY2(settings.problem().contains(u"not a regular file"_s), qPrintable(settings.problem()));
        settings.setSlowTaskDuration(2500ms);
        QVERIFY(settings.save().isEmpty());   // into the session's own file
    }
    QVERIFY(QFileInfo(file).isFile() == false);   // still the FIFO
    QFile::remove(file);
}

void TestLabSettings::damagedFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("junk");
    QTest::newRow("NUL bytes") << QByteArray("\x00\x01\xff[[[garbage\n=\x00zz", 18);
    // Valid UTF-8, no NUL: control bytes that QSettings never writes (it escapes them).
    QTest::newRow("control bytes") << QByteArray("[lesson]\nslowTaskMilliseconds=4000\n\x1b[2J\x07\x01\x02garbage=1\n");
    QTest::newRow("invalid UTF-8") << QByteArray("[lesson]\nslowTaskMilliseconds=4000\ngarbage=\xc3\x28\xfe\n");
}

void TestLabSettings::damagedFileIsMovedAside()
{
    QFETCH(QByteArray, junk);
    write(path(), junk);
    {
        LabSettings settings;
        QVERIFY(settings.problem().contains(u"could not be read; the defaults are used"_s));
        QVERIFY2(settings.problem().contains(QDir::toNativeSeparators(path() + u".corrupt"_s)), qPrintable(settings.problem()));
        QCOMPARE(settings.slowTaskDuration(), SlowTask::defaultDuration);   // not the junk's 4000 ms
        settings.setSlowTaskDuration(2s);
        QVERIFY(settings.save().isEmpty());
    }
    // The damaged file is kept as it was, aside; the settings file is clean text.
    QCOMPARE(read(path() + u".corrupt"_s), junk);
    const QByteArray saved = read(path());
    QVERIFY2(!saved.contains("garbage") && !saved.contains('\0') && !saved.contains('\x1b'), saved.constData());
    LabSettings again;
    QVERIFY2(again.problem().isEmpty(), qPrintable(again.problem()));
    QCOMPARE(again.slowTaskDuration(), 2s);
}

LAB_TEST_MAIN(TestLabSettings)
#include "tst_labsettings.moc"
