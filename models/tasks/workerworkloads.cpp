// SPDX-License-Identifier: MIT
#include "workerworkloads.h"

#include <QMap>

namespace WorkerWorkloads {

namespace {
// A function-local static: registrations run during static initialisation, in any order.
QMap<QString, Workload> &registry()
{
    static QMap<QString, Workload> workloads;
    return workloads;
}
} // namespace

Registration::Registration(const QString &id, Workload workload)
{
    Q_ASSERT_X(!registry().contains(id), "WorkerWorkloads", "a workload id is registered twice");
    registry().insert(id, std::move(workload));
}

const Workload *find(const QString &id)
{
    const auto it = registry().constFind(id);
    return it == registry().cend() ? nullptr : &*it;
}

QStringList ids()
{
    return registry().keys();
}

} // namespace WorkerWorkloads
