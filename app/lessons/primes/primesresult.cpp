// SPDX-License-Identifier: MIT
#include "primesresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

int PrimesParameters::cores()
{
    return std::max(1, QThread::idealThreadCount());
}

int PrimesParameters::clampWorkers(int workers)
{
    return std::clamp(workers, 1, maximumWorkers());
}

int PrimesResult::primeCount() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const PrimeCheck &check) { return check.prime; }));
}

int PrimesResult::unitCount() const
{
    QSet<ExecutionUnit> units;
    for (const PrimeCheck &check : checks)
        units.insert(check.unit);
    return int(units.size());
}

QString describe(const PrimesResult &result)
{
    const QString seconds = QString::number(result.seconds(), 'f', 2);
    // The set is named: C++ checks the book's numbers and CPython the quick set by default, and
    // their times must never be read side by side as if they were the same work.
    //: %1 primes found, %2 numbers checked, %3 which numbers ("the book's"/"quick"), %4 seconds
    const QString found = QCoreApplication::translate("PrimesResult", "%1 primes of %2 (%3) in %4 s")
                              .arg(result.primeCount())
                              .arg(result.checks.size())
                              .arg(result.numbers == PrimeNumbers::NumberSet::Book
                                       ? QCoreApplication::translate("PrimesResult", "the book's")
                                       : QCoreApplication::translate("PrimesResult", "quick"))
                              .arg(seconds);
    QStringList details;
    details << (result.sequential ? QCoreApplication::translate("PrimesResult", "sequential")
                                  : QCoreApplication::translate("PrimesResult", "%n worker(s)", nullptr, result.workers));
    if (result.oneCore)
        details << QCoreApplication::translate("PrimesResult", "one core");
    if (result.speedup)
        //: a speedup, e.g. "1.82x"
        details << QCoreApplication::translate("PrimesResult", "%1x").arg(*result.speedup, 0, 'f', 2);
    if (result.forcedSwitches)
        details << QCoreApplication::translate("PrimesResult", "%n forced GIL switch(es)", nullptr, int(*result.forcedSwitches));
    return found + u" ("_s + details.join(u", "_s) + u')';
}

QString traceDetail(const PrimesResult &result)
{
    return u"%1/%2"_s.arg(result.primeCount()).arg(result.checks.size());
}

QString traceDetail(const PrimeCheck &check)
{
    return QString::number(check.number) + (check.prime ? u" P"_s : u" -"_s);
}

QJsonObject toJson(const PrimesResult &result)
{
    QJsonArray checks;
    for (const PrimeCheck &check : result.checks) {
        checks.append(QJsonObject{
            {u"n"_s, QString::number(check.number)},   // as text: JSON numbers lose 64-bit precision
            {u"prime"_s, check.prime},
            {u"seconds"_s, check.nanoseconds / 1e9},
            {u"unit"_s, ExecutionUnit::kindId(check.unit.kind)},
            {u"unitId"_s, check.unit.id},
        });
    }
    QJsonObject json{
        {u"numbers"_s, PrimeNumbers::setId(result.numbers)},
        {u"primes"_s, result.primeCount()},
        {u"checked"_s, checks.size()},
        {u"seconds"_s, result.seconds()},
        {u"workers"_s, result.sequential ? 1 : result.workers},
        {u"sequential"_s, result.sequential},
        {u"oneCore"_s, result.oneCore},
        {u"units"_s, result.unitCount()},
        {u"results"_s, checks},
    };
    if (result.speedup)
        json.insert(u"speedup"_s, *result.speedup);
    if (result.forcedSwitches)
        json.insert(u"forcedSwitches"_s, qint64(*result.forcedSwitches));
    return json;
}
