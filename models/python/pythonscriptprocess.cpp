// SPDX-License-Identifier: MIT
#include "pythonscriptprocess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

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
    , m_child(ProcessGroupChild::Options{m_options.terminateGrace, m_options.inChild, {}})
{
    // Connected before start(), so no outcome can be missed.
    connect(&m_child, &ProcessGroupChild::readyReadStandardOutput, this, &PythonScriptProcess::readOutput);
    connect(&m_child, &ProcessGroupChild::readyReadStandardError, this, &PythonScriptProcess::readErrors);
    connect(&m_child, &ProcessGroupChild::finished, this, &PythonScriptProcess::handleFinished);
    connect(&m_child, &ProcessGroupChild::failedToStart, this, &PythonScriptProcess::handleFailedStart);
    connect(&m_child, &ProcessGroupChild::exited, this, &PythonScriptProcess::handleExited);
}

// m_child's destructor kills the group of a run still going, quietly.
PythonScriptProcess::~PythonScriptProcess() = default;

void PythonScriptProcess::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_options.interpreter.isEmpty()) {
        QMetaObject::invokeMethod(this, [this] {
            fail(tr("python3 was not found on PATH, so the Python modes cannot run. Install Python 3 "
                    "(on Debian or Ubuntu: sudo apt install python3) and try again."));
            handleExited();   // nothing was started
        }, Qt::QueuedConnection);
        return;
    }
    // -B: no __pycache__ next to the scripts. --jsonl: the output this class reads.
    QStringList arguments{u"-B"_s, QDir(m_request.scriptDirectory).filePath(m_request.script)};
    arguments += m_request.arguments;
    arguments << u"--jsonl"_s;
    m_commandLine = QStringList{m_options.interpreter} + arguments;
    m_child.start(m_options.interpreter, arguments, m_request.scriptDirectory);
}

void PythonScriptProcess::cancel()
{
    if (!m_started || m_reported || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_child.stop();
}

void PythonScriptProcess::readOutput()
{
    // Always drained; once the run is decided (or being cancelled) nothing more is read into memory.
    const QByteArray bytes = m_child.readAllStandardOutput();
    if (m_reported || m_cancelRequested)
        return;
    m_lines.append(bytes);
    while (!m_reported && !m_cancelRequested) {
        const std::optional<LineSplitter::Line> line = m_lines.next();
        if (!line)
            break;
        handleLine(*line);
    }
}

void PythonScriptProcess::readErrors()
{
    m_stderrTail.append(m_child.readAllStandardError());
}

void PythonScriptProcess::handleLine(const LineSplitter::Line &line)
{
    if (line.tooLong) {
        //: %1: a number of bytes
        protocolError(tr("it wrote a line longer than %1 bytes.").arg(maxLineLength));
        return;
    }
    handleLine(QByteArrayView(line.text));
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
        if (claimed != pid()) {
            //: %1: the PID the script claimed, %2: its real PID
            protocolError(tr("it said it was PID %1, but it is PID %2.").arg(claimed).arg(pid()));
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
    if (!m_reported && !m_cancelRequested) {
        readOutput();   // lines written just before exiting
        if (const std::optional<LineSplitter::Line> last = m_lines.takeRest(); last && !m_reported && !m_cancelRequested)
            handleLine(*last);   // a last line without its newline
    }
    readErrors();
    m_stderrTail.finish();
    if (!m_reported) {
        const QString lastError = m_stderrTail.lastLine();
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
    // m_child kills what is left of the group and emits exited() once it is empty.
}

void PythonScriptProcess::handleFailedStart(const QString &systemReason)
{
    //: %1: the interpreter's path, %2: the system's reason
    fail(tr("Python (%1) could not be started: %2").arg(m_options.interpreter, systemReason));
}

void PythonScriptProcess::handleExited()
{
    if (m_exited)
        return;
    m_exited = true;
    Q_EMIT exited();
}

void PythonScriptProcess::fail(const QString &translated)
{
    if (m_reported)
        return;
    m_reported = true;
    Q_EMIT failed(translated);
    m_child.stop();
}

