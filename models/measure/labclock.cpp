// SPDX-License-Identifier: MIT
#include "labclock.h"

#include <QElapsedTimer>

namespace LabClock {

qint64 nowNs()
{
    // A function-local static is initialised once, thread-safely (C++11 "magic statics").
    static const QElapsedTimer origin = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return origin.nsecsElapsed();
}

} // namespace LabClock
