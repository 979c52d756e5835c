// SPDX-License-Identifier: MIT
#include "demokind.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace DemoKinds {

QString id(DemoKind kind)
{
    switch (kind) {
    case DemoKind::Thread: return u"thread"_s;
    case DemoKind::Process: return u"process"_s;
    case DemoKind::Coroutine: return u"coroutine"_s;
    case DemoKind::BlockLoop: return u"block"_s;
    case DemoKind::BlockCpu: return u"block-cpu"_s;
    case DemoKind::CooperativeCpu: return u"cooperative-cpu"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DemoKind> fromId(QStringView id)
{
    for (DemoKind kind : allDemoKinds) {
        if (DemoKinds::id(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString title(DemoKind kind)
{
    switch (kind) {
    case DemoKind::Thread: return QCoreApplication::translate("DemoKind", "QThread");
    case DemoKind::Process: return QCoreApplication::translate("DemoKind", "QProcess");
    case DemoKind::Coroutine: return QCoreApplication::translate("DemoKind", "QCoro coroutine");
    case DemoKind::BlockLoop: return QCoreApplication::translate("DemoKind", "Blocking sleep");
    case DemoKind::BlockCpu: return QCoreApplication::translate("DemoKind", "Busy loop");
    case DemoKind::CooperativeCpu: return QCoreApplication::translate("DemoKind", "Cooperative loop");
    }
    Q_UNREACHABLE();
    return {};
}

QString pythonCounterpart(DemoKind kind)
{
    switch (kind) {
    case DemoKind::Thread: return QCoreApplication::translate("DemoKind", "Python: threading.Thread");
    case DemoKind::Process: return QCoreApplication::translate("DemoKind", "Python: multiprocessing.Process");
    case DemoKind::Coroutine: return QCoreApplication::translate("DemoKind", "Python: asyncio task");
    case DemoKind::BlockLoop: return QCoreApplication::translate("DemoKind", "Python: time.sleep() in a coroutine");
    case DemoKind::BlockCpu: return QCoreApplication::translate("DemoKind", "Python: a CPU-bound coroutine");
    case DemoKind::CooperativeCpu: return QCoreApplication::translate("DemoKind", "Python: await asyncio.sleep(0) every N");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace DemoKinds
