// SPDX-License-Identifier: MIT
#include "queueresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {

// The texts' translation context, "QueueResult", for tr() and lupdate alike.
class QueueResultText
{
    Q_DECLARE_TR_FUNCTIONS(QueueResult)
};

} // namespace

QueueParameters QueueParameters::clamped() const
{
    return {std::clamp(consumers, 1, mostConsumers), std::clamp(items, 1, mostItems), std::clamp(capacity, 1, mostCapacity),
            std::clamp(workMs, 0, mostWorkMs)};
}

QString orderId(QueueOrder order)
{
    switch (order) {
    case QueueOrder::Fifo: return u"fifo"_s;
    case QueueOrder::Lifo: return u"lifo"_s;
    case QueueOrder::Priority: return u"priority"_s;
    }
    return {};
}

QString describe(const QueueResult &result)
{
    const QLocale locale;
    QStringList shares;
    for (const qint64 count : result.perConsumer)
        shares << locale.toString(count);
    //: %1: "200 items", %2: their sum, %3: "4 consumers", %4: how many each took, e.g. "50, 51, 49, 50",
    //: %5: items per second
    QString text = QueueResultText::tr("%1, sum %2, by %3 (%4), %5 items/s")   // step: report
                       .arg(QueueResultText::tr("%Ln item(s)", nullptr, int(result.items)), locale.toString(result.sum),
                            QueueResultText::tr("%Ln consumer(s)", nullptr, int(result.consumers)), shares.join(u", "_s),
                            locale.toString(result.itemsPerSecond(), 'f', 0));
    // Back-pressure: how many puts found the queue full (a count, not a duration).
    if (result.producerWaits == 0) {
        text += QueueResultText::tr("; the producer never had to wait for room");
    } else {
        //: back-pressure: %n puts found the queue full and waited (at most J, so an int)
        text += QueueResultText::tr("; the producer waited %Ln time(s) for room", nullptr, int(result.producerWaits));
    }
    return text;
}

QString traceDetail(const QueueResult &result)
{
    return u"%1 items, sum %2"_s.arg(result.items).arg(result.sum);
}

QJsonObject toJson(const QueueResult &result)
{
    QJsonArray perConsumer;
    for (const qint64 count : result.perConsumer)
        perConsumer.append(count);
    QJsonArray firstTaken;
    for (const int n : result.firstTaken)
        firstTaken.append(n);
    return {
        {u"order"_s, orderId(result.order)},
        {u"consumers"_s, result.consumers},
        {u"capacity"_s, result.capacity},
        {u"items"_s, result.items},
        {u"sum"_s, result.sum},
        {u"perConsumer"_s, perConsumer},
        {u"elapsedNs"_s, result.elapsedNs},
        {u"itemsPerSecond"_s, result.itemsPerSecond()},
        {u"producerWaits"_s, result.producerWaits},
        {u"producerWaitNs"_s, result.producerWaitNs},
        {u"firstTaken"_s, firstTaken},
    };
}

namespace QueueJobs {

namespace {

std::optional<int> itemAfter(QByteArrayView word, QByteArrayView text)
{
    if (!text.startsWith(word) || text.size() <= word.size() || text.size() > word.size() + 6)
        return std::nullopt;
    int n = 0;
    for (const char c : text.sliced(word.size())) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n < 1 || n > QueueParameters::mostItems)
        return std::nullopt;
    return n;
}

} // namespace

QByteArray jobText(int n)
{
    return "item " + QByteArray::number(n);
}

QByteArray resultText(int n)
{
    return "done " + QByteArray::number(n);
}

std::optional<int> itemOfJob(QByteArrayView text)
{
    return itemAfter("item ", text);
}

std::optional<int> itemOfResult(QByteArrayView text)
{
    return itemAfter("done ", text);
}

} // namespace QueueJobs
