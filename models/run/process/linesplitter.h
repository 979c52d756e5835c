// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Cuts what a child writes into lines, with bounded memory whatever it writes: a line longer than
// the limit is handed out once, cut to the limit and marked too long, and the rest of it, up to its
// newline, is dropped as it arrives (an endless line without a newline costs at most the limit plus
// one read). Lines come without their '\n'. Used by the readers of every child's output (the worker
// protocol, CPython's JSON lines) and by the worker for its commands. One thread at a time.
class LineSplitter
{
public:
    struct Line {
        QByteArray text;       // at most the limit's bytes
        bool tooLong = false;  // the line was longer than the limit: `text` is its start
    };

    explicit LineSplitter(qsizetype maxLineLength);

    // Appends what was read.
    void append(QByteArrayView bytes);
    // The next line, or nullopt until more is appended. A line too long is reported as soon as the
    // limit is passed, before its newline arrives.
    std::optional<Line> next();
    // What is left after the last newline, as a last line (the writer exited without ending it), or
    // nullopt when nothing is; the splitter is empty afterwards. Call after next() returned nullopt.
    std::optional<Line> takeRest();
    // Forgets everything appended and not yet handed out (a reader that stops listening).
    void clear();
    // Bytes held now (for tests: never much more than the limit once next() returned nullopt).
    qsizetype bufferedBytes() const { return m_buffer.size() - m_start; }
    qsizetype maxLineLength() const { return m_maxLineLength; }

private:
    void compact();

    const qsizetype m_maxLineLength;
    QByteArray m_buffer;
    qsizetype m_start = 0;      // what is before it was handed out
    bool m_skipping = false;    // inside a line already reported as too long
};
