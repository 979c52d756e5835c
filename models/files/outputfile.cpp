// SPDX-License-Identifier: MIT
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Target { Missing, RegularFile, Device, Pipe, Other };

// What `path` names, following symlinks.
Target targetOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return errno == ENOENT ? Target::Missing : Target::Other;
    if (S_ISREG(status.st_mode))
        return Target::RegularFile;
    if (S_ISCHR(status.st_mode))
        return Target::Device;
    if (S_ISFIFO(status.st_mode))
        return Target::Pipe;
    return Target::Other;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return Target::Missing;
    return info.isFile() ? Target::RegularFile : Target::Other;
#endif
}

QString failure(const QString &what, const QString &path, const QString &reason)
{
    //: %1 names the file ("the report"), %2 is its path, %3 the reason
    return OutputFile::tr("Cannot write %1 to %2: %3").arg(what, QDir::toNativeSeparators(path), reason);
}

QString writeAtomically(const QString &path, const QByteArray &bytes, const QString &what)
{
    QSaveFile file(path);   // follows symlinks: the link stays, its target is replaced
    if (!file.open(QIODevice::WriteOnly))
        return failure(what, path, file.errorString());
    // Flushed here and checked: Qt 6.4's commit() returns true when its own flush fails (a full disk)
    // and renames the empty temporary file over the target (checked on a full tmpfs).
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString error = file.errorString();
        file.cancelWriting();   // the old file stays
        return failure(what, path, error);
    }
    if (!file.commit())
        return failure(what, path, file.errorString());
    return {};
}

#ifdef Q_OS_UNIX
// A device or a pipe, written where it is. A pipe is opened without blocking first: with no reader
// that fails at once (ENXIO) instead of hanging the app.
QString writeInPlace(const QString &path, const QByteArray &bytes, const QString &what)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENXIO)
            return failure(what, path, OutputFile::tr("it is a pipe that nobody reads"));
        return failure(what, path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);   // now wait for a slow reader
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : EIO));
            ::close(fd);
            return failure(what, path, reason);
        }
        written += n;
    }
    if (::close(fd) != 0)
        return failure(what, path, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}
#endif

} // namespace

QString OutputFile::check(const QString &path, const QString &what)
{
    if (path.isEmpty())
        return tr("Cannot write %1: no file name given.").arg(what);
    const QFileInfo info(path);
    switch (targetOf(path)) {
    case Target::Missing: {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return failure(what, path, tr("its folder does not exist"));
        if (!folder.isWritable())
            return failure(what, path, tr("its folder is not writable"));
        return {};
    }
    case Target::RegularFile: {
        // Replaced through a temporary file beside it (beside a symlink's target): that folder must
        // be writable too.
        const QFileInfo file(info.canonicalFilePath());
        if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
            return failure(what, path, tr("it is not writable"));
        return {};
    }
    case Target::Device:
    case Target::Pipe:
        return {};   // written in place; whether a reader is there is known only then
    case Target::Other:
        break;
    }
    return failure(what, path, tr("it is not a regular file (a folder, a socket or a disk?)"));
}

bool OutputFile::isReplaceable(const QString &path)
{
    const Target target = targetOf(path);
    return target == Target::Missing || target == Target::RegularFile;
}

QString OutputFile::write(const QString &path, const QByteArray &bytes, const QString &what)
{
    if (path.isEmpty())
        return tr("Cannot write %1: no file name given.").arg(what);
    switch (targetOf(path)) {
    case Target::Missing:
    case Target::RegularFile:
        return writeAtomically(path, bytes, what);
#ifdef Q_OS_UNIX
    case Target::Device:
    case Target::Pipe:
        return writeInPlace(path, bytes, what);
#else
    case Target::Device:
    case Target::Pipe:
#endif
    case Target::Other:
        break;
    }
    return failure(what, path, tr("it is not a regular file (a folder, a socket or a disk?)"));
}
