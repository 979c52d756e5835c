// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <variant>

// The line protocol of concurrency-lab-worker on its stdout, one message per line:
//   ready <pid>       the child started and is about to run its workload (--workload ID)
//   step <id>         the workload reached a step (lower-case letters and '-'); with --step-mode
//                     the child then waits for a command on its stdin
//   result <text>     the result of one job (see "job" below), in the workload's own words
//   answer <number>   the workload's result; the child exits 0 right after
// Anything else is a protocol error. Commands on the child's stdin, one per line: "step" (go on to
// the next step), "continue" (run to the end), "pause" (stop at the next step: step mode switched
// on mid-run), "job <text>" (one more piece of work for a workload that takes jobs, handed out one
// at a time like a queue) and "end" (no more jobs). EOF on stdin means the parent is gone.
// A job's or result's text is short: lower-case letters, digits, spaces and '-' (see isJobText()).
// Shared by the worker (formatting) and WorkerProcess (parsing).
namespace WorkerProtocol {

// Longest line a well-behaved worker prints; a longer one is garbage.
inline constexpr qsizetype maxLineLength = 64;
// Most lines a well-behaved worker prints in one run: its "ready", steps and "answer" stay within
// linesPerRun, and each job it is given adds at most linesPerJob (its steps and its result). More is
// a child flooding its stdout.
inline constexpr qsizetype linesPerRun = 1000;
inline constexpr qsizetype linesPerJob = 4;

struct Ready { qint64 pid = 0; };
struct Answer { int value = 0; };
struct Step { QString id; };
struct Result { QByteArray text; };
struct Invalid { QString reason; };  // translated, names the offending line
using Message = std::variant<Ready, Answer, Step, Result, Invalid>;

// Parses one line without its trailing newline.
Message parseLine(QByteArrayView line);
// The error for a line longer than maxLineLength (`start`: its first bytes), e.g. an endless line
// without a newline: translated, names the line's start.
Invalid tooLongLine(QByteArrayView start);

// A command on the worker's stdin, parsed (anything else is ignored by the worker).
struct Command {
    enum class Kind { Step, Continue, Pause, End, Job, Unknown };
    Kind kind = Kind::Unknown;
    QByteArray job;   // Kind::Job: the job's text (isJobText())
};
Command parseCommand(QByteArrayView line);
// Longest command line the parent sends ("job " and the longest job text); longer is garbage.
inline constexpr qsizetype maxCommandLength = 64;

QByteArray readyLine(qint64 pid);   // with trailing newline
QByteArray answerLine(int value);   // with trailing newline
QByteArray stepLine(const QString &stepId);   // with trailing newline
QByteArray resultLine(QByteArrayView text);   // with trailing newline; `text` must be isJobText()
QByteArray jobCommand(QByteArrayView text);   // with trailing newline; `text` must be isJobText()
// The text of a "job <text>" command, or nullopt when `command` is not one.
std::optional<QByteArray> jobIn(QByteArrayView command);
// Whether `text` may travel as a job or a result: 1 to 48 characters of [a-z0-9 -].
bool isJobText(QByteArrayView text);

inline constexpr QByteArrayView stepCommand = "step";
inline constexpr QByteArrayView continueCommand = "continue";
inline constexpr QByteArrayView pauseCommand = "pause";
inline constexpr QByteArrayView endCommand = "end";

} // namespace WorkerProtocol
