// SPDX-License-Identifier: MIT
#include "guiprimesrunner.h"

#include "labclock.h"
#include "threadid.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

GuiPrimesRunner::GuiPrimesRunner(PrimesParameters parameters, QObject *parent)
    : PrimesRunner(u"primes-gui"_s, sequentialScript(), Language::Cpp, true, parameters, parent)
{
}

GuiPrimesRunner::~GuiPrimesRunner()
{
    retireAllRuns();
}

void GuiPrimesRunner::startWork(quint64 runId)
{
    beginChecks(runId);
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()}, tr("blocked"));
    // Not in the book: a moment for the room to see the spinner turn before the window freezes.
    QTimer::singleShot(spinnerLeadIn, this, [this, runId] {
        if (isCurrentRun(runId))
            checkAll(runId);
    });
}

// Python (sequential.py): for n in NUMBERS: prime, elapsed = check(n)
void GuiPrimesRunner::checkAll(quint64 runId)
{
    const ExecutionUnit gui{UnitKind::GuiLoop, ThreadId::current()};
    const QList<quint64> numbers = PrimeNumbers::numbers(runParameters().numbers);
    auto totalNs = std::make_shared<qint64>(0);
    for (int index = 0; index < numbers.size(); ++index) {
        // Out of step mode each step runs at once, here, inside this loop: the event loop gets no turn
        // until the last number is checked.
        atGuiStep(runId, u"check-number"_s, [this, runId, gui, index, number = numbers.at(index), totalNs] {
            if (!isCurrentRun(runId))
                return;
            trace(runId, gui, TraceEventKind::Blocked, QString::number(number));
            const qint64 startNs = LabClock::nowNs();
            const bool prime = *PrimeNumbers::isPrime(number, [] { return true; });  // step: check-number
            const PrimeCheck check{index, number, prime, LabClock::nowNs() - startNs, gui};
            *totalNs += check.nanoseconds;
            trace(runId, gui, TraceEventKind::Result, traceDetail(check));
            addCheck(runId, check);
        });
    }
    atGuiStep(runId, {}, [this, runId, totalNs] { finishChecks(runId, *totalNs); });
}
