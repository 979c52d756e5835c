// SPDX-License-Identifier: MIT
#include "primesjobs.h"

#include <QList>

#include <limits>

namespace PrimesJobs {

namespace {

// Decimal digits only, no sign, no leading zero (except "0"), and within 64 bits.
std::optional<quint64> wholeNumber(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 20 || (digits.size() > 1 && digits.front() == '0'))
        return std::nullopt;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 value = digits.toByteArray().toULongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

QList<QByteArrayView> fields(QByteArrayView text)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ') {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

constexpr quint64 largestIndex = 1'000'000;

} // namespace

QByteArray jobText(const Job &job)
{
    return QByteArray::number(job.index) + ' ' + QByteArray::number(job.number);
}

std::optional<Job> parseJob(QByteArrayView text)
{
    const QList<QByteArrayView> parts = fields(text);
    if (parts.size() != 2)
        return std::nullopt;
    const auto index = wholeNumber(parts.at(0));
    const auto number = wholeNumber(parts.at(1));
    if (!index || !number || *index > largestIndex)
        return std::nullopt;
    return Job{int(*index), *number};
}

QByteArray resultText(const Result &result)
{
    return QByteArray::number(result.index) + ' ' + QByteArray::number(result.number) + (result.prime ? " 1 " : " 0 ")
         + QByteArray::number(result.nanoseconds);
}

std::optional<Result> parseResult(QByteArrayView text)
{
    const QList<QByteArrayView> parts = fields(text);
    if (parts.size() != 4 || (parts.at(2) != "0" && parts.at(2) != "1"))
        return std::nullopt;
    const auto index = wholeNumber(parts.at(0));
    const auto number = wholeNumber(parts.at(1));
    const auto nanoseconds = wholeNumber(parts.at(3));
    if (!index || !number || !nanoseconds || *index > largestIndex || *nanoseconds > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return Result{int(*index), *number, parts.at(2) == "1", qint64(*nanoseconds)};
}

} // namespace PrimesJobs
