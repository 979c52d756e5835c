// SPDX-License-Identifier: MIT
#include "pythonconsolerun.h"

#include "pythonscriptprocess.h"

#include <QProcessEnvironment>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

ProcessGroupChild::Options childOptions(const PythonConsoleRun::Options &options)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    return {options.terminateGrace, {}, environment};
}

QString quoted(const QString &argument)
{
    static const QString plain = u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%"_s;
    const bool needsQuotes = argument.isEmpty() || std::any_of(argument.cbegin(), argument.cend(), [](QChar c) {
        return !plain.contains(c);
    });
    if (!needsQuotes)
        return argument;
    QString text = argument;
    text.replace(u'\'', u"'\\''"_s);
    return u'\'' + text + u'\'';
}

} // namespace

PythonConsoleRun::PythonConsoleRun(Request request, Options options, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(std::move(options))
    , m_child(childOptions(m_options))
{
    // Connected before start(), so no outcome can be missed.
    connect(&m_child, &ProcessGroupChild::readyReadStandardOutput, this, [this] {
        if (const QByteArray bytes = m_child.readAllStandardOutput(); !bytes.isEmpty())
            Q_EMIT output(bytes);
    });
    connect(&m_child, &ProcessGroupChild::readyReadStandardError, this, [this] {
        if (const QByteArray bytes = m_child.readAllStandardError(); !bytes.isEmpty())
            Q_EMIT errorOutput(bytes);
    });
    connect(&m_child, &ProcessGroupChild::finished, this, &PythonConsoleRun::handleFinished);
    connect(&m_child, &ProcessGroupChild::failedToStart, this, [this](const QString &reason) {
        m_ending = Ending::FailedToStart;
        m_detail = reason;
    });
    connect(&m_child, &ProcessGroupChild::exited, this, [this] { end(m_ending, m_exitCode, m_detail); });
}

// m_child's destructor kills the group of a run still going, quietly.
PythonConsoleRun::~PythonConsoleRun() = default;

void PythonConsoleRun::start()
{
    if (m_started)
        return;
    m_started = true;
    const QString interpreter = m_options.interpreter.isEmpty() ? PythonScriptProcess::interpreter() : m_options.interpreter;
    // -B: no __pycache__ in the scripts' folder. The script by its name: the command a student types.
    QStringList arguments{u"-B"_s};
    arguments += m_request.interpreterOptions;
    arguments << m_request.script;
    arguments += m_request.arguments;
    m_commandLine = QStringList{interpreter.isEmpty() ? u"python3"_s : interpreter} + arguments;
    if (interpreter.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] { end(Ending::NotFound, 0); }, Qt::QueuedConnection);
        return;
    }
    m_child.start(interpreter, arguments, m_request.scriptDirectory);
}

void PythonConsoleRun::stop()
{
    if (!m_started || m_ended || !m_child.isRunning())
        return;
    m_stopRequested = true;
    m_child.stop();
}

QString PythonConsoleRun::commandText() const
{
    QStringList words;
    for (const QString &argument : m_commandLine)
        words << quoted(argument);
    return words.join(u' ');
}

void PythonConsoleRun::handleFinished(int exitCode, QProcess::ExitStatus status)
{
    // What the child wrote last.
    if (const QByteArray bytes = m_child.readAllStandardOutput(); !bytes.isEmpty())
        Q_EMIT output(bytes);
    if (const QByteArray bytes = m_child.readAllStandardError(); !bytes.isEmpty())
        Q_EMIT errorOutput(bytes);
    m_exitCode = exitCode;
    if (m_stopRequested)
        m_ending = Ending::Stopped;
    else if (status == QProcess::CrashExit)
        m_ending = Ending::Crashed;
    else
        m_ending = Ending::Exited;
}

void PythonConsoleRun::end(Ending ending, int exitCode, const QString &detail)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(ending, exitCode, describe(ending, exitCode, detail));
}

QString PythonConsoleRun::describe(Ending ending, int exitCode, const QString &detail)
{
    switch (ending) {
    case Ending::Exited:
        //: The Python console's last line: how the script ended. %1: its exit code
        return tr("exited with code %1").arg(exitCode);
    case Ending::Crashed:
        //: The Python console's last line: the script was killed by a signal (a crash, or someone else)
        return tr("crashed (killed by a signal)");
    case Ending::Stopped:
        //: The Python console's last line: the user pressed Stop
        return tr("stopped");
    case Ending::NotFound:
        return tr("python3 was not found on PATH, so the Python example cannot run here. Install Python 3 "
                  "(on Debian or Ubuntu: sudo apt install python3) and try again.");
    case Ending::FailedToStart:
        //: %1: the system's reason
        return tr("Python could not be started: %1").arg(detail);
    }
    return {};
}
