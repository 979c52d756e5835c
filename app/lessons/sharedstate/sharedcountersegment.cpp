// SPDX-License-Identifier: MIT
#include "sharedcountersegment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSystemSemaphore>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

static_assert(std::atomic_ref<qint64>::is_always_lock_free, "the shared counter needs a lock-free 64-bit atomic");

namespace {

const QString keyPrefix = u"concurrency-lab-counter-"_s;
const QString noteSuffix = u".ipc"_s;

// The keys this process has noted and not yet removed (the GUI thread's: runs are started there).
QSet<QString> &notedHere()
{
    static QSet<QString> keys;
    return keys;
}

// The PID and run number in "concurrency-lab-counter-<pid>-<n>", or nullopt.
std::optional<qint64> pidInKey(const QString &key)
{
    static const QRegularExpression pattern(u"^concurrency-lab-counter-([1-9][0-9]{0,9})-[1-9][0-9]{0,19}$"_s);
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

// POSIX: whether no process has this PID any more (kill(pid, 0) fails with ESRCH). A process of
// another user (EPERM) or a zombie still counts as one.
bool processIsGone(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

// POSIX: whether this process's user owns `file` (the System V objects are 0600: only they can remove them).
bool isThisUsers(const QFileInfo &file)
{
    return file.ownerId() == uint(::getuid());
}

// Whether the run noted as `key` was a process's that is gone: another PID that no longer runs, or
// this PID, used before by an earlier process (this process did not note it).
bool isLeftover(const QString &key)
{
    const std::optional<qint64> pid = pidInKey(key);
    if (!pid)
        return false;
    if (*pid == QCoreApplication::applicationPid())
        return !notedHere().contains(key);
    return processIsGone(*pid);
}

// Removes the System V objects of the run with `key`, as its parent would have. True once none is
// left; false while some process is still attached to its segment (the semaphores then stay too).
bool removeObjectsOf(const QString &key)
{
    QString segmentFile;
    {
        QSharedMemory segment(key);
        segmentFile = segment.nativeKey();   // Qt 6.4 on Linux: the key file's path
        if (segment.attach())
            segment.detach();   // the last to detach: Qt removes the segment and its file
        else if (segment.error() == QSharedMemory::NotFound)
            QFile::remove(segmentFile);   // a key file whose segment is gone, if any
    }
    if (QFile::exists(segmentFile))
        return false;
    // Create takes a semaphore over and removes it (and its file) when destroyed: QSharedMemory's own,
    // then the counter's lock.
    for (const QString &semaphoreKey : {key, SharedCounterSegment::semaphoreKey(key)}) {
        const QSystemSemaphore takenOver(semaphoreKey, 1, QSystemSemaphore::Create);
    }
    return true;
}

} // namespace

QString SharedCounterSegment::uniqueKey()
{
    static quint64 runs = 0;   // the GUI thread's: runs are started there
    return keyPrefix + u"%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++runs);
}

QString SharedCounterSegment::semaphoreKey(const QString &key)
{
    return key + u"-lock"_s;
}

QString SharedCounterSegment::leftoverNote(const QString &key)
{
    return QDir::tempPath() + u'/' + key + noteSuffix;
}

QStringList SharedCounterSegment::removeLeftovers()
{
    QStringList removed;
    const QFileInfoList notes = QDir(QDir::tempPath()).entryInfoList({keyPrefix + u'*' + noteSuffix}, QDir::Files | QDir::NoSymLinks);
    for (const QFileInfo &note : notes) {
        const QString key = note.fileName().chopped(noteSuffix.size());
        if (isThisUsers(note) && isLeftover(key) && removeObjectsOf(key) && QFile::remove(note.filePath()))
            removed.append(key);
    }
    return removed;
}

SharedCounterSegment::SharedCounterSegment(const QString &key)
    : m_key(key)
    , m_memory(std::in_place, key)
{
}

SharedCounterSegment::~SharedCounterSegment()
{
    if (!m_noted)
        return;   // a child's, or nothing was created
    const QString segmentFile = m_memory->nativeKey();
    m_memory.reset();   // detaches; removes the segment and QSharedMemory's own semaphore if it was the last
    if (!QFile::exists(segmentFile))   // else a process still uses it: a later run removes it once this one is gone
        QFile::remove(leftoverNote(m_key));
    notedHere().remove(m_key);
}

bool SharedCounterSegment::create()
{
    removeLeftovers();
    // The note first: whatever happens from here on, a later run can find what this one made.
    QFile note(leftoverNote(m_key));
    if (!note.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {   // never through a symlink
        const QFileInfo existing(note.fileName());
        if (!existing.isFile() || existing.isSymLink() || !isThisUsers(existing)) {
            m_error = u"%1: %2"_s.arg(QDir::toNativeSeparators(note.fileName()), note.errorString());
            return false;
        }   // an earlier process's with this PID whose segment is still in use: it says the same
    } else {
        note.write(m_key.toUtf8() + '\n');
        note.close();
    }
    m_noted = true;
    notedHere().insert(m_key);

    // Python: multiprocessing.Value('q', 0, lock=False)
    if (!m_memory->create(sizeof(qint64)) && m_memory->error() == QSharedMemory::AlreadyExists) {
        // Left by a run that crashed with this key (a reused PID): attaching and detaching again
        // makes this process the last to detach, and Qt removes the segment. Then create it anew.
        if (m_memory->attach())
            m_memory->detach();
        m_memory->create(sizeof(qint64));
    }
    if (!m_memory->isAttached())
        return false;
    counter().store(0);   // a new System V segment is zero-filled; say so anyway
    return true;
}

bool SharedCounterSegment::attach()
{
    return m_memory->attach(QSharedMemory::ReadWrite);
}

std::atomic_ref<qint64> SharedCounterSegment::counter()
{
    // The segment starts on a page boundary: aligned for any atomic.
    return std::atomic_ref<qint64>(*static_cast<qint64 *>(m_memory->data()));
}
