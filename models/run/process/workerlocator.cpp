// SPDX-License-Identifier: MIT
#include "workerlocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace WorkerLocator {

QStringList candidatePaths()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString name = QString::fromLatin1(workerName);
    return {
        appDir.filePath(name),
        QDir::cleanPath(appDir.filePath(u"../libexec/concurrency-lab/"_s + name)),
    };
}

QString workerPath()
{
    for (const QString &candidate : candidatePaths()) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace WorkerLocator
