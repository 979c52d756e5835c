// SPDX-License-Identifier: MIT
#include "linesplitter.h"

#include <algorithm>

LineSplitter::LineSplitter(qsizetype maxLineLength)
    : m_maxLineLength(std::max<qsizetype>(1, maxLineLength))
{
}

void LineSplitter::append(QByteArrayView bytes)
{
    if (m_skipping && bufferedBytes() == 0) {
        // The rest of a line too long is dropped right away, up to its end.
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0)
            return;
        m_skipping = false;
        bytes = bytes.sliced(newline + 1);
    }
    compact();
    m_buffer.append(bytes.data(), bytes.size());
}

std::optional<LineSplitter::Line> LineSplitter::next()
{
    while (true) {
        if (m_skipping) {
            const qsizetype newline = m_buffer.indexOf('\n', m_start);
            if (newline < 0) {
                clear();
                m_skipping = true;
                return std::nullopt;
            }
            m_skipping = false;
            m_start = newline + 1;
            continue;
        }
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_start);
        const qsizetype newline = rest.first(std::min(rest.size(), m_maxLineLength + 1)).indexOf('\n');
        if (newline >= 0) {
            m_start += newline + 1;
            return Line{rest.first(newline).toByteArray(), false};
        }
        if (rest.size() > m_maxLineLength) {
            // Too long, with or without a newline further on: its start, once; the rest is dropped.
            Line line{rest.first(m_maxLineLength).toByteArray(), true};
            m_start += m_maxLineLength;
            m_skipping = true;
            return line;
        }
        compact();
        return std::nullopt;
    }
}

std::optional<LineSplitter::Line> LineSplitter::takeRest()
{
    std::optional<Line> rest;
    if (!m_skipping && bufferedBytes() > 0)
        rest = Line{QByteArrayView(m_buffer).sliced(m_start).first(std::min(bufferedBytes(), m_maxLineLength)).toByteArray(),
                    bufferedBytes() > m_maxLineLength};
    clear();
    return rest;
}

void LineSplitter::clear()
{
    m_buffer.clear();
    m_start = 0;
    m_skipping = false;
}

void LineSplitter::compact()
{
    if (m_start == 0)
        return;
    m_buffer.remove(0, m_start);
    m_start = 0;
}
