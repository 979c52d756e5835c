// SPDX-License-Identifier: MIT
#include "manytasksscripts.h"

#include "pythonscripts.h"

using namespace Qt::Literals::StringLiterals;

namespace ManyTasksScripts {

QString directory(QString *error)
{
    return PythonScripts::directory({u"lab_cli.py"_s, u"three_ways.py"_s, u"await_sequential.py"_s, u"await_concurrent.py"_s,
                                     u"asyncio_run.py"_s, u"sleepers_cli.py"_s, u"sleepers_asyncio.py"_s, u"sleepers_threads.py"_s,
                                     u"sleepers_processes.py"_s},
                                    error);
}

} // namespace ManyTasksScripts
