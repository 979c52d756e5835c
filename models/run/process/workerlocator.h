// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Finds concurrency-lab-worker relative to the running binary, never through PATH:
// next to it (build tree: every executable is in build/<preset>/bin) or in
// ../libexec/concurrency-lab/ (installed layout). Needs a QCoreApplication.
namespace WorkerLocator {

inline constexpr auto workerName = "concurrency-lab-worker";

// The folders searched, in order.
QStringList candidatePaths();
// The first executable candidate, or an empty string.
QString workerPath();
// Why workerPath() is empty, translated: found but not executable (naming the file), or not found
// (naming the folders searched).
QString whyNotFound(const QStringList &candidates = candidatePaths());

} // namespace WorkerLocator
