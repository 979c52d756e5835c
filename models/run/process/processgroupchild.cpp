// SPDX-License-Identifier: MIT
#include "processgroupchild.h"

#include "childreaper.h"
#include "processgroup.h"

#include <QPointer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace std::chrono_literals;

ProcessGroupChild::ProcessGroupChild(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_killTimer.setSingleShot(true);
    // Connected before start(), so no outcome can be missed (a failed start never emits finished()).
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &ProcessGroupChild::readyReadStandardOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, &ProcessGroupChild::readyReadStandardError);
    connect(m_process.get(), &QProcess::finished, this, &ProcessGroupChild::handleFinished);
    // Queued: QProcess may report a failed start from inside start(), and start() never emits.
    connect(m_process.get(), &QProcess::errorOccurred, this, &ProcessGroupChild::handleError, Qt::QueuedConnection);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(true); });
    connect(&m_groupTimer, &QTimer::timeout, this, &ProcessGroupChild::checkGroupGone);
}

ProcessGroupChild::~ProcessGroupChild()
{
    // ~QProcess would kill the child too, but with a warning, and never the rest of its group.
    m_process->disconnect(this);
    m_killTimer.stop();
    m_groupTimer.stop();
    if (m_started && !m_exited)
        signalGroup(true);
    // Killed, and reaped from the event loop rather than waited for on the GUI thread.
    ChildReaper::adopt(std::move(m_process));
}

void ProcessGroupChild::start(const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    if (m_started)
        return;
    m_started = true;
#ifdef Q_OS_UNIX
    // Runs in the child between fork and exec (async-signal-safe calls only). A group of its own:
    // stop() signals the group, which reaches the processes the child starts; a parent-death
    // signal would reach the child only, never its children.
    m_process->setChildProcessModifier([inChild = m_options.inChild] {
        ::setpgid(0, 0);
        // The app ignores these (its writes report EPIPE and EFBIG instead); the child starts with
        // the defaults, as from a shell.
        ::signal(SIGPIPE, SIG_DFL);
        ::signal(SIGXFSZ, SIG_DFL);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);   // the child dies with this app
#endif
        if (inChild)
            inChild();
    });
#endif
    if (!m_options.environment.isEmpty())
        m_process->setProcessEnvironment(m_options.environment);
    m_process->setWorkingDirectory(workingDirectory);
    if (!m_options.writableStdin)
        m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(program, arguments);   // no shell: the arguments are passed as they are
    if (m_process->state() == QProcess::NotRunning)
        return;   // handleError() reports it
    m_pid = m_process->processId();
#ifdef Q_OS_UNIX
    if (m_pid > 0) {
        // The child may not have run its setpgid() yet; doing it from here too (as shells do) means
        // the group exists from now on. EACCES: the child has exec'd, so it did it itself.
        ::setpgid(pid_t(m_pid), pid_t(m_pid));
        m_processGroup = m_pid;
    }
#endif
}

void ProcessGroupChild::stop()
{
    if (m_process->state() == QProcess::NotRunning || m_killTimer.isActive())
        return;
    signalGroup(false);
    m_killTimer.start(m_options.terminateGrace);
}

void ProcessGroupChild::write(QByteArrayView bytes)
{
    if (m_options.writableStdin && m_process->state() == QProcess::Running)
        m_process->write(bytes.constData(), bytes.size());
}

void ProcessGroupChild::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    const QPointer<ProcessGroupChild> self(this);
    Q_EMIT finished(exitCode, status);
    if (self)
        waitForGroupExit();
}

void ProcessGroupChild::handleError(QProcess::ProcessError error)
{
    // Crashes are reported by handleFinished(); other errors (read/write) are followed by it too.
    if (error != QProcess::FailedToStart || m_exited || m_groupTimer.isActive())
        return;
    const QPointer<ProcessGroupChild> self(this);
    Q_EMIT failedToStart(m_process->errorString());
    if (self)
        waitForGroupExit();   // a failed start never emits finished()
}

void ProcessGroupChild::signalGroup(bool force)
{
#ifdef Q_OS_UNIX
    if (m_processGroup > 0 && !m_exited) {
        if (::kill(-pid_t(m_processGroup), force ? SIGKILL : SIGTERM) == 0 || errno != ESRCH)
            return;
    }
#endif
    // No group (not Unix, or no child yet): the child alone.
    if (m_process->state() == QProcess::NotRunning)
        return;
    if (force)
        m_process->kill();
    else
        m_process->terminate();
}

void ProcessGroupChild::waitForGroupExit()
{
    // Whatever the child left in its group goes too (workers it did not join, say); then wait, from
    // the event loop, until the group is empty.
    if (m_groupTimer.isActive() || m_exited)
        return;
    signalGroup(true);
    m_groupDeadline.setRemainingTime(groupExitTimeout);
    // The first look at the next turn of the event loop (usually the group is empty by then: the
    // child started nothing), then every 10 ms.
    m_groupTimer.start(0);
}

void ProcessGroupChild::checkGroupGone()
{
    m_groupTimer.setInterval(groupPollInterval);
#ifdef Q_OS_UNIX
    if (m_processGroup > 0) {
        // SIGKILL to whatever is left. ESRCH, no member at all, is the common answer; otherwise
        // /proc tells whether the ones left are only zombies: orphans that init reaps in its own
        // time, but that run nothing from the moment they died.
        const bool empty = ::kill(-pid_t(m_processGroup), SIGKILL) != 0 && errno == ESRCH;
        if (!empty && ProcessGroup::hasRunningMembers(m_processGroup) && !m_groupDeadline.hasExpired())
            return;
    }
#endif
    m_groupTimer.stop();
    m_exited = true;
    Q_EMIT exited();
}
