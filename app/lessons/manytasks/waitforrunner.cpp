// SPDX-License-Identifier: MIT
#include "waitforrunner.h"

#include <QCoreApplication>
#include <QEvent>

using namespace Qt::Literals::StringLiterals;

WaitForRunner::WaitForRunner(WaysParameters parameters, QObject *parent)
    : WaysRunner(u"wait-for"_s, u"wait-for"_s, parameters, parent)
{
    m_ticks.setInterval(10);
    m_ticks.setTimerType(Qt::PreciseTimer);
    connect(&m_ticks, &QTimer::timeout, this, [this] { ++m_eventsInside; });
}

WaitForRunner::~WaitForRunner()
{
    stopCoroutines();
}

void WaitForRunner::launch(quint64 runId, WaysParameters parameters, QPointer<CoroutineGate> gate)
{
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()}, tr("in a nested event loop"));
    beginOutput(parameters);
    // The plain code runs from the event loop, as a slot would (a click's handler, say); start()
    // returns first, like every other runner's.
    QTimer::singleShot(0, this, [this, runId, duration = parameters.duration, gate] {
        if (!isCurrentRun(runId))
            return;
        if (!gate || gate->isCancelled()) {
            finishCancelled(runId);
            return;
        }
        runFromSynchronousCode(runId, duration, gate);
    });
}

void WaitForRunner::runFromSynchronousCode(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineGate> gate)
{
    const QPointer self(this);
    say(runId, tr("sync code: sets a timer, then calls QCoro::waitFor(slow(A))"));
    m_timerFiredInside = false;
    QTimer::singleShot(duration / 2, this, [this, runId] {
        m_timerFiredInside = m_insideWaitFor;
        say(runId, m_insideWaitFor ? tr("timer: fired INSIDE waitFor(), before the line after the call has run")
                                   : tr("timer: fired after waitFor() returned"));
    });
    // A nested loop handles everything: a Quit would end it before the coroutine has (waitFor() would
    // then return early and the coroutine later resume into its gone loop). The filter stops the run
    // first, so the coroutine ends inside its loop.
    m_insideWaitFor = true;
    m_waitingRun = runId;
    m_waitingGate = gate;
    m_eventsInside = m_clicksInside = 0;
    m_ticks.start();
    QCoreApplication::instance()->installEventFilter(this);
    traceCoroutine(runId, TraceEventKind::Started);
    traceCoroutine(runId, TraceEventKind::Awaiting, tr("in a nested event loop"));
    passStep(runId, {UnitKind::GuiLoop, ThreadId::current()}, u"run-from-sync"_s);
    const bool slept = QCoro::waitFor(slow(this, runId, u"A"_s, duration, gate));  // step: run-from-sync
    // Re-entrancy: everything the nested loop handled above ran before this line.
    if (!self)
        return;
    QCoreApplication::instance()->removeEventFilter(this);
    m_ticks.stop();
    m_insideWaitFor = false;
    if (!stillCurrent(this, runId))
        return;
    say(runId, tr("sync code: waitFor() returned; meanwhile its nested loop handled %n event(s): a 10 ms timer's ticks and any clicks", nullptr, m_eventsInside + m_clicksInside));
    if (!slept) {
        traceCoroutine(runId, TraceEventKind::Cancelled);
        finishCancelled(runId);
        return;
    }
    WaysResult result = resultNow();
    result.eventsInside = m_eventsInside + m_clicksInside;
    result.timerFiredInside = m_timerFiredInside;
    traceCoroutine(runId, TraceEventKind::Result, traceDetail(result));
    finishWithResult(runId, result);
}

bool WaitForRunner::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_insideWaitFor)
        return false;
    switch (event->type()) {
    case QEvent::Quit:
        // The app is quitting inside the nested loop: end the coroutine first (see above).
        if (m_waitingGate)
            m_waitingGate->cancel();
        break;
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
        if (watched->isWindowType()) {   // once per click: the window gets it before its widgets
            ++m_clicksInside;
            say(m_waitingRun, tr("a click or key press was handled INSIDE waitFor(), while the sync code still waits"));
        }
        break;
    default:
        break;
    }
    return false;
}
