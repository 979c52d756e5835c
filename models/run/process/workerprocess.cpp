// SPDX-License-Identifier: MIT
#include "workerprocess.h"

#include "childreaper.h"
#include "workerlocator.h"
#include "workerprotocol.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;

WorkerProcess::WorkerProcess(Request request, Options options, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_lines(WorkerProtocol::maxLineLength)
{
    m_answerDeadline.setSingleShot(true);
    // A coarse timer may fire up to 5% early: "did not answer within 10.0 s" beside "Elapsed: 9.86 s".
    m_answerDeadline.setTimerType(Qt::PreciseTimer);
    m_killTimer.setSingleShot(true);
    // Connected before start(), so no outcome can be missed (a failed start never emits finished()).
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &WorkerProcess::readOutput);
    connect(m_process.get(), &QProcess::finished, this, &WorkerProcess::handleFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, &WorkerProcess::handleError);
    connect(&m_answerDeadline, &QTimer::timeout, this, [this] {
        const double seconds = std::chrono::duration<double>(m_request.expectedDuration + m_options.answerGrace).count();
        fail(tr("The worker did not answer within %1 s.").arg(seconds, 0, 'f', 1));
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] { m_process->kill(); });
}

WorkerProcess::~WorkerProcess()
{
    // ~QProcess would kill too, but with a warning and by waiting on the GUI thread: the reaper kills
    // the child and collects it from the event loop.
    ChildReaper::adopt(std::move(m_process));
}

void WorkerProcess::start()
{
    if (m_options.program.isEmpty()) {
        fail(WorkerLocator::whyNotFound());
        Q_EMIT exited();
        return;
    }
    QStringList arguments{u"--workload"_s, m_request.workload};
    if (m_gated)
        arguments << u"--step-mode"_s;
    arguments += m_options.extraArguments;
    // The workload's own arguments come after "--", so they can never be taken for the worker's.
    arguments << u"--"_s;
    arguments += m_request.arguments;
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: if this app dies, the kernel kills the child.
    m_process->setChildProcessModifier([inChild = m_options.inChild] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (inChild)
            inChild();
    });
#elif defined(Q_OS_UNIX)
    if (m_options.inChild)
        m_process->setChildProcessModifier(m_options.inChild);
#endif
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(m_options.program, arguments);   // no shell: the arguments are passed as they are
    if (!m_gated)
        m_answerDeadline.start(m_request.expectedDuration + m_options.answerGrace);
}

void WorkerProcess::permitStep()
{
    sendCommand(WorkerProtocol::stepCommand);
}

void WorkerProcess::setGated(bool gated)
{
    m_gated = gated;
    if (gated) {
        // The deadline stops once the child really waits at a step (see handleLine()).
        sendCommand(WorkerProtocol::pauseCommand);
        return;
    }
    sendCommand(WorkerProtocol::continueCommand);
    if (!m_reported)
        m_answerDeadline.start(m_request.expectedDuration + m_options.answerGrace);
}

void WorkerProcess::sendJob(QByteArrayView text)
{
    if (!m_reported && m_process->state() == QProcess::Running)
        m_process->write(WorkerProtocol::jobCommand(text));
}

void WorkerProcess::endJobs()
{
    sendCommand(WorkerProtocol::endCommand);
}

void WorkerProcess::sendCommand(QByteArrayView command)
{
    if (m_reported || m_process->state() != QProcess::Running)
        return;
    m_process->write(command.toByteArray() + '\n');
}

void WorkerProcess::cancel()
{
    if (m_reported)
        return;
    m_cancelRequested = true;
    m_answerDeadline.stop();
    stopChild();
}

void WorkerProcess::readOutput()
{
    // Always drained: once the run is decided nothing more is believed, and a child that floods its
    // stdout (until it is killed) costs nothing. A line that never ends is a protocol error as soon
    // as it passes the longest line there is.
    const QByteArray bytes = m_process->readAllStandardOutput();
    if (m_reported)
        return;
    m_lines.append(bytes);
    while (!m_reported) {
        const std::optional<LineSplitter::Line> line = m_lines.next();
        if (!line)
            break;
        if (line->tooLong)
            fail(WorkerProtocol::tooLongLine(line->text).reason);
        else
            handleLine(line->text);
    }
    if (m_reported)
        m_lines.clear();
}

void WorkerProcess::handleLine(QByteArrayView line)
{
    const WorkerProtocol::Message message = WorkerProtocol::parseLine(line);
    if (const auto *ready = std::get_if<WorkerProtocol::Ready>(&message); ready && m_pid == 0) {
        // The PID shown to the class comes from the system, not from the child's word.
        if (ready->pid != m_process->processId()) {
            //: %1: the PID the child claimed, %2: its real PID
            fail(tr("The worker broke the protocol: it said it was PID %1, but it is PID %2.")
                     .arg(ready->pid).arg(m_process->processId()));
            return;
        }
        m_pid = ready->pid;
        Q_EMIT childReady(m_pid);
    } else if (const auto *step = std::get_if<WorkerProtocol::Step>(&message); step && m_pid != 0 && !m_answer) {
        if (m_gated)
            m_answerDeadline.stop();   // it waits for the user now, who sets the pace
        Q_EMIT stepReached(step->id);
    } else if (const auto *result = std::get_if<WorkerProtocol::Result>(&message); result && m_pid != 0 && !m_answer) {
        if (!m_gated)   // progress: the deadline counts from the last result
            m_answerDeadline.start(m_request.expectedDuration + m_options.answerGrace);
        Q_EMIT resultReceived(result->text);
    } else if (const auto *answer = std::get_if<WorkerProtocol::Answer>(&message); answer && m_pid != 0 && !m_answer) {
        m_answer = answer->value;   // reported once the child exits cleanly
    } else if (const auto *invalid = std::get_if<WorkerProtocol::Invalid>(&message)) {
        fail(invalid->reason);
    } else {
        fail(tr("The worker broke the protocol: \"%1\" came out of order.").arg(QString::fromLatin1(line.toByteArray())));
    }
}

void WorkerProcess::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    m_answerDeadline.stop();
    m_killTimer.stop();
    if (!m_reported) {
        readOutput();   // lines written just before exiting
    }
    if (!m_reported) {
        if (m_cancelRequested) {
            m_reported = true;
            Q_EMIT cancelled();
        } else if (status == QProcess::CrashExit) {
            fail(tr("The worker process crashed."));
        } else if (exitCode != 0) {
            fail(tr("The worker exited with code %1.").arg(exitCode));
        } else if (!m_answer) {
            fail(tr("The worker exited without an answer."));
        } else {
            m_reported = true;
            Q_EMIT answered(*m_answer);
        }
    }
    Q_EMIT exited();
}

void WorkerProcess::handleError(QProcess::ProcessError error)
{
    // Crashes are reported by handleFinished(); other errors (read/write) are followed by it too.
    if (error == QProcess::FailedToStart) {
        fail(tr("The worker program could not be started: %1").arg(m_process->errorString()));
        Q_EMIT exited();   // a failed start never emits finished()
    }
}

void WorkerProcess::fail(const QString &errorString)
{
    if (m_reported)
        return;
    m_reported = true;
    m_answerDeadline.stop();
    Q_EMIT failed(errorString);
    stopChild();
}

void WorkerProcess::stopChild()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    m_killTimer.start(m_options.terminateGrace);
}
