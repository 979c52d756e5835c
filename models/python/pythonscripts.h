// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Python scripts that ship inside the app, made runnable. CPython cannot import from Qt resources,
// so scripts that import each other (threads.py imports primes.py) are copied together into a
// fresh temporary folder first, where PythonScriptProcess runs them. Any thread.
class PythonScripts
{
    Q_DECLARE_TR_FUNCTIONS(PythonScripts)
public:
    // Copies every file of `resourcePaths` (Qt resources such as ":/python/primes.py", or plain
    // files) into one new temporary folder, each under its own file name. Returns the folder (it
    // and the copies are removed when the returned object is destroyed), or nullptr with a
    // translated reason in *error (when error is not null): a file that cannot be read or written,
    // two files with the same name, no temporary folder.
    static std::unique_ptr<QTemporaryDir> extract(const QStringList &resourcePaths, QString *error = nullptr);

    // The folder where a lesson's scripts (":/python/<name>" for each of `names`) are unpacked once
    // per process and kept until it exits: each run of them starts from there. The same set gives
    // the same folder. Empty, with `error` translated, when they could not be unpacked. GUI thread.
    static QString directory(const QStringList &names, QString *error);

    // The Python set of the lesson that ships `fileName` (e.g. "threads.py": every script of the
    // primes lesson, primes.py among them), read from ":/python-sets/<lesson>.txt" (written by
    // lab_add_lesson). Just `fileName` when no set names it. Any thread.
    static QStringList lessonSetOf(const QString &fileName);
};
