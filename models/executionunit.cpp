// SPDX-License-Identifier: MIT
#include "executionunit.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

QString ExecutionUnit::name() const
{
    switch (kind) {
    case UnitKind::GuiLoop: return QCoreApplication::translate("ExecutionUnit", "GUI thread");
    case UnitKind::WorkerThread: return QCoreApplication::translate("ExecutionUnit", "worker thread TID %1").arg(id);
    case UnitKind::ChildProcess:
        // A child that never said it was ready has no PID to show (not "PID 0").
        return id > 0 ? QCoreApplication::translate("ExecutionUnit", "child PID %1").arg(id)
                      : QCoreApplication::translate("ExecutionUnit", "child process (no PID: it never started)");
    case UnitKind::Coroutine: return QCoreApplication::translate("ExecutionUnit", "coroutine");
    }
    Q_UNREACHABLE();
    return {};
}

QString ExecutionUnit::idFirstName() const
{
    switch (kind) {
    case UnitKind::WorkerThread: return QCoreApplication::translate("ExecutionUnit", "TID %1, worker thread").arg(id);
    case UnitKind::ChildProcess:
        if (id > 0)
            return QCoreApplication::translate("ExecutionUnit", "PID %1, child process").arg(id);
        break;
    case UnitKind::GuiLoop:
    case UnitKind::Coroutine:
        break;
    }
    return name();
}

QString ExecutionUnit::kindId(UnitKind kind)
{
    switch (kind) {
    case UnitKind::GuiLoop: return u"gui-loop"_s;
    case UnitKind::WorkerThread: return u"worker-thread"_s;
    case UnitKind::ChildProcess: return u"child-process"_s;
    case UnitKind::Coroutine: return u"coroutine"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString ExecutionUnit::kindName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::GuiLoop: return QCoreApplication::translate("ExecutionUnit", "GUI thread");
    case UnitKind::WorkerThread: return QCoreApplication::translate("ExecutionUnit", "worker thread");
    case UnitKind::ChildProcess: return QCoreApplication::translate("ExecutionUnit", "child process");
    case UnitKind::Coroutine: return QCoreApplication::translate("ExecutionUnit", "coroutine");
    }
    Q_UNREACHABLE();
    return {};
}
