// SPDX-License-Identifier: MIT
#include "consoletext.h"

#include <QStringList>

#include <algorithm>
#include <utility>

namespace {

// How many bytes at the end of `bytes` are the start of a UTF-8 character that is not complete yet.
qsizetype unfinishedTail(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, size); ++back) {
        const auto byte = uchar(bytes.at(size - back));
        if ((byte & 0xC0) == 0x80)
            continue;   // a continuation byte: its lead is further back
        const qsizetype length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;   // ASCII, complete, or not UTF-8 at all (decoded as U+FFFD)
}

} // namespace

ConsoleText::ConsoleText(qsizetype maxLines)
    : m_maxLines(std::max<qsizetype>(1, maxLines))
{
}

void ConsoleText::write(Stream stream, QByteArrayView bytes)
{
    if (stream == Stream::Note)
        stream = Stream::Output;
    Writer &w = writer(stream);
    QByteArray data = w.pendingBytes + bytes.toByteArray();
    const qsizetype tail = unfinishedTail(data);
    w.pendingBytes = data.right(tail);
    data.chop(tail);
    const QList<uint> codePoints = QString::fromUtf8(data).toUcs4();
    for (const uint c : codePoints)
        put(w, stream, char32_t(c));
    sync(w);
    dropOverflow();
}

void ConsoleText::put(Writer &w, Stream stream, char32_t c)
{
    if (w.escape == Escape::Started) {
        // ESC [ starts a control sequence; ESC and any other character is a two-character one.
        w.escape = c == U'[' ? Escape::Sequence : Escape::None;
        return;
    }
    if (w.escape == Escape::Sequence) {
        if (c >= 0x40 && c <= 0x7E)
            w.escape = Escape::None;   // its final character
        return;
    }
    switch (c) {
    case U'\n':
        if (w.line < 0)
            openLine(w, stream);   // an empty line
        endLine(w);
        return;
    case U'\r':
        w.column = 0;
        return;
    case U'\b':
        w.column = std::max<qsizetype>(0, w.column - 1);
        return;
    case 0x1B:
        w.escape = Escape::Started;
        return;
    case U'\t':
        break;
    default:
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            return;   // other control characters
        break;
    }
    if (w.line >= 0 && w.column >= maxLineLength)
        endLine(w);   // a line that never ends continues on a new one
    if (w.line < 0)
        openLine(w, stream);
    if (w.column < qsizetype(w.current.size()))
        w.current[size_t(w.column)] = c;
    else
        w.current.push_back(c);
    ++w.column;
}

void ConsoleText::openLine(Writer &w, Stream stream)
{
    w.current.clear();
    w.column = 0;
    append({QString(), stream});
    w.line = m_lines.size() - 1;
}

void ConsoleText::endLine(Writer &w)
{
    sync(w);
    w.line = -1;
    w.current.clear();
    w.column = 0;
}

void ConsoleText::sync(Writer &w)
{
    if (w.line < 0)
        return;
    const QString text = QString::fromUcs4(w.current.data(), qsizetype(w.current.size()));
    if (m_lines[w.line].text != text) {
        m_lines[w.line].text = text;
        markChanged(w.line);
    }
}

void ConsoleText::addNote(const QString &text)
{
    sync(m_output);
    sync(m_error);
    append({text, Stream::Note});
    dropOverflow();
}

void ConsoleText::finish()
{
    for (Stream stream : {Stream::Output, Stream::Error}) {
        Writer &w = writer(stream);
        if (!w.pendingBytes.isEmpty()) {
            const QByteArray rest = w.pendingBytes;
            w.pendingBytes.clear();
            for (const uint c : QString::fromUtf8(rest).toUcs4())
                put(w, stream, char32_t(c));
        }
        w.escape = Escape::None;
        if (w.line >= 0)
            endLine(w);
    }
    dropOverflow();
}

void ConsoleText::clear()
{
    m_changes.dropped += m_lines.size();
    m_changes.firstChanged = 0;
    m_lines.clear();
    m_output = {};
    m_error = {};
    m_droppedTotal = 0;
}

QString ConsoleText::text() const
{
    QStringList texts;
    texts.reserve(m_lines.size());
    for (const Line &line : m_lines)
        texts << line.text;
    return texts.join(u'\n');
}

QStringList ConsoleText::linesOf(Stream stream) const
{
    QStringList texts;
    for (const Line &line : m_lines) {
        if (line.stream == stream)
            texts << line.text;
    }
    return texts;
}

ConsoleText::Changes ConsoleText::takeChanges()
{
    return std::exchange(m_changes, Changes{});
}

void ConsoleText::markChanged(qsizetype line)
{
    if (m_changes.firstChanged < 0 || line < m_changes.firstChanged)
        m_changes.firstChanged = line;
}

void ConsoleText::append(Line line)
{
    m_lines.append(std::move(line));
    markChanged(m_lines.size() - 1);
}

void ConsoleText::dropOverflow()
{
    const qsizetype excess = m_lines.size() - m_maxLines;
    if (excess <= 0)
        return;
    m_lines.remove(0, excess);
    m_droppedTotal += excess;
    m_changes.dropped += excess;
    if (m_changes.firstChanged >= 0)
        m_changes.firstChanged = std::max<qsizetype>(0, m_changes.firstChanged - excess);
    for (Writer *w : {&m_output, &m_error}) {
        if (w->line < 0)
            continue;
        w->line -= excess;
        if (w->line < 0) {   // its open line scrolled away: what follows starts a new one
            w->line = -1;
            w->current.clear();
            w->column = 0;
        }
    }
}
