// SPDX-License-Identifier: MIT
#include "pythonscripts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

std::unique_ptr<QTemporaryDir> PythonScripts::extract(const QStringList &resourcePaths, QString *error)
{
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return std::unique_ptr<QTemporaryDir>();
    };
    auto folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/concurrency-lab-python-XXXXXX"_s);
    if (!folder->isValid()) {
        //: %1: the system's reason
        return fail(tr("Could not create a temporary folder for the Python scripts: %1").arg(folder->errorString()));
    }
    QSet<QString> names;
    for (const QString &path : resourcePaths) {
        const QString name = QFileInfo(path).fileName();
        if (names.contains(name)) {
            //: %1: a file name such as primes.py
            return fail(tr("Two of the Python scripts are named %1.").arg(name));
        }
        names.insert(name);
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly)) {
            //: %1: the script's path (perhaps a resource such as :/python/primes.py), %2: the reason
            return fail(tr("Could not read the Python script %1: %2").arg(path, source.errorString()));
        }
        const QByteArray contents = source.readAll();
        // Written rather than QFile::copy()'d: a resource's copy would be read-only.
        QFile target(folder->filePath(name));
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly) || target.write(contents) != contents.size()
            || !target.flush()) {
            //: %1: the path of the copy, %2: the reason
            return fail(tr("Could not write the Python script %1: %2").arg(target.fileName(), target.errorString()));
        }
        target.close();
        if (target.error() != QFileDevice::NoError)
            return fail(tr("Could not write the Python script %1: %2").arg(target.fileName(), target.errorString()));
    }
    return folder;
}

QString PythonScripts::directory(const QStringList &names, QString *error)
{
    static QHash<QStringList, std::shared_ptr<QTemporaryDir>> unpacked;   // removed at exit
    std::shared_ptr<QTemporaryDir> &folder = unpacked[names];
    if (!folder) {
        QStringList resources;
        for (const QString &name : names)
            resources << u":/python/"_s + name;
        folder = extract(resources, error);
    }
    return folder ? folder->path() : QString();
}

QStringList PythonScripts::lessonSetOf(const QString &fileName)
{
    const QDir sets(u":/python-sets"_s);
    for (const QString &set : sets.entryList(QDir::Files, QDir::Name)) {
        QFile list(sets.filePath(set));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QStringList names;
        for (const QByteArray &line : list.readAll().split('\n')) {
            const QString name = QString::fromUtf8(line.trimmed());
            if (!name.isEmpty())
                names << name;
        }
        if (names.contains(fileName))
            return names;
    }
    return {fileName};
}
