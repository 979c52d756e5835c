// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// What a program wrote to its stdout and stderr, as a terminal shows it, in bounded memory.
//
// Bytes are UTF-8, cut anywhere (a character split between two writes is joined). Each stream
// writes into its own current line: '\n' ends it; '\r' moves back to its start, so the text that
// follows overwrites it character by character, as in a terminal (the book's spinners print
// "\r<char> <msg>" again and again: one line that animates); '\b' moves back one character; tabs
// are kept; other control characters and ANSI escape sequences (colours) are dropped. A line
// longer than maxLineLength continues on a new line. Notes are whole lines of the app's own (the
// command line, how the run ended). Only the last maxLines lines are kept.
//
// A plain value; not thread-safe.
class ConsoleText
{
public:
    enum class Stream { Output, Error, Note };
    struct Line {
        QString text;
        Stream stream = Stream::Output;
        friend bool operator==(const Line &, const Line &) = default;
    };
    // What changed since the last takeChanges(), for a view that shows lines(): first drop
    // `dropped` lines from its top (at most as many as it has), then replace every line from
    // `firstChanged` on (an index into lines(); -1: none changed) with lines().mid(firstChanged).
    struct Changes {
        qsizetype dropped = 0;
        qsizetype firstChanged = -1;
    };

    static constexpr qsizetype defaultMaxLines = 2000;
    static constexpr qsizetype maxLineLength = 4000;   // in characters (code points)

    explicit ConsoleText(qsizetype maxLines = defaultMaxLines);

    // Bytes the program wrote to `stream` (Output or Error; a Note is taken as Output).
    void write(Stream stream, QByteArrayView bytes);
    // Appends `text` as a line of its own (Stream::Note); the streams' current lines stay open.
    void addNote(const QString &text);
    // The end of both streams: an unfinished UTF-8 character shows as U+FFFD, the current lines end.
    void finish();
    // Removes every line (a change: firstChanged 0 with no lines, after dropping them all).
    void clear();

    const QList<Line> &lines() const { return m_lines; }
    // Every line, joined by '\n' (no trailing one).
    QString text() const;
    // The lines of one stream only, in order.
    QStringList linesOf(Stream stream) const;
    qsizetype maxLines() const { return m_maxLines; }
    // How many lines were dropped from the top since construction or clear().
    qsizetype droppedLines() const { return m_droppedTotal; }

    Changes takeChanges();

private:
    enum class Escape { None, Started, Sequence };
    struct Writer {
        QByteArray pendingBytes;        // the start of a UTF-8 character cut by the last write
        std::u32string current;         // the open line, by code point
        qsizetype line = -1;            // its index in m_lines; -1: no open line
        qsizetype column = 0;           // where the next character goes in `current`
        Escape escape = Escape::None;
    };

    Writer &writer(Stream stream) { return stream == Stream::Error ? m_error : m_output; }
    void put(Writer &writer, Stream stream, char32_t c);
    void openLine(Writer &writer, Stream stream);
    void endLine(Writer &writer);
    void sync(Writer &writer);   // the open line's text into m_lines
    void markChanged(qsizetype line);
    void append(Line line);
    void dropOverflow();

    QList<Line> m_lines;
    qsizetype m_maxLines;
    Writer m_output;
    Writer m_error;
    Changes m_changes;
    qsizetype m_droppedTotal = 0;
};
