// SPDX-License-Identifier: MIT
#include "stderrtail.h"

void StderrTail::append(QByteArrayView bytes)
{
    m_splitter.append(bytes);
    while (const std::optional<LineSplitter::Line> line = m_splitter.next())
        keep(*line);
}

void StderrTail::finish()
{
    if (const std::optional<LineSplitter::Line> last = m_splitter.takeRest())
        keep(*last);
}

void StderrTail::keep(const LineSplitter::Line &line)
{
    QString text = QString::fromUtf8(line.text).trimmed();
    if (text.isEmpty())
        return;
    if (line.tooLong)
        text += u'…';
    m_lines << text;
    while (m_lines.size() > linesKept)
        m_lines.removeFirst();
}
