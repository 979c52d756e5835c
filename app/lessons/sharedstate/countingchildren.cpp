// SPDX-License-Identifier: MIT
#include "countingchildren.h"

#include "childreaper.h"

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString modeArgument(CountingMode mode)
{
    switch (mode) {
    case CountingMode::Isolated: return u"isolated"_s;
    case CountingMode::SharedUnlocked: return u"shared"_s;
    case CountingMode::SharedSemaphore: return u"semaphore"_s;
    case CountingMode::Messages: return u"messages"_s;
    }
    Q_UNREACHABLE();
    return {};
}

// How long a child may take before WorkerProcess gives up on it. Generous: the deadline only catches
// a child that hangs. A semaphore handed from process to process costs microseconds per increment
// (much more on a busy machine); the other ways cost nanoseconds, unless the children yield.
std::chrono::milliseconds expectedDuration(CountingMode mode, int children, qint64 increments, bool widen)
{
    // A yield that switches to another child costs microseconds as well.
    const qint64 perIncrementNs = mode == CountingMode::SharedSemaphore ? 50'000 : widen ? 20'000 : 1'000;
    return 10s + std::chrono::milliseconds(children * increments * perIncrementNs / 1'000'000);
}

} // namespace

CountingChildren::CountingChildren(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_key(sharesMemory() ? SharedCounterSegment::uniqueKey() : QString())
    , m_trace(m_setup.trace)
{
    for (int i = 0; i < std::max(1, m_setup.children); ++i)
        m_children.append(newChild());
}

CountingChildren::~CountingChildren()
{
    // The children first: each WorkerProcess kills its own, and ChildReaper reaps them from the
    // event loop. The shared things go once they have: the segment is removed by the last process to
    // detach, so it must not be this one while a dying child is still attached.
    for (WorkerProcess *child : std::as_const(m_children))
        child->disconnect(this);
    qDeleteAll(m_children);
    m_children.clear();
    ChildReaper::afterReaped([semaphore = std::shared_ptr<QSystemSemaphore>(std::move(m_semaphore)),
                              segment = std::shared_ptr<SharedCounterSegment>(std::move(m_segment))]() mutable {
        semaphore.reset();   // the creator removes the semaphore (Unix)
        segment.reset();     // the last to detach removes the segment
    });
}

bool CountingChildren::sharesMemory() const
{
    return m_setup.mode == CountingMode::SharedUnlocked || m_setup.mode == CountingMode::SharedSemaphore;
}

WorkerProcess *CountingChildren::newChild()
{
    QStringList arguments{u"--mode"_s, modeArgument(m_setup.mode), u"--increments"_s, QString::number(m_setup.increments)};
    if (sharesMemory())
        arguments << u"--key"_s << m_key;
    if (sharesMemory() && m_setup.widen)
        arguments << u"--widen"_s;   // the page's "Yield between read and write"
    // It answers how many times it added: all of its increments.
    const int added = int(qMin<qint64>(m_setup.increments, std::numeric_limits<int>::max()));
    auto *child = new WorkerProcess({u"counter"_s, arguments,
                                     expectedDuration(m_setup.mode, int(m_setup.children), m_setup.increments, m_setup.widen),
                                     added, added},
                                    m_setup.options, this);
    connect(child, &WorkerProcess::childReady, this, [this](qint64 pid) {
        record(pid, TraceEventKind::Started);
        Q_EMIT childStarted(pid);
    });
    connect(child, &WorkerProcess::stepReached, this, [this, child](const QString &stepId) {
        Q_EMIT stepReached(child->pid(), stepId);
    });
    connect(child, &WorkerProcess::resultReceived, this, [this, child](const QByteArray &text) { handleResult(child, text); });
    connect(child, &WorkerProcess::answered, this, [this, child](int answer) {
        m_outcome.answers.append(answer);
        record(child->pid(), TraceEventKind::Result, QString::number(answer));
    });
    connect(child, &WorkerProcess::cancelled, this, [this, child] { record(child->pid(), TraceEventKind::Cancelled); });
    connect(child, &WorkerProcess::failed, this, [this, child](const QString &error) {
        record(child->pid(), TraceEventKind::Failed, error);
        //: %1: the child's PID, %2: what went wrong (a message of the worker's)
        fail(child->pid() == 0 ? error : tr("Child PID %1: %2").arg(child->pid()).arg(error));
    });
    connect(child, &WorkerProcess::exited, this, &CountingChildren::childExited);
    return child;
}

void CountingChildren::createShared()
{
    if (!sharesMemory() || isEnding() || m_segment)
        return;
    m_segment = std::make_unique<SharedCounterSegment>(m_key);
    if (!m_segment->create()) {   // step: create-shared
        //: %1: the system's reason
        fail(tr("The counter in shared memory could not be created: %1").arg(m_segment->errorString()));
        return;
    }
    if (m_setup.mode != CountingMode::SharedSemaphore)
        return;
    // Python: lock = multiprocessing.Lock(). One resource: a lock. Create, not Open: on Unix a
    // semaphore survives a crash, and Create takes over one left under this key and resets its count
    // to 1. This object removes it at the end of a run, or once its children are reaped when it is
    // destroyed mid-run.
    m_semaphore = std::make_unique<QSystemSemaphore>(SharedCounterSegment::semaphoreKey(m_key), 1, QSystemSemaphore::Create);
    if (m_semaphore->error() != QSystemSemaphore::NoError) {
        //: %1: the system's reason
        fail(tr("The semaphore could not be created: %1").arg(m_semaphore->errorString()));
    }
}

void CountingChildren::start()
{
    if (m_started || isEnding())
        return;
    m_started = true;
    m_running = int(m_children.size());
    for (WorkerProcess *child : std::as_const(m_children)) {
        if (isEnding()) {   // an earlier child failed at once (no worker): the rest never start
            childExited();
            continue;
        }
        // Python: multiprocessing.Process(target=count_up, ...).start()
        child->start();   // step: start-children
    }
}

void CountingChildren::handleResult(WorkerProcess *child, const QByteArray &text)
{
    if (isEnding())
        return;   // the run is ending: nothing more is believed
    if (text == CountingWords::set) {
        if (++m_set == m_children.size())
            letThemGo();
    } else if (const std::optional<qint64> endNs = CountingWords::numberAfter("done", text)) {
        m_lastEndNs = std::max(m_lastEndNs, *endNs);
        ++m_done;
    } else if (const std::optional<qint64> count = CountingWords::numberAfter("count", text);
               count && m_setup.mode == CountingMode::Messages) {
        m_outcome.sentCounts.append(*count);   // the parent adds them up at its "sum" step
    } else if (text == CountingWords::noSegment) {
        //: %1: the child's PID
        fail(tr("Child PID %1 could not attach to the counter in shared memory.").arg(child->pid()));
    } else if (text == CountingWords::noSemaphore) {
        //: %1: the child's PID
        fail(tr("Child PID %1 could not open the semaphore.").arg(child->pid()));
    } else {
        //: %1: the child's PID, %2: the line it sent
        fail(tr("Child PID %1 sent a result this demo does not know: \"%2\".").arg(child->pid()).arg(QString::fromLatin1(text)));
    }
}

// Python: the parent's start.wait(), the last to reach the barrier: now every child goes.
void CountingChildren::letThemGo()
{
    m_goNs = CountingWords::steadyNowNs();
    for (WorkerProcess *child : std::as_const(m_children)) {
        child->sendJob(CountingWords::go);
        record(child->pid(), TraceEventKind::Busy);
    }
}

void CountingChildren::cancel()
{
    if (isEnding())
        return;
    m_cancelRequested = true;
    if (!m_started) {
        endRun();   // no child to stop
        return;
    }
    for (WorkerProcess *child : std::as_const(m_children))
        child->cancel();   // the run ends once every child has exited
}

void CountingChildren::fail(const QString &errorString)
{
    if (isEnding())
        return;
    m_error = errorString;
    if (!m_started) {
        endRun();
        return;
    }
    for (WorkerProcess *child : std::as_const(m_children))
        child->cancel();   // the others stop too: the run has failed
}

void CountingChildren::setGated(bool gated)
{
    for (WorkerProcess *child : std::as_const(m_children))
        child->setGated(gated);   // before start(): the child starts with --step-mode
}

void CountingChildren::permitStepOf(const ExecutionUnit &unit)
{
    for (WorkerProcess *child : std::as_const(m_children)) {
        if (unit.kind == UnitKind::ChildProcess && child->pid() == unit.id)
            child->permitStep();
    }
}

void CountingChildren::childExited()
{
    if (--m_running == 0)
        endRun();
}

void CountingChildren::endRun()
{
    // Every child is gone and reaped: the counter is final, and nothing uses the shared things now.
    m_ended = true;
    if (m_segment && m_segment->isAttached())
        m_outcome.sharedTotal = m_segment->counter().load();
    removeShared();
    const qsizetype children = m_children.size();
    if (m_cancelRequested) {
        Q_EMIT cancelled();
    } else if (!m_error.isEmpty()) {
        Q_EMIT failed(m_error);
    } else if (m_outcome.answers.size() != children || m_done != children
               || (m_setup.mode == CountingMode::Messages && m_outcome.sentCounts.size() != children)) {
        Q_EMIT failed(tr("The children exited before they had all counted."));
    } else {
        m_outcome.elapsedNs = std::max<qint64>(1, m_lastEndNs - m_goNs);
        Q_EMIT completed(m_outcome);
    }
}

void CountingChildren::removeShared()
{
    m_semaphore.reset();   // the creator removes the semaphore (Unix)
    m_segment.reset();     // the last to detach removes the segment: the children have
}

void CountingChildren::record(qint64 pid, TraceEventKind kind, const QString &detail) const
{
    if (m_trace && pid != 0)
        m_trace->append({0, m_setup.demo, m_setup.runId, UnitKind::ChildProcess, pid, kind, detail});
}
