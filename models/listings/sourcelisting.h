// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// One source file cut into lines, with its step markers.
//
// A step is marked by a trailing comment on the very line that does it: `// step: <id>` in C++,
// `# step: <id>` in Python. An id is lower-case letters, digits and dashes ("slow-task-sleeps").
// Plain value type, any thread.
class SourceListing
{
    Q_DECLARE_TR_FUNCTIONS(SourceListing)
public:
    enum class Language { Cpp, Python };

    struct Marker {
        QString id;
        int line = -1;  // 0-based line number in the file
    };

    SourceListing() = default;
    // Parses `text`. When `knownIds` is not empty, a marker with another id is an error.
    // `name` is used in error messages only (e.g. "models/threadrunner.cpp").
    SourceListing(const QString &text, Language language, const QString &name = {},
                  const QStringList &knownIds = {});

    // Reads a file (or a Qt resource such as ":/sources/models/slowtask.cpp"); the language comes
    // from the suffix (.py is Python, anything else C++). A file that cannot be read gives an empty
    // listing with one error. `name` defaults to the path.
    static SourceListing fromFile(const QString &path, const QStringList &knownIds = {},
                                  const QString &name = {});
    static Language languageForPath(const QString &path);

    QString name() const { return m_name; }
    Language language() const { return m_language; }
    QString text() const { return m_text; }
    // The lines without their line breaks; a final line break does not start an empty line.
    QStringList lines() const { return m_lines; }
    int lineCount() const { return int(m_lines.size()); }

    // The markers in file order.
    QList<Marker> markers() const { return m_markers; }
    QStringList stepIds() const;
    // 0-based line of step `id`, or -1 when the file has no such marker (the first one if repeated).
    int lineOfStep(QStringView id) const;
    // Step id marked on `line`, or an empty string.
    QString stepAtLine(int line) const;

    // Translated descriptions of what is wrong: a repeated id, an unknown id, a malformed marker,
    // a marker on a line without code, an unreadable file. Empty when the listing is sound.
    QStringList errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }

    // The comment that introduces a marker: "// step:" or "# step:".
    static QString markerPrefix(Language language);
    // Position of the marker comment in `line` (where "//" or "#" starts), or -1. For highlighters.
    static qsizetype markerColumn(QStringView line, Language language);

private:
    void parse(const QStringList &knownIds);

    QString m_name;
    Language m_language = Language::Cpp;
    QString m_text;
    QStringList m_lines;
    QList<Marker> m_markers;
    QStringList m_errors;
};
