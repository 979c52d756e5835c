// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The CPython side of the benchmark: the scripts of benchmarks/python (embedded in the binary) run
// with python3 from PATH, each printing one JSON object per figure and line. GUI thread.
namespace PythonBench {
// python3 on PATH, or an empty string.
QString interpreter();
// Runs `script` (a file name of benchmarks/python) with `arguments` until it exits (at most
// `timeoutSeconds`) and returns its JSON lines, by "figure". Nullopt (and a message on stderr) when
// it could not start, failed or printed something else.
std::optional<QMap<QString, QJsonObject>> run(const QString &script, const QStringList &arguments, int timeoutSeconds);
} // namespace PythonBench
