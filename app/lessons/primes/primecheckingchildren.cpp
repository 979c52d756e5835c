// SPDX-License-Identifier: MIT
#include "primecheckingchildren.h"

#include "labclock.h"
#include "primesjobs.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// The longest a child may go without a result: a number takes well under a second here, even with
// every child on one core; the rest is room for a slow, busy machine.
constexpr std::chrono::seconds silenceAllowed{20};
} // namespace

PrimeCheckingChildren::PrimeCheckingChildren(QList<quint64> numbers, int children, WorkerProcess::Options options,
                                             QObject *parent)
    : QObject(parent)
    , m_numbers(std::move(numbers))
{
    for (int i = 0; i < children; ++i) {
        // It answers how many of its numbers were prime.
        auto *child = new WorkerProcess({u"primes"_s, {}, silenceAllowed, 0, int(m_numbers.size())}, options, this);
        m_children.append(child);
        connect(child, &WorkerProcess::childReady, this, [this, child](qint64 pid) {
            Q_EMIT childStarted(pid);
            handOut(child);
        });
        connect(child, &WorkerProcess::stepReached, this, [this, child](const QString &stepId) {
            Q_EMIT stepPassed(child->pid(), stepId);
        });
        connect(child, &WorkerProcess::resultReceived, this, [this, child](const QByteArray &text) {
            handleResult(child, text);
        });
        connect(child, &WorkerProcess::failed, this, [this, child](const QString &error) {
            //: %1: the child's PID (or 0 before it started), %2: what went wrong
            fail(tr("Worker child PID %1: %2").arg(child->pid()).arg(error));
        });
        connect(child, &WorkerProcess::exited, this, [this, child] { childExited(child); });
    }
}

PrimeCheckingChildren::~PrimeCheckingChildren()
{
    // Each WorkerProcess kills and reaps its child; delete them now, while this is still whole.
    for (WorkerProcess *child : std::as_const(m_children))
        child->disconnect(this);
    qDeleteAll(m_children);
}

void PrimeCheckingChildren::start()
{
    m_startedAtNs = LabClock::nowNs();
    m_running = int(m_children.size());
    for (WorkerProcess *child : std::as_const(m_children))
        child->start();  // step: start-workers
}

// Python: jobs.put(n) for the next number, or the "no more" sentinel.
void PrimeCheckingChildren::handOut(WorkerProcess *child)
{
    if (m_next < m_numbers.size() && m_error.isEmpty() && !m_cancelRequested) {
        const int index = m_next++;
        m_handedOut.insert(child, index);
        child->sendJob(PrimesJobs::jobText({index, m_numbers.at(index)}));
    } else {
        child->endJobs();
    }
}

void PrimeCheckingChildren::handleResult(WorkerProcess *child, const QByteArray &text)
{
    if (m_cancelRequested || !m_error.isEmpty())
        return;   // the run is ending: nothing more is shown
    const auto result = PrimesJobs::parseResult(text);
    // A child answers the number it was given, once: nothing else is believed.
    if (!result || result->index != m_handedOut.value(child, -1) || m_numbers.at(result->index) != result->number) {
        //: %1: the child's PID, %2: the line it sent
        fail(tr("Worker child PID %1 answered a number it was not given: \"%2\".").arg(child->pid()).arg(QString::fromLatin1(text)));
        return;
    }
    m_handedOut.remove(child);
    ++m_checked;
    if (m_checked == m_numbers.size())
        m_doneAtNs = LabClock::nowNs();
    Q_EMIT checked({result->index, result->number, result->prime, result->nanoseconds, {UnitKind::ChildProcess, child->pid()}});
    handOut(child);
}

void PrimeCheckingChildren::cancel()
{
    if (m_cancelRequested || !m_error.isEmpty())
        return;
    m_cancelRequested = true;
    for (WorkerProcess *child : std::as_const(m_children))
        child->cancel();
}

void PrimeCheckingChildren::fail(const QString &errorString)
{
    if (!m_error.isEmpty() || m_cancelRequested)
        return;
    m_error = errorString;
    for (WorkerProcess *child : std::as_const(m_children))
        child->cancel();   // the others stop too: the run has failed
}

void PrimeCheckingChildren::childExited(WorkerProcess *child)
{
    Q_UNUSED(child)
    if (--m_running > 0)
        return;
    // Every child is gone and reaped: now say how the run ended, once.
    if (m_cancelRequested)
        Q_EMIT cancelled();
    else if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
    else if (m_checked != m_numbers.size())
        Q_EMIT failed(tr("The worker children exited before every number was checked."));
    else
        Q_EMIT completed(m_doneAtNs - m_startedAtNs);
}
