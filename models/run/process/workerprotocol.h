// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <variant>

// The line protocol of concurrency-lab-worker on its stdout, one message per line:
//   ready <pid>       the child started and is about to run its workload (--workload ID)
//   step <id>         the workload reached a step (lower-case letters and '-'); with --step-mode
//                     the child then waits for a command on its stdin
//   answer <number>   the workload's result; the child exits 0 right after
// Anything else is a protocol error. Commands on the child's stdin, one per line: "step" (go on to
// the next step), "continue" (run to the end) and "pause" (stop at the next step: step mode switched
// on mid-run). EOF on stdin means the parent is gone.
// Shared by the worker (formatting) and WorkerProcess (parsing).
namespace WorkerProtocol {

// Longest line a well-behaved worker prints; a longer one is garbage.
inline constexpr qsizetype maxLineLength = 64;

struct Ready { qint64 pid = 0; };
struct Answer { int value = 0; };
struct Step { QString id; };
struct Invalid { QString reason; };  // translated, names the offending line
using Message = std::variant<Ready, Answer, Step, Invalid>;

// Parses one line without its trailing newline.
Message parseLine(QByteArrayView line);

QByteArray readyLine(qint64 pid);   // with trailing newline
QByteArray answerLine(int value);   // with trailing newline
QByteArray stepLine(const QString &stepId);   // with trailing newline

inline constexpr QByteArrayView stepCommand = "step";
inline constexpr QByteArrayView continueCommand = "continue";
inline constexpr QByteArrayView pauseCommand = "pause";

} // namespace WorkerProtocol
