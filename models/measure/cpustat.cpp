// SPDX-License-Identifier: MIT
#include "cpustat.h"

#include <QFile>
#include <QSet>
#include <QtNumeric>

#include <algorithm>

namespace {
constexpr int requiredFields = 4;  // user nice system idle
constexpr int countedFields = 8;   // ... iowait irq softirq steal; guest and guest_nice are in user and nice
constexpr int idleField = 3;
constexpr int iowaitField = 4;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The whitespace-separated words of one line.
QList<QByteArrayView> wordsOf(QByteArrayView line)
{
    QList<QByteArrayView> words;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && isSpace(line.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !isSpace(line.at(i)))
            ++i;
        if (i > start)
            words.append(line.sliced(start, i - start));
    }
    return words;
}

enum class LineKind { Other, Core, Malformed };

// One "cpuN f0 f1 ..." line; `number` gets N.
LineKind parseCoreLine(const QList<QByteArrayView> &words, quint64 &number, CoreTimes &times)
{
    if (words.isEmpty() || !words.first().startsWith("cpu"))
        return LineKind::Other;
    const QByteArrayView suffix = words.first().sliced(3);
    if (!isDigits(suffix))
        return LineKind::Other;  // the aggregate "cpu" line, or a word that is not a core
    bool ok = false;
    number = suffix.toULongLong(&ok);
    if (!ok || words.size() - 1 < requiredFields)
        return LineKind::Malformed;
    quint64 total = 0;
    quint64 idle = 0;
    for (int field = 0; field < words.size() - 1; ++field) {
        const QByteArrayView word = words.at(field + 1);
        const quint64 value = word.toULongLong(&ok);
        if (!isDigits(word) || !ok)
            return LineKind::Malformed;
        if (field >= countedFields)
            continue;  // guest and guest_nice (already in user and nice), and any newer field
        if (qAddOverflow(total, value, &total))
            return LineKind::Malformed;
        if (field == idleField || field == iowaitField)
            idle += value;  // cannot overflow: idle <= total
    }
    times = CoreTimes{total - idle, total};
    return LineKind::Core;
}
} // namespace

namespace CpuStat {

std::optional<QList<CoreTimes>> parse(QByteArrayView procStat)
{
    QList<CoreTimes> cores;
    QSet<quint64> seen;
    qsizetype pos = 0;
    while (pos < procStat.size()) {
        qsizetype end = procStat.indexOf('\n', pos);
        if (end < 0)
            end = procStat.size();
        const QList<QByteArrayView> words = wordsOf(procStat.sliced(pos, end - pos));
        pos = end + 1;
        quint64 number = 0;
        CoreTimes times;
        switch (parseCoreLine(words, number, times)) {
        case LineKind::Other:
            break;
        case LineKind::Malformed:
            return std::nullopt;
        case LineKind::Core:
            if (seen.contains(number))
                return std::nullopt;
            seen.insert(number);
            cores.append(times);
            break;
        }
    }
    if (cores.isEmpty())
        return std::nullopt;
    return cores;
}

std::optional<QList<CoreTimes>> readSystem()
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The file reports size 0; readAll() reads to the end anyway.
    const QByteArray text = file.readAll();
    return parse(text);
#else
    return std::nullopt;
#endif
}

QList<double> busyFractions(const QList<CoreTimes> &before, const QList<CoreTimes> &after)
{
    if (before.size() != after.size())
        return {};
    QList<double> fractions;
    fractions.reserve(after.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        const CoreTimes &a = before.at(i);
        const CoreTimes &b = after.at(i);
        if (b.total <= a.total) {
            fractions.append(0.0);
            continue;
        }
        const quint64 total = b.total - a.total;
        const quint64 busy = b.busy > a.busy ? b.busy - a.busy : 0;
        // Idle can tick backwards on some kernels, making busy grow more than total: clamp.
        fractions.append(std::clamp(double(busy) / double(total), 0.0, 1.0));
    }
    return fractions;
}

} // namespace CpuStat
