// SPDX-License-Identifier: MIT
#include "primesscripts.h"

#include "pythonscripts.h"

using namespace Qt::Literals::StringLiterals;

namespace PrimesScripts {

QString directory(QString *error)
{
    return PythonScripts::directory({u"primes.py"_s, u"primes_cli.py"_s, u"sequential.py"_s, u"threads.py"_s, u"procs.py"_s,
                                     u"gil_release.py"_s},
                                    error);
}

} // namespace PrimesScripts
