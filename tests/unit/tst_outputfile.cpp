// SPDX-License-Identifier: MIT
// Writing a report, a screenshot, a saved example or the settings: complete or not at all, and never
// at the cost of what the path names (a symlink, a device, a pipe).
#include "labtest.h"

#include "labsettings.h"
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

class TestOutputFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newAndExistingRegularFiles();
    void symlinkStaysASymlink();
    void nullDeviceIsWrittenNotReplaced();
    void fullDeviceFailsClearly();
    void pipeWithoutReaderFailsAtOnce();
    void pipeWithReaderReceivesEverything();
    void refusesFoldersAndBadPaths();
    void checkTellsBeforeTheWork();
    void fullDiskLeavesTheOldFile();
    void settingsOnAFullDiskSayWhy();
};

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isCharacterDevice(const char *path)
{
    struct stat status {};
    return ::lstat(path, &status) == 0 && S_ISCHR(status.st_mode);
}

// Only the file written is left in `dir`: no temporary file beside it.
QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// A full disk, as the process sees it: no file may grow beyond `bytes` (writes fail with EFBIG, as
// they fail with ENOSPC on a full disk, and no root is needed to mount a small one).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);   // the write fails instead of killing us
        const rlimit limit{bytes, m_old.rlim_max};
        m_ok = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool isSet() const { return m_ok; }

private:
    rlimit m_old {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

void TestOutputFile::newAndExistingRegularFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.json"_s);
    QCOMPARE(OutputFile::write(path, "first, and longer", u"the report"_s), QString());
    QCOMPARE(contents(path), QByteArray("first, and longer"));
    QCOMPARE(OutputFile::write(path, "second", u"the report"_s), QString());
    QCOMPARE(contents(path), QByteArray("second"));   // replaced, not overwritten in place
    QCOMPARE(entries(dir), QStringList{u"report.json"_s});
}

void TestOutputFile::symlinkStaysASymlink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"target.json"_s);
    const QString link = dir.filePath(u"link.json"_s);
    QVERIFY(QFile(target).open(QIODevice::WriteOnly));
    QVERIFY(QFile::link(target, link));
    QCOMPARE(OutputFile::write(link, "through the link", u"the report"_s), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(contents(target), QByteArray("through the link"));
}

// Run as root, the app once replaced /dev/null with a regular file (issue 17).
void TestOutputFile::nullDeviceIsWrittenNotReplaced()
{
    QVERIFY(isCharacterDevice("/dev/null"));
    QCOMPARE(OutputFile::write(u"/dev/null"_s, "nothing to see", u"the report"_s), QString());
    QVERIFY(isCharacterDevice("/dev/null"));

    QTemporaryDir dir;   // a symlink to a device, like a settings file pointing at /dev/null
    const QString link = dir.filePath(u"to-null"_s);
    QVERIFY(QFile::link(u"/dev/null"_s, link));
    QCOMPARE(OutputFile::write(link, "nothing", u"the report"_s), QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(isCharacterDevice("/dev/null"));
}

// /dev/full: every write fails with ENOSPC, as on a full disk.
void TestOutputFile::fullDeviceFailsClearly()
{
    if (!QFileInfo::exists(u"/dev/full"_s))
        QSKIP("no /dev/full on this system");
    const QString error = OutputFile::write(u"/dev/full"_s, QByteArray(4096, 'x'), u"the report"_s);
    QVERIFY2(error.startsWith(u"Cannot write the report to /dev/full: "_s), qPrintable(error));
    QVERIFY(isCharacterDevice("/dev/full"));
}

void TestOutputFile::pipeWithoutReaderFailsAtOnce()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString error = OutputFile::write(fifo, "lost", u"the report"_s);   // must not hang
    QVERIFY2(error.contains(u"pipe that nobody reads"_s), qPrintable(error));
}

// `--report /dev/stdout | jq`: a pipe with a reader gets every byte, however slow the reader.
void TestOutputFile::pipeWithReaderReceivesEverything()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    std::unique_ptr<QThread> reader(QThread::create([&] {
        QFile in(fifo);
        if (in.open(QIODevice::ReadOnly))   // blocks until the writer opens
            received = in.readAll();
    }));
    reader->start();
    const QByteArray sent(1 << 20, 'r');   // larger than a pipe's buffer
    QString error;
    for (int attempt = 0; attempt < 200; ++attempt) {   // until the reader has opened its end
        error = OutputFile::write(fifo, sent, u"the report"_s);
        if (error.isEmpty())
            break;
        QThread::msleep(10);
    }
    QCOMPARE(error, QString());
    QVERIFY(reader->wait(10000));
    QCOMPARE(received.size(), sent.size());
}

void TestOutputFile::refusesFoldersAndBadPaths()
{
    QTemporaryDir dir;
    QString error = OutputFile::write(dir.path(), "x", u"the report"_s);
    QVERIFY2(error.contains(u"not a regular file"_s) || error.contains(u"director"_s), qPrintable(error));
    QVERIFY(QFileInfo(dir.path()).isDir());
    error = OutputFile::write(dir.filePath(u"no/such/folder/r.json"_s), "x", u"the report"_s);
    QVERIFY2(error.startsWith(u"Cannot write the report to "_s), qPrintable(error));
    error = OutputFile::write(QString(), "x", u"the report"_s);
    QCOMPARE(error, u"Cannot write the report: no file name given."_s);
    QVERIFY(entries(dir).isEmpty());
}

// check() says ahead what write() would refuse (a long benchmark is not measured for nothing), and
// writes nothing.
void TestOutputFile::checkTellsBeforeTheWork()
{
    QTemporaryDir dir;
    QVERIFY(OutputFile::check(dir.filePath(u"new.json"_s), u"the figures"_s).isEmpty());
    QVERIFY(OutputFile::check(u"/dev/null"_s, u"the figures"_s).isEmpty());
    QString error = OutputFile::check(dir.path(), u"the figures"_s);
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
    error = OutputFile::check(dir.filePath(u"no/such/folder/f.json"_s), u"the figures"_s);
    QVERIFY2(error.contains(u"its folder does not exist"_s), qPrintable(error));
    QCOMPARE(OutputFile::check(QString(), u"the figures"_s), u"Cannot write the figures: no file name given."_s);
    if (::geteuid() != 0) {   // root may write anywhere
        QFile locked(dir.filePath(u"locked"_s));
        QVERIFY(QDir().mkpath(locked.fileName()));
        QVERIFY(QFile::setPermissions(locked.fileName(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        error = OutputFile::check(locked.fileName() + u"/f.json"_s, u"the figures"_s);
        QVERIFY2(error.contains(u"its folder is not writable"_s), qPrintable(error));
        QFile::setPermissions(locked.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
}

void TestOutputFile::fullDiskLeavesTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.json"_s);
    QCOMPARE(OutputFile::write(path, "the old report", u"the report"_s), QString());
    // Small enough to sit in Qt's write buffer: the failure shows only when it is flushed (Qt 6.4's
    // QSaveFile::commit() ignored that and renamed an empty file over the report).
    for (const qsizetype size : {qsizetype(100), qsizetype(100'000)}) {
        QString error;
        {
            const FileSizeLimit full(10);
            QVERIFY(full.isSet());
            error = OutputFile::write(path, QByteArray(size, 'x'), u"the report"_s);
        }
        QVERIFY2(error.startsWith(u"Cannot write the report to "_s), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("the old report"));
        QCOMPARE(entries(dir), QStringList{u"report.json"_s});
    }
    // A new file is not created at all.
    const QString fresh = dir.filePath(u"new.json"_s);
    {
        const FileSizeLimit full(10);
        QVERIFY(!OutputFile::write(fresh, QByteArray(100, 'x'), u"the report"_s).isEmpty());
    }
    QVERIFY(!QFileInfo::exists(fresh));
}

void TestOutputFile::settingsOnAFullDiskSayWhy()
{
    QCoreApplication::setOrganizationName(u"ConcurrencyLabTests"_s);   // QSettings fails without one
    LabSettings settings;
    QVERIFY(settings.problem().isEmpty());
    settings.setSlowTaskDuration(std::chrono::milliseconds(2500));
    QCOMPARE(settings.save(), QString());
    const QString path = QSettings().fileName();
    const QByteArray saved = contents(path);
    QVERIFY(saved.contains("2500"));
    settings.setSlowTaskDuration(std::chrono::milliseconds(4500));
    QString error;
    {
        const FileSizeLimit full(10);
        QVERIFY(full.isSet());
        error = settings.save();
    }
    QVERIFY2(error.startsWith(u"Settings could not be saved to "_s), qPrintable(error));
    QCOMPARE(contents(path), saved);   // nothing lost
    QCOMPARE(settings.save(), QString());   // room again: saved
    QVERIFY(contents(path).contains("4500"));
}

LAB_TEST_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
