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

QString whyNotFound(const QStringList &candidates)
{
    QStringList folders;
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.exists() && !(info.isFile() && info.isExecutable())) {
            //: %1: the worker program's full path
            return QCoreApplication::translate("WorkerLocator",
                                               "The worker program %1 was found, but it is not an executable file: "
                                               "check its permissions (chmod +x) or reinstall.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        }
        folders << QDir::toNativeSeparators(info.absolutePath());
    }
    //: %1: the folders searched, e.g. "/usr/bin, /usr/libexec/concurrency-lab"
    return QCoreApplication::translate("WorkerLocator",
                                       "The worker program concurrency-lab-worker was not found (looked in %1).")
        .arg(folders.join(u", "_s));
}

} // namespace WorkerLocator
