// SPDX-License-Identifier: MIT
#include "workerprocess.h"

#include "processgroup.h"
#include "workerlocator.h"
#include "workerprotocol.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<WorkerProcess::Options> &standardForTesting()
{
    static std::optional<WorkerProcess::Options> options;
    return options;
}

} // namespace

WorkerProcess::Options WorkerProcess::Options::standard()
{
    if (const std::optional<Options> &forTesting = standardForTesting())
        return *forTesting;
    Options options;
    options.program = WorkerLocator::workerPath();
    return options;
}

void WorkerProcess::Options::setStandardForTesting(std::optional<Options> options)
{
    standardForTesting() = std::move(options);
}

WorkerProcess::WorkerProcess(Request request, Options options, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_child(ProcessGroupChild::Options{m_options.terminateGrace, m_options.inChild, {}, true})
    , m_lines(WorkerProtocol::maxLineLength)
{
    m_answerDeadline.setSingleShot(true);
    // A coarse timer may fire up to 5% early: "did not answer within 10.0 s" beside "Elapsed: 9.86 s".
    m_answerDeadline.setTimerType(Qt::PreciseTimer);
    // Connected before start(), so no outcome can be missed.
    connect(&m_child, &ProcessGroupChild::readyReadStandardOutput, this, &WorkerProcess::readOutput);
    connect(&m_child, &ProcessGroupChild::readyReadStandardError, this,
            [this] { m_stderr.append(m_child.readAllStandardError()); });
    connect(&m_child, &ProcessGroupChild::finished, this, &WorkerProcess::handleFinished);
    connect(&m_child, &ProcessGroupChild::failedToStart, this, &WorkerProcess::handleFailedStart);
    connect(&m_child, &ProcessGroupChild::exited, this, &WorkerProcess::exited);
    connect(&m_answerDeadline, &QTimer::timeout, this, &WorkerProcess::handleDeadline);
}

// m_child's destructor kills the group of a child still running, and hands it to the reaper.
WorkerProcess::~WorkerProcess() = default;

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
    m_child.start(m_options.program, arguments, QString());   // no shell: the arguments are passed as they are
    if (!m_gated)
        restartDeadline();
}

void WorkerProcess::permitStep()
{
    ++m_stepsPermitted;
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
        restartDeadline();
}

void WorkerProcess::sendJob(QByteArrayView text)
{
    if (m_reported || !m_child.isRunning())
        return;
    ++m_jobsSent;
    m_child.write(WorkerProtocol::jobCommand(text));
}

void WorkerProcess::endJobs()
{
    sendCommand(WorkerProtocol::endCommand);
}

void WorkerProcess::sendCommand(QByteArrayView command)
{
    if (m_reported || !m_child.isRunning())
        return;
    m_child.write(command.toByteArray() + '\n');
}

void WorkerProcess::restartDeadline()
{
    m_answerDeadline.start(m_request.expectedDuration + m_options.answerGrace);
}

void WorkerProcess::cancel()
{
    if (m_reported)
        return;
    m_cancelRequested = true;
    m_answerDeadline.stop();
    m_child.stop();
}

void WorkerProcess::readOutput()
{
    // Always drained: once the run is decided nothing more is believed, and a child that floods its
    // stdout (until it is killed) costs nothing. A line that never ends is a protocol error as soon
    // as it passes the longest line there is; so are more lines than a well-behaved worker prints.
    const QByteArray bytes = m_child.readAllStandardOutput();
    if (m_reported)
        return;
    m_lines.append(bytes);
    while (!m_reported) {
        const std::optional<LineSplitter::Line> line = m_lines.next();
        if (!line)
            break;
        // A teacher stepping through a long run (F10 held down) lets the child print one more step
        // each time: those lines are answers, not a flood.
        const qsizetype allowed = WorkerProtocol::linesPerRun + WorkerProtocol::linesPerJob * (m_jobsSent + m_stepsPermitted);
        if (line->tooLong)
            fail(WorkerProtocol::tooLongLine(line->text).reason);
        else if (++m_linesRead > allowed)
            //: %1: how many lines a worker may print in this run
            fail(tr("The worker flooded its output: it printed more than %1 lines, more than this run can need.")
                     .arg(allowed));
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
        if (ready->pid != m_child.pid()) {
            //: %1: the PID the child claimed, %2: its real PID
            fail(tr("The worker broke the protocol: it said it was PID %1, but it is PID %2.")
                     .arg(ready->pid).arg(m_child.pid()));
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
            restartDeadline();
        Q_EMIT resultReceived(result->text);
    } else if (const auto *answer = std::get_if<WorkerProtocol::Answer>(&message); answer && m_pid != 0 && !m_answer) {
        if (answer->value < m_request.minAnswer || answer->value > m_request.maxAnswer) {
            fail(m_request.minAnswer == m_request.maxAnswer
                     //: %1: the child's answer, %2: the only answer its workload can give
                     ? tr("The worker answered %1, but its task can only answer %2.").arg(answer->value).arg(m_request.minAnswer)
                     //: %1: the child's answer; %2 to %3: the answers its workload can give
                     : tr("The worker answered %1, but its task can only answer %2 to %3.")
                           .arg(answer->value).arg(m_request.minAnswer).arg(m_request.maxAnswer));
            return;
        }
        m_answer = answer->value;   // reported once the child exits cleanly
    } else if (const auto *invalid = std::get_if<WorkerProtocol::Invalid>(&message)) {
        fail(invalid->reason);
    } else {
        fail(tr("The worker broke the protocol: \"%1\" came out of order.").arg(QString::fromLatin1(line.toByteArray())));
    }
}

void WorkerProcess::handleDeadline()
{
    const double seconds = std::chrono::duration<double>(m_request.expectedDuration + m_options.answerGrace).count();
    if (m_answer) {
        //: %1: the worker's answer, %2: seconds, e.g. "10.0"
        fail(tr("The worker answered %1 but did not exit within %2 s.").arg(*m_answer).arg(seconds, 0, 'f', 1));
        return;
    }
    // A stopped child (SIGSTOP, Ctrl+Z in its terminal, a debugger) is the one silence with a name.
    if (m_child.pid() > 0 && ProcessGroup::isStopped(m_child.pid())) {
        //: %1: seconds, e.g. "10.0"
        fail(tr("The worker did not answer within %1 s: its process is stopped (by SIGSTOP or a debugger).")
                 .arg(seconds, 0, 'f', 1));
        return;
    }
    //: %1: seconds, e.g. "10.0"
    fail(tr("The worker did not answer within %1 s.").arg(seconds, 0, 'f', 1));
}

void WorkerProcess::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    m_answerDeadline.stop();
    if (!m_reported)
        readOutput();   // lines written just before exiting
    m_stderr.append(m_child.readAllStandardError());
    m_stderr.finish();
    if (m_reported)
        return;   // exited() follows once the group is empty
    if (m_cancelRequested) {
        m_reported = true;
        Q_EMIT cancelled();
    } else if (status == QProcess::CrashExit) {
        fail(withLastWords(tr("The worker process crashed or was killed by a signal.")));
    } else if (exitCode != 0) {
        fail(withLastWords(tr("The worker exited with code %1.").arg(exitCode)));
    } else if (!m_answer) {
        fail(withLastWords(tr("The worker exited without an answer.")));
    } else {
        m_reported = true;
        Q_EMIT answered(*m_answer);
    }
}

void WorkerProcess::handleFailedStart(const QString &systemReason)
{
    // A file that is gone or not executable has a message that says so; anything else, the system's.
    const QFileInfo program(m_options.program);
    if (!program.isFile() || !program.isExecutable())
        fail(WorkerLocator::whyNotFound({m_options.program}));
    else
        fail(tr("The worker program could not be started: %1").arg(systemReason));
}

QString WorkerProcess::withLastWords(const QString &message) const
{
    // Short enough for a panel, and without the control characters a hostile child may send (escape
    // sequences, carriage returns).
    constexpr qsizetype shown = 160;
    QString last = m_stderr.lastLine();
    for (QChar &c : last) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    if (last.size() > shown)
        last = last.first(shown - 1) + u'…';
    //: %1: what went wrong, %2: the last line the worker wrote to stderr
    return last.isEmpty() ? message : tr("%1 Its last message: %2").arg(message, last);
}

void WorkerProcess::fail(const QString &errorString)
{
    if (m_reported)
        return;
    m_reported = true;
    m_answerDeadline.stop();
    Q_EMIT failed(errorString);
    m_child.stop();
}
