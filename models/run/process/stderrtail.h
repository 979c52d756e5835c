// SPDX-License-Identifier: MIT
#pragma once

#include "linesplitter.h"

#include <QByteArrayView>
#include <QStringList>

// The last lines a child wrote to its stderr, for the message shown when it fails ("... Its last
// message: Traceback ..."). Bounded whatever the child writes: at most linesKept lines, each cut to
// maxLineLength characters (marked with "…"), so a child flooding its stderr costs nothing but the
// reading. One thread at a time.
class StderrTail
{
public:
    static constexpr qsizetype linesKept = 8;
    static constexpr qsizetype maxLineLength = 500;

    // Appends what was read.
    void append(QByteArrayView bytes);
    // Takes what is left after the last newline as a last line (the child has exited).
    void finish();
    // The lines kept, oldest first; blank lines are not kept.
    QStringList lines() const { return m_lines; }
    // The newest line kept, or an empty string.
    QString lastLine() const { return m_lines.isEmpty() ? QString() : m_lines.constLast(); }

private:
    void keep(const LineSplitter::Line &line);

    LineSplitter m_splitter{maxLineLength};
    QStringList m_lines;
};
