// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <variant>

// The line protocol of concurrency-lab-worker on its stdout, one message per line:
//   ready <pid>       the child started and is about to run the slow task
//   answer <number>   the slow task's result; the child exits 0 right after
// Anything else is a protocol error. Shared by the worker (formatting) and ProcessRunner (parsing).
namespace WorkerProtocol {

// Longest line a well-behaved worker prints; a longer one is garbage.
inline constexpr qsizetype maxLineLength = 64;

struct Ready { qint64 pid = 0; };
struct Answer { int value = 0; };
struct Invalid { QString reason; };  // translated, names the offending line
using Message = std::variant<Ready, Answer, Invalid>;

// Parses one line without its trailing newline.
Message parseLine(QByteArrayView line);

QByteArray readyLine(qint64 pid);   // with trailing newline
QByteArray answerLine(int value);   // with trailing newline

} // namespace WorkerProtocol
