// SPDX-License-Identifier: MIT
#include "counterresult.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts' translation context, "CounterResult", for tr() and lupdate alike.
class CounterResultText
{
    Q_DECLARE_TR_FUNCTIONS(CounterResult)
};

QString seconds(qint64 ns)
{
    return CounterResultText::tr("%1 s").arg(QLocale().toString(ns / 1e9, 'f', 3));
}

} // namespace

double CounterResult::nsPerIncrement() const
{
    return expected() > 0 ? double(elapsedNs) / double(expected()) : 0.0;
}

QString describe(const CounterResult &result)
{
    const QLocale locale;
    const qint64 lost = result.lost();
    // Processes that each counted a private copy lost nothing: they never shared the counter.
    const QString losses = result.childrenCounted ? CounterResultText::tr("never shared")
        : lost == 0                              ? CounterResultText::tr("none lost")
                                                 //: how many increments of the shared counter were lost
                                                 : CounterResultText::tr("%1 lost").arg(locale.toString(lost));
    //: %1: the counter at the end, %2: what it would be with no update lost, %3: "38658 lost" or "none lost"
    QString text = CounterResultText::tr("%1 of %2 (%3)").arg(locale.toString(result.total), locale.toString(result.expected()), losses);   // step: report
    if (result.childrenCounted) {
        //: processes that each counted their own copy of the counter
        text += CounterResultText::tr("; the children counted %1 in their own copies").arg(locale.toString(*result.childrenCounted));
    }
    if (result.stepped) {
        //: after a run in step mode, instead of its timing
        text += CounterResultText::tr(", stepped by hand");
    } else if (result.outsideElapsedNs && result.insideParallelism && result.outsideParallelism) {
        //: %1, %3: seconds; %2, %4: how many units worked at the same time on average
        text += CounterResultText::tr("; work inside the lock: %1, %2 at a time; outside it: %3, %4 at a time")
                    .arg(seconds(result.elapsedNs), locale.toString(*result.insideParallelism, 'f', 1),
                         seconds(*result.outsideElapsedNs), locale.toString(*result.outsideParallelism, 'f', 1));
    } else {
        //: the wall time of the run divided by the number of increments
        text += CounterResultText::tr(", %1 ns per increment").arg(locale.toString(result.nsPerIncrement(), 'f', 1));
    }
    return text;
}

QString traceDetail(const CounterResult &result)
{
    return u"%1/%2"_s.arg(result.total).arg(result.expected());
}

QJsonObject toJson(const CounterResult &result)
{
    QJsonObject json{
        {u"units"_s, result.units},
        {u"increments"_s, result.increments},
        {u"expected"_s, result.expected()},
        {u"total"_s, result.total},
        {u"elapsedNs"_s, result.elapsedNs},
    };
    if (result.stepped)
        json.insert(u"stepped"_s, true);
    else if (!result.outsideElapsedNs)   // two passes: their times say more than one average
        json.insert(u"nsPerIncrement"_s, result.nsPerIncrement());
    if (result.childrenCounted)
        json.insert(u"childrenCounted"_s, *result.childrenCounted);   // nothing shared: nothing lost
    else
        json.insert(u"lost"_s, result.lost());
    if (result.outsideElapsedNs)
        json.insert(u"outsideElapsedNs"_s, *result.outsideElapsedNs);
    if (result.insideParallelism)
        json.insert(u"insideParallelism"_s, *result.insideParallelism);
    if (result.outsideParallelism)
        json.insert(u"outsideParallelism"_s, *result.outsideParallelism);
    return json;
}
