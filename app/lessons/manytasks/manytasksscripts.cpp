// SPDX-License-Identifier: MIT
#include "manytasksscripts.h"

#include "pythonscripts.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace ManyTasksScripts {

QString directory(QString *error)
{
    static std::unique_ptr<QTemporaryDir> scripts;   // removed at exit
    if (!scripts) {
        QStringList resources;
        for (const char *name : {"lab_cli.py", "three_ways.py", "await_sequential.py", "await_concurrent.py", "asyncio_run.py",
                                 "sleepers_cli.py", "sleepers_asyncio.py", "sleepers_threads.py", "sleepers_processes.py"})
            resources << u":/python/"_s + QLatin1StringView(name);
        scripts = PythonScripts::extract(resources, error);
    }
    return scripts ? scripts->path() : QString();
}

} // namespace ManyTasksScripts
