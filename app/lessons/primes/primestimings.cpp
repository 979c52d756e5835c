// SPDX-License-Identifier: MIT
#include "primestimings.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

QString keyOf(const DemoId &demo, PrimeNumbers::NumberSet numbers)
{
    return demo + u'/' + PrimeNumbers::setId(numbers);
}

} // namespace

void PrimesTimings::record(const DemoId &demo, PrimeNumbers::NumberSet numbers, const Entry &entry)
{
    m_entries.insert(keyOf(demo, numbers), entry);
    Q_EMIT changed();
}

std::optional<PrimesTimings::Entry> PrimesTimings::last(const DemoId &demo, PrimeNumbers::NumberSet numbers) const
{
    const auto it = m_entries.constFind(keyOf(demo, numbers));
    return it == m_entries.cend() ? std::nullopt : std::optional(*it);
}

std::optional<double> PrimesTimings::baseline(const QList<DemoId> &sequentialDemos, PrimeNumbers::NumberSet numbers) const
{
    std::optional<Entry> latest;
    for (const DemoId &demo : sequentialDemos) {
        const auto entry = last(demo, numbers);
        if (entry && (!latest || entry->when > latest->when))
            latest = entry;
    }
    return latest ? std::optional(latest->seconds) : std::nullopt;
}

QVariantMap PrimesTimings::toVariant() const
{
    QVariantMap saved;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        saved.insert(it.key(), QVariantMap{{u"seconds"_s, it->seconds},
                                           {u"workers"_s, it->workers},
                                           {u"oneCore"_s, it->oneCore},
                                           {u"when"_s, it->when.toString(Qt::ISODate)}});
    }
    return saved;
}

void PrimesTimings::restore(const QVariantMap &saved)
{
    // Read from a file the user may have edited: every value is checked, none trusted.
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const QStringList key = it.key().split(u'/');
        if (key.size() != 2 || !isValidDemoId(key.at(0)) || !PrimeNumbers::setFromId(key.at(1)))
            continue;
        const QVariantMap values = it.value().toMap();
        bool secondsOk = false;
        bool workersOk = false;
        Entry entry;
        entry.seconds = values.value(u"seconds"_s).toDouble(&secondsOk);
        entry.workers = values.value(u"workers"_s).toInt(&workersOk);
        entry.oneCore = values.value(u"oneCore"_s).toBool();
        entry.when = QDateTime::fromString(values.value(u"when"_s).toString(), Qt::ISODate);
        if (!secondsOk || !std::isfinite(entry.seconds) || entry.seconds <= 0 || entry.seconds > 3600 || !workersOk
            || entry.workers < 1 || entry.workers > 1024 || !entry.when.isValid())
            continue;
        m_entries.insert(it.key(), entry);
    }
    Q_EMIT changed();
}
