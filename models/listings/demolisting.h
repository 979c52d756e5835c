// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "sourcelisting.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// All listings of one demo, read from the embedded sources: its C++ files (one SourceListing each,
// named by repository path) and its Python counterpart, with each step located in both.
// Plain value type, any thread (the resources are read-only).
class DemoListing
{
    Q_DECLARE_TR_FUNCTIONS(DemoListing)
public:
    struct Location {
        int file = -1;  // index into cppFiles()
        int line = -1;  // 0-based line in that file
        bool isValid() const { return file >= 0 && line >= 0; }
        friend bool operator==(const Location &, const Location &) = default;
    };

    DemoListing() = default;
    // Reads the files of `demo` from the resources (":/sources/<repo path>", ":/python/<file name>").
    static DemoListing load(const Demo &demo);
    // Same, from the files below `rootDir` (the repository) instead; for tests and tools.
    static DemoListing loadFromDirectory(const Demo &demo, const QString &rootDir);
    // Resource path of a repository path ("models/tasks/slowtask.cpp" -> ":/sources/models/tasks/slowtask.cpp").
    static QString cppResourcePath(const QString &repoPath);
    // Resource path of a Python counterpart's repository path (":/python/<file name>").
    static QString pythonResourcePath(const QString &repoPath);

    const DemoId &demoId() const { return m_demoId; }
    QStringList stepIds() const { return m_stepIds; }
    QList<SourceListing> cppFiles() const { return m_cppFiles; }
    SourceListing python() const { return m_python; }

    // Where step `id` is in the C++ files; invalid when it is not marked there.
    Location cppLocation(QStringView id) const;
    // 0-based line of step `id` in the Python file, or -1.
    int pythonLine(QStringView id) const;

    // Translated descriptions of what is wrong: errors of the files, and every step of the demo
    // that is not marked exactly once in its C++ files and exactly once in its Python file, and
    // every Python marker that is not a step of the demo. Empty when the demo can be shown step by step.
    QStringList errors() const;

private:
    static DemoListing loadWith(const Demo &demo, const QString &cppRoot, const QString &pythonPath);

    DemoId m_demoId;
    QStringList m_stepIds;
    QList<SourceListing> m_cppFiles;
    SourceListing m_python;
};
