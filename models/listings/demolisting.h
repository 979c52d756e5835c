// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"
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
    // Reads the files of `kind` from the resources (":/sources/...", ":/python/...").
    static DemoListing load(DemoKind kind);
    // Same, from the files below `rootDir` (the repository) instead; for tests and tools.
    static DemoListing loadFromDirectory(DemoKind kind, const QString &rootDir);

    DemoKind kind() const { return m_kind; }
    QStringList stepIds() const { return m_stepIds; }
    QList<SourceListing> cppFiles() const { return m_cppFiles; }
    SourceListing python() const { return m_python; }

    // Where step `id` is in the C++ files; invalid when it is not marked there.
    Location cppLocation(QStringView id) const;
    // 0-based line of step `id` in the Python file, or -1.
    int pythonLine(QStringView id) const;

    // Translated descriptions of what is wrong: errors of the files, and every step of the demo
    // that is not marked exactly once in its C++ files and exactly once in its Python file, and
    // every marker that no demo knows. Empty when the demo can be shown step by step.
    QStringList errors() const;

private:
    static DemoListing loadWith(DemoKind kind, const QString &cppRoot, const QString &pythonRoot);

    DemoKind m_kind = DemoKind::Thread;
    QStringList m_stepIds;
    QList<SourceListing> m_cppFiles;
    SourceListing m_python;
};
