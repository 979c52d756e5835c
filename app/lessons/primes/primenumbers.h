// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <cmath>
#include <optional>

// The book's primes check (Fluent Python, 2nd ed., ch. 19: primes.py): trial division of 20 large
// numbers, nine of them prime. Written once: every mode of the lesson (the GUI thread, one QThread,
// Qt Concurrent, worker children, the simulated GIL) runs this very function.
namespace PrimeNumbers {

enum class NumberSet {
    Book,    // the book's 20 numbers: about 0.85 s in C++ on one core, tens of seconds in CPython
    Quick,   // 20 smaller ones, nine prime too: 1/30 of the divisions (30 ms in C++, 0.6 s in CPython here)
};

QList<quint64> numbers(NumberSet set);
inline constexpr int primesPerSet = 9;   // in either set
// Untranslated ids for --numbers, settings and reports: "book", "quick".
QString setId(NumberSet set);
std::optional<NumberSet> setFromId(const QString &id);
QString setTitle(NumberSet set);   // translated: "the book's 20 numbers"

// Divisions between two calls of the caller's checkpoint: about 0.2 ms of work, so a cancel request
// (or the simulated GIL's switch request) is noticed well within 100 ms.
inline constexpr quint64 divisionsPerCheck = 1 << 16;

// Whether `n` is prime, by trial division with odd numbers up to its square root, as the book does.
// `keepGoing()` is called every divisionsPerCheck divisions; when it returns false the check stops
// and returns nullopt (cancelled).
template <typename KeepGoing>
std::optional<bool> isPrime(quint64 n, KeepGoing &&keepGoing)
{
    if (n < 2)
        return false;
    if (n == 2)
        return true;
    if (n % 2 == 0)
        return false;
    // Python: root = math.isqrt(n). The double is close; correct it to the exact integer root.
    quint64 root = quint64(std::sqrt(double(n)));
    while (root * root > n)
        --root;
    while ((root + 1) * (root + 1) <= n)
        ++root;
    quint64 untilCheck = divisionsPerCheck;
    for (quint64 i = 3; i <= root; i += 2) {
        if (n % i == 0)
            return false;
        if (--untilCheck == 0) {
            if (!keepGoing())
                return std::nullopt;
            untilCheck = divisionsPerCheck;
        }
    }
    return true;
}

} // namespace PrimeNumbers
