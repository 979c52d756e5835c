// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a file the user named (a report, a screenshot, a saved example) so that it is complete or
// not written at all, and never destroys what the path names:
// - a regular file, new or existing, also through symlinks (which stay symlinks): written to a
//   temporary file beside it and renamed over it (QSaveFile), so a full disk leaves the old file;
// - a character device (/dev/null, a terminal) or a pipe with a reader (/dev/stdout piped on):
//   written in place, every byte checked (/dev/full fails);
// - anything else (a directory, a pipe nobody reads, a socket, a block device): refused.
// Replacing a device node with a regular file (which root could do) is never an option.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    // Empty on success; otherwise why not, translated, naming the path. `what` names the file for
    // the message, translated by the caller ("the report").
    static QString write(const QString &path, const QByteArray &bytes, const QString &what);
    // Before the work whose result will be written (a long benchmark): empty if write() could
    // succeed as far as can be told now (the file or its folder is writable, or it is a device or a
    // pipe), otherwise why not, translated, as write() would say it. Writes nothing.
    static QString check(const QString &path, const QString &what);
    // True if `path`, following symlinks, names nothing yet or a regular file: what may be replaced
    // by a new file (QSettings and QSaveFile do that).
    static bool isReplaceable(const QString &path);
};
