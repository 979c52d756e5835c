// SPDX-License-Identifier: MIT
#include "pythonscriptprocess.h"

#include "processgroup.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A line as the user should see it in a message: decoded, control characters replaced, shortened.
QString shown(QByteArrayView line)
{
    constexpr qsizetype shownLength = 80;
    QString text = QString::fromUtf8(line.first(qMin(line.size(), shownLength)));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar::ReplacementCharacter;
    }
    if (line.size() > shownLength)
        text += u'…';
    return text;
}

} // namespace

QString PythonScriptProcess::interpreter()
{
    return QStandardPaths::findExecutable(u"python3"_s);
}

PythonScriptProcess::PythonScriptProcess(Request request, QObject *parent)
    : PythonScriptProcess(std::move(request), Options{}, parent)
{
}

PythonScriptProcess::PythonScriptProcess(Request request, Options options, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(std::move(options))
{
    m_killTimer.setSingleShot(true);
    m_groupTimer.setInterval(10ms);
    // Connected before start(), so no outcome can be missed (a failed start never emits finished()).
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PythonScriptProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &PythonScriptProcess::readErrors);
    connect(&m_process, &QProcess::finished, this, &PythonScriptProcess::handleFinished);
    // Queued: QProcess may report a failed start from inside start(), and start() never emits.
    connect(&m_process, &QProcess::errorOccurred, this, &PythonScriptProcess::handleError, Qt::QueuedConnection);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(true); });
    connect(&m_groupTimer, &QTimer::timeout, this, &PythonScriptProcess::checkGroupGone);
}

PythonScriptProcess::~PythonScriptProcess()
{
    // ~QProcess would kill the child too, but with a warning, and never its workers.
    m_process.disconnect(this);
    m_killTimer.stop();
    m_groupTimer.stop();
    if (m_started && !m_exited)
        signalGroup(true);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void PythonScriptProcess::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_options.interpreter.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(tr("python3 was not found on PATH, so the Python modes cannot run. Install Python 3 "
                    "(on Debian or Ubuntu: sudo apt install python3) and try again."));
            waitForGroupExit();
        }, Qt::QueuedConnection);
        return;
    }
    // -B: no __pycache__ next to the scripts. --jsonl: the output this class reads.
    QStringList arguments{u"-B"_s, QDir(m_request.scriptDirectory).filePath(m_request.script)};
    arguments += m_request.arguments;
    arguments << u"--jsonl"_s;
    m_commandLine = QStringList{m_options.interpreter} + arguments;

#ifdef Q_OS_UNIX
    // Runs in the child between fork and exec (async-signal-safe calls only). A group of its own:
    // cancel() signals the group, which reaches the workers the script starts; a parent-death
    // signal would reach the child only, never its children.
    m_process.setChildProcessModifier([inChild = m_options.inChild] {
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);   // the child dies with this app
#endif
        if (inChild)
            inChild();
    });
#endif
    m_process.setWorkingDirectory(m_request.scriptDirectory);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(m_options.interpreter, arguments);   // no shell: the arguments are passed as they are
    if (m_process.state() == QProcess::NotRunning)
        return;   // handleError() reports it
    m_pid = m_process.processId();
#ifdef Q_OS_UNIX
    if (m_pid > 0) {
        // The child may not have run its setpgid() yet; doing it from here too (as shells do) means
        // the group exists from now on. EACCES: the child has exec'd, so it did it itself.
        ::setpgid(pid_t(m_pid), pid_t(m_pid));
        m_processGroup = m_pid;
    }
#endif
}

void PythonScriptProcess::cancel()
{
    if (!m_started || m_reported || m_cancelRequested)
        return;
    m_cancelRequested = true;
    stopChild();
}

void PythonScriptProcess::readOutput()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype newline;
    while (!m_reported && !m_cancelRequested && (newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        handleLine(line);
    }
    if (!m_reported && !m_cancelRequested && m_pending.size() > maxLineLength)
        handleLine(m_pending);   // a line that never ends is garbage too
}

void PythonScriptProcess::readErrors()
{
    m_stderrPending += m_process.readAllStandardError();
    qsizetype newline;
    while ((newline = m_stderrPending.indexOf('\n')) >= 0) {
        keepStderrLine(QByteArrayView(m_stderrPending).first(newline));
        m_stderrPending.remove(0, newline + 1);
    }
    if (m_stderrPending.size() > maxLineLength) {   // bounded: a line that never ends is cut
        keepStderrLine(m_stderrPending);
        m_stderrPending.clear();
    }
}

void PythonScriptProcess::keepStderrLine(QByteArrayView line)
{
    QString text = QString::fromUtf8(line.first(qMin(line.size(), maxStderrLineLength))).trimmed();
    if (text.isEmpty())
        return;
    if (line.size() > maxStderrLineLength)
        text += u'…';
    m_stderrTail << text;
    while (m_stderrTail.size() > stderrLinesKept)
        m_stderrTail.removeFirst();
}

QString PythonScriptProcess::lastStderrLine() const
{
    return m_stderrTail.isEmpty() ? QString() : m_stderrTail.constLast();
}

void PythonScriptProcess::handleLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line = line.chopped(1);
    if (line.size() > maxLineLength) {
        //: %1: a number of bytes
        protocolError(tr("it wrote a line longer than %1 bytes.").arg(maxLineLength));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        //: %1: the line, shortened
        protocolError(tr("this line is not a JSON object: \"%1\".").arg(shown(line)));
        return;
    }
    const QJsonObject object = document.object();
    if (!m_readySeen) {
        const QJsonValue readyValue = object.value(u"ready"_s);
        const qint64 claimed = readyValue.toInteger(0);
        if (claimed <= 0) {
            //: %1: the line, shortened
            protocolError(tr("its first line must be {\"ready\": <its PID>}, not \"%1\".").arg(shown(line)));
            return;
        }
        // The PID shown to the class comes from the system, not from the child's word.
        if (claimed != m_pid) {
            //: %1: the PID the script claimed, %2: its real PID
            protocolError(tr("it said it was PID %1, but it is PID %2.").arg(claimed).arg(m_pid));
            return;
        }
        m_readySeen = true;
        m_readyObject = object;
        Q_EMIT ready(claimed);
        return;
    }
    if (object.contains(u"ready"_s)) {
        protocolError(tr("it sent a second \"ready\" line."));
        return;
    }
    if (m_totalSeen) {
        //: %1: the line, shortened
        protocolError(tr("a line came after its total: \"%1\".").arg(shown(line)));
        return;
    }
    if (object.contains(u"total"_s))
        m_totalSeen = true;
    Q_EMIT record(object);
}

void PythonScriptProcess::protocolError(const QString &reason)
{
    //: %1: the script's file name, %2: what went wrong (a sentence)
    fail(tr("The Python script %1 broke the protocol of the app: %2").arg(scriptName(), reason));
}

void PythonScriptProcess::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    if (!m_reported && !m_cancelRequested) {
        readOutput();   // lines written just before exiting
        if (!m_reported && !m_cancelRequested && !m_pending.isEmpty()) {
            handleLine(m_pending);   // a last line without its newline
            m_pending.clear();
        }
    }
    readErrors();
    if (!m_stderrPending.isEmpty()) {
        keepStderrLine(m_stderrPending);
        m_stderrPending.clear();
    }
    if (!m_reported) {
        const QString lastError = lastStderrLine();
        if (m_cancelRequested) {
            m_reported = true;
            Q_EMIT cancelled();
        } else if (status == QProcess::CrashExit) {
            fail(lastError.isEmpty()
                     //: %1: the script's file name
                     ? tr("The Python script %1 crashed or was killed by a signal.").arg(scriptName())
                     //: %1: the script's file name, %2: the last line it wrote to stderr
                     : tr("The Python script %1 crashed or was killed by a signal. Its last message: %2")
                           .arg(scriptName(), lastError));
        } else if (exitCode != 0) {
            fail(lastError.isEmpty()
                     //: %1: the script's file name, %2: its exit code
                     ? tr("The Python script %1 stopped with exit code %2.").arg(scriptName()).arg(exitCode)
                     //: %1: the script's file name, %2: its exit code, %3: the last line it wrote to
                     //: stderr (for an exception: its type and message)
                     : tr("The Python script %1 stopped with exit code %2: %3").arg(scriptName()).arg(exitCode).arg(lastError));
        } else if (!m_totalSeen) {
            //: %1: the script's file name
            fail(tr("The Python script %1 ended without reporting its total, so its results are incomplete.")
                     .arg(scriptName()));
        } else {
            m_reported = true;
            Q_EMIT succeeded();
        }
    }
    waitForGroupExit();
}

void PythonScriptProcess::handleError(QProcess::ProcessError error)
{
    // Crashes are reported by handleFinished(); other errors (read/write) are followed by it too.
    if (error != QProcess::FailedToStart || m_exited || m_groupTimer.isActive())
        return;
    //: %1: the interpreter's path, %2: the system's reason
    fail(tr("Python (%1) could not be started: %2").arg(m_options.interpreter, m_process.errorString()));
    waitForGroupExit();   // a failed start never emits finished()
}

void PythonScriptProcess::fail(const QString &translated)
{
    if (m_reported)
        return;
    m_reported = true;
    Q_EMIT failed(translated);
    stopChild();
}

void PythonScriptProcess::stopChild()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    signalGroup(false);
    m_killTimer.start(m_options.terminateGrace);
}

void PythonScriptProcess::signalGroup(bool force)
{
#ifdef Q_OS_UNIX
    if (m_processGroup > 0 && !m_exited) {
        if (::kill(-pid_t(m_processGroup), force ? SIGKILL : SIGTERM) == 0 || errno != ESRCH)
            return;
    }
#endif
    // No group (not Unix, or no child yet): the child alone.
    if (m_process.state() == QProcess::NotRunning)
        return;
    if (force)
        m_process.kill();
    else
        m_process.terminate();
}

void PythonScriptProcess::waitForGroupExit()
{
    // Whatever the child left in its group goes too (workers it did not join, say); then wait, from
    // the event loop, until the group is empty.
    if (m_groupTimer.isActive() || m_exited)
        return;
    signalGroup(true);
    m_groupDeadline.setRemainingTime(groupExitTimeout);
    m_groupTimer.start();
}

void PythonScriptProcess::checkGroupGone()
{
#ifdef Q_OS_UNIX
    if (m_processGroup > 0) {
        // Gone once every member has died: the workers of a child that died first are orphans that
        // init reaps in its own time, but they run nothing from the moment they are zombies.
        const bool gone = !ProcessGroup::hasRunningMembers(m_processGroup);
        if (!gone && !m_groupDeadline.hasExpired()) {
            ::kill(-pid_t(m_processGroup), SIGKILL);
            return;
        }
    }
#endif
    m_groupTimer.stop();
    m_exited = true;
    Q_EMIT exited();
}
