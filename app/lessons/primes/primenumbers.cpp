// SPDX-License-Identifier: MIT
#include "primenumbers.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace PrimeNumbers {

QList<quint64> numbers(NumberSet set)
{
    switch (set) {
    case NumberSet::Book:
        // Fluent Python, 2nd ed., ch. 19, primes.py: NUMBERS.
        return {2, 142702110479723, 299593572317531, 3333333333333301, 3333333333333333, 3333335652092209,
                4444444444444423, 4444444444444444, 4444444488888889, 5555553133149889, 5555555555555503,
                5555555555555555, 6666666666666666, 6666666666666719, 6666667141414921, 7777777536340681,
                7777777777777753, 7777777777777777, 9999999999999917, 9999999999999999};
    case NumberSet::Quick:
        // Not in the book: the same kinds of number (primes just below repdigits, repdigits, squares
        // of primes) with 13 digits instead of 16: about 1/30 of the trial divisions of the book's.
        return {2, 142702110479, 299593572319, 3333333333301, 3333333333333, 3333388623049, 4444444444439,
                4444444444444, 4444637949361, 5555555555551, 5555555555555, 5555576278729, 6666666666629,
                6666666666666, 6666677524081, 7777777777771, 7777777777777, 7777901854321, 9999999999971,
                9999999999999};
    }
    return {};
}

QString setId(NumberSet set)
{
    return set == NumberSet::Book ? u"book"_s : u"quick"_s;
}

std::optional<NumberSet> setFromId(const QString &id)
{
    if (id == u"book"_s)
        return NumberSet::Book;
    if (id == u"quick"_s)
        return NumberSet::Quick;
    return std::nullopt;
}

QString setTitle(NumberSet set)
{
    return set == NumberSet::Book ? QCoreApplication::translate("PrimeNumbers", "the book's 20 numbers")
                                  : QCoreApplication::translate("PrimeNumbers", "20 smaller numbers (quick)");
}

} // namespace PrimeNumbers
