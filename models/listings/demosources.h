// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which source files show each demo in the code viewer: the demo -> files table.
//
// A demo is one entry: its C++ files (paths relative to the repository, in reading order), its Python
// counterpart (a file of resources/python/) and its steps in order. The files are embedded as Qt
// resources by resources/CMakeLists.txt, whose list of C++ files must match the table
// (tst_sourcelisting checks both ways). Any thread.
namespace DemoSources {

struct Entry {
    DemoKind kind = DemoKind::Thread;
    QStringList cppFiles;   // e.g. "models/threadrunner.cpp"
    QString pythonFile;     // e.g. "spinner_thread.py"
    QStringList stepIds;    // e.g. "start-spinner", ..., "print-answer"
};

// Resource prefixes: ":/sources/<repo path>" and ":/python/<file name>".
QString cppResourceRoot();
QString pythonResourceRoot();

// The whole table, one entry per demo that has listings.
const QList<Entry> &table();
// The entry of `kind`; an entry with no files when the demo has no listings (yet).
Entry entry(DemoKind kind);
bool hasListings(DemoKind kind);

// ":/sources/models/threadrunner.cpp", ... for the C++ files of `kind`, in reading order.
QStringList cppResourcePaths(DemoKind kind);
// ":/python/spinner_thread.py"; empty when the demo has none.
QString pythonResourcePath(DemoKind kind);
// "resources/python/spinner_thread.py": where the Python file lives in the repository.
QString pythonRepoPath(DemoKind kind);
// Resource path of a repository path ("models/slowtask.cpp" -> ":/sources/models/slowtask.cpp").
QString cppResourcePath(const QString &repoPath);

// Every C++ file and every Python file of the table, each once (repository-relative / file names).
QStringList allCppFiles();
QStringList allPythonFiles();
// Every step id used by a demo, each once, in first-use order.
QStringList allStepIds();

} // namespace DemoSources
