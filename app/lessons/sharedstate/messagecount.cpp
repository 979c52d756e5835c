// SPDX-License-Identifier: MIT
// Processes that send their counts: each child counts on its own, then tells the parent its count.
#include "childcounting.h"

using namespace Qt::Literals::StringLiterals;

// Python: count = 0; for _ in range(increments): count += 1; counts.put(count)
std::optional<qint64> ChildCounting::countAndSend(const WorkerWorkloads::Context &context, Steps &steps, qint64 increments)
{
    qint64 count = 0;   // this child's own: no one else reads or writes it
    for (qint64 i = 0; i < increments; ++i) {
        if (!steps.beginIncrement() || !steps.reach(u"child-add"_s))
            return std::nullopt;
        count += 1;   // step: child-add
    }
    // The one thing this child shares: a message on its stdout, "result count <n>". The parent reads
    // it in its event loop, as it reads every line of the worker's protocol.
    if (!context.reach(u"send-count"_s))
        return std::nullopt;
    context.sendResult(CountingWords::count(count));   // step: send-count
    return count;
}
