// SPDX-License-Identifier: MIT
#include "trace.h"

#include "labclock.h"

#include <QCoreApplication>
#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

namespace TraceNames {

QString eventKindId(TraceEventKind kind)
{
    switch (kind) {
    case TraceEventKind::Started: return u"started"_s;
    case TraceEventKind::Sleeping: return u"sleeping"_s;
    case TraceEventKind::Awaiting: return u"awaiting"_s;
    case TraceEventKind::Resumed: return u"resumed"_s;
    case TraceEventKind::Busy: return u"busy"_s;
    case TraceEventKind::Blocked: return u"blocked"_s;
    case TraceEventKind::Step: return u"step"_s;
    case TraceEventKind::Result: return u"result"_s;
    case TraceEventKind::Cancelled: return u"cancelled"_s;
    case TraceEventKind::Failed: return u"failed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString eventKindTitle(TraceEventKind kind)
{
    switch (kind) {
    case TraceEventKind::Started: return QCoreApplication::translate("Trace", "started");
    case TraceEventKind::Sleeping: return QCoreApplication::translate("Trace", "sleeping");
    case TraceEventKind::Awaiting: return QCoreApplication::translate("Trace", "awaiting");
    case TraceEventKind::Resumed: return QCoreApplication::translate("Trace", "resumed");
    case TraceEventKind::Busy: return QCoreApplication::translate("Trace", "busy");
    case TraceEventKind::Blocked: return QCoreApplication::translate("Trace", "blocked");
    case TraceEventKind::Step: return QCoreApplication::translate("Trace", "step");
    case TraceEventKind::Result: return QCoreApplication::translate("Trace", "result");
    case TraceEventKind::Cancelled: return QCoreApplication::translate("Trace", "cancelled");
    case TraceEventKind::Failed: return QCoreApplication::translate("Trace", "failed");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace TraceNames

Trace::Trace(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TraceEvent>();
}

void Trace::append(TraceEvent event)
{
    if (event.timeNs == 0)
        event.timeNs = LabClock::nowNs();
    {
        QMutexLocker locker(&m_mutex);
        m_events.append(event);
    }
    Q_EMIT eventAppended(event);
}

QList<TraceEvent> Trace::events() const
{
    QMutexLocker locker(&m_mutex);
    return m_events;
}

QList<TraceEvent> Trace::eventsFrom(qsizetype first) const
{
    QMutexLocker locker(&m_mutex);
    if (first >= m_events.size())
        return {};
    return m_events.mid(qMax<qsizetype>(first, 0));
}

qsizetype Trace::size() const
{
    QMutexLocker locker(&m_mutex);
    return m_events.size();
}
