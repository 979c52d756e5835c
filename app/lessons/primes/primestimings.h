// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "primenumbers.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QVariantMap>

#include <optional>

// The last time of each mode on this machine, per set of numbers: the baseline for speedups (the
// last sequential run of the same language) and, kept between sessions, what a class can look at
// without waiting tens of seconds for CPython. GUI thread.
class PrimesTimings : public QObject
{
    Q_OBJECT
public:
    struct Entry {
        double seconds = 0;
        int workers = 1;
        bool oneCore = false;
        QDateTime when;
    };

    using QObject::QObject;

    void record(const DemoId &demo, PrimeNumbers::NumberSet numbers, const Entry &entry);
    std::optional<Entry> last(const DemoId &demo, PrimeNumbers::NumberSet numbers) const;
    // The most recent of the given sequential modes' times for `numbers`: a language's baseline.
    std::optional<double> baseline(const QList<DemoId> &sequentialDemos, PrimeNumbers::NumberSet numbers) const;

    // For settings: every entry as plain values, and back (entries that do not read are skipped).
    QVariantMap toVariant() const;
    void restore(const QVariantMap &saved);

Q_SIGNALS:
    void changed();

private:
    QMap<QString, Entry> m_entries;   // "<demo>/<set>"
};
