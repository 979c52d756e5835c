// SPDX-License-Identifier: MIT
#include "pythonbench.h"

#include "benchinterrupts.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <memory>

#include <sys/prctl.h>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace PythonBench {

namespace {

// The embedded scripts, unpacked once into a folder that lives as long as the process.
QString scriptFolder()
{
    static const std::unique_ptr<QTemporaryDir> folder = [] {
        auto dir = std::make_unique<QTemporaryDir>();
        QDirIterator scripts(u":/bench-python"_s, QDir::Files);
        while (scripts.hasNext()) {
            const QString source = scripts.next();
            QFile::copy(source, dir->filePath(QFileInfo(source).fileName()));
        }
        return dir;
    }();
    return folder->path();
}

void complain(const QString &script, const QString &what)
{
    std::fprintf(stderr, "concurrency-lab-bench: %s: %s\n", qPrintable(script), qPrintable(what));
}

} // namespace

QString interpreter()
{
    return QStandardPaths::findExecutable(u"python3"_s);
}

std::optional<QMap<QString, QJsonObject>> run(const QString &script, const QStringList &arguments, int timeoutSeconds)
{
    QProcess python;
    python.setWorkingDirectory(scriptFolder());
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A group of its own, which an interrupt kills whole (the processes it spawns included), and a
    // child that dies with the bench.
    python.setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    python.start(interpreter(), QStringList{u"-B"_s, script} + arguments);
    BenchInterrupts::setChildGroup(python.processId());
    const auto ended = qScopeGuard([] { BenchInterrupts::setChildGroup(0); });
    if (!python.waitForFinished(timeoutSeconds * 1000)) {
        complain(script, python.error() == QProcess::Timedout ? u"no end after %1 s"_s.arg(timeoutSeconds) : python.errorString());
        if (python.processId() > 0)
            ::kill(-pid_t(python.processId()), SIGKILL);
        python.waitForFinished(5000);
        return std::nullopt;
    }
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        complain(script, u"exited with code %1"_s.arg(python.exitCode()));
        return std::nullopt;
    }
    QMap<QString, QJsonObject> figures;
    for (const QByteArray &line : python.readAllStandardOutput().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject figure = QJsonDocument::fromJson(line).object();
        if (!figure.contains(u"figure"_s)) {
            complain(script, u"printed \"%1\", not a figure"_s.arg(QString::fromUtf8(line)));
            return std::nullopt;
        }
        figures.insert(figure.value(u"figure"_s).toString(), figure);
    }
    return figures;
}

} // namespace PythonBench
