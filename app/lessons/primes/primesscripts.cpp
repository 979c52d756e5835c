// SPDX-License-Identifier: MIT
#include "primesscripts.h"

#include "pythonscripts.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace PrimesScripts {

QString directory(QString *error)
{
    static std::unique_ptr<QTemporaryDir> scripts;   // removed at exit
    if (!scripts) {
        QStringList resources;
        for (const char *name : {"primes.py", "primes_cli.py", "sequential.py", "threads.py", "procs.py", "gil_release.py"})
            resources << u":/python/"_s + QLatin1StringView(name);
        scripts = PythonScripts::extract(resources, error);
    }
    return scripts ? scripts->path() : QString();
}

} // namespace PrimesScripts
