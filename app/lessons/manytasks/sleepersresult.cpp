// SPDX-License-Identifier: MIT
#include "sleepersresult.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace SleepersModels {

QString id(SleepersModel model)
{
    switch (model) {
    case SleepersModel::Coroutines: return u"coroutines"_s;
    case SleepersModel::Threads: return u"threads"_s;
    case SleepersModel::Processes: return u"processes"_s;
    }
    return {};
}

QString title(SleepersModel model)
{
    switch (model) {
    case SleepersModel::Coroutines: return QCoreApplication::translate("SleepersResult", "coroutines");
    case SleepersModel::Threads: return QCoreApplication::translate("SleepersResult", "threads");
    case SleepersModel::Processes: return QCoreApplication::translate("SleepersResult", "processes");
    }
    return {};
}

int designBound(SleepersModel model)
{
    switch (model) {
    case SleepersModel::Coroutines: return 1'000'000;
    case SleepersModel::Threads: return 10'000;
    case SleepersModel::Processes: return 500;
    }
    return 1;
}

} // namespace SleepersModels

QString formatBytes(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1000)
        //: a memory size in bytes
        return QCoreApplication::translate("SleepersResult", "%1 B").arg(bytes);
    if (bytes < 1'000'000)
        //: a memory size in kilobytes (1000 bytes)
        return QCoreApplication::translate("SleepersResult", "%1 KB").arg(locale.toString(bytes / 1e3, 'f', 1));
    if (bytes < 1'000'000'000)
        //: a memory size in megabytes (1000 x 1000 bytes)
        return QCoreApplication::translate("SleepersResult", "%1 MB").arg(locale.toString(bytes / 1e6, 'f', 1));
    //: a memory size in gigabytes
    return QCoreApplication::translate("SleepersResult", "%1 GB").arg(locale.toString(bytes / 1e9, 'f', 2));
}

QString describe(const SleepersResult &result)
{
    const QLocale locale;
    //: %1 units done of %2; %3 seconds past the sleep of %4 seconds; %5 memory per unit ("164 B")
    QString text = QCoreApplication::translate("SleepersResult", "%1 of %2 done, %3 s beyond the %4 s sleep, %5 each")
                       .arg(locale.toString(result.done), locale.toString(result.count),
                            locale.toString(result.beyondSleepNs() / 1e9, 'f', 2), locale.toString(result.sleepMs / 1000.0, 'g', 3),
                            formatBytes(result.bytesPerUnit));
    if (!result.allAliveAtOnce())
        //: %1: the sentence above; %2: the most units alive at the same time. The memory per unit is then not comparable
        text = QCoreApplication::translate("SleepersResult", "%1 (only %2 alive at once: the first were done before the last started)")
                   .arg(text, locale.toString(result.peakAlive));
    return text;
}

QString traceDetail(const SleepersResult &result)
{
    return u"%1/%2"_s.arg(result.done).arg(result.count);
}

QJsonObject toJson(const SleepersResult &result)
{
    QJsonObject json{
        {u"model"_s, SleepersModels::id(result.model)},
        {u"python"_s, result.python},
        {u"count"_s, result.count},
        {u"done"_s, result.done},
        {u"peakAlive"_s, result.peakAlive},
        {u"sleepSeconds"_s, result.sleepMs / 1000.0},
        {u"launchSeconds"_s, result.launchNs / 1e9},
        {u"wallSeconds"_s, result.wallNs / 1e9},
        {u"beyondSeconds"_s, result.beyondSleepNs() / 1e9},
        {u"peakRssBytes"_s, result.peakRssBytes},
        {u"bytesPerUnit"_s, result.bytesPerUnit},
    };
    if (result.childrenPssBytes)
        json.insert(u"childrenPssBytes"_s, *result.childrenPssBytes);
    return json;
}
