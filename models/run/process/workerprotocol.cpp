// SPDX-License-Identifier: MIT
#include "workerprotocol.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace WorkerProtocol {

namespace {

// The line as the user should see it: printable, shortened.
QString shown(QByteArrayView line)
{
    QString text = QString::fromLatin1(line.first(qMin(line.size(), maxLineLength)).toByteArray().toPercentEncoding(" !\"#$&'()*+,-./:;<=>?@[]^_`{|}~"));
    if (line.size() > maxLineLength)
        text += QStringLiteral("…");
    return text;
}

Invalid invalid(QByteArrayView line)
{
    return {QCoreApplication::translate("WorkerProtocol", "The worker sent an unexpected line: \"%1\".").arg(shown(line))};
}

// Parses "<keyword> <decimal number>" strictly: one space, digits only.
std::optional<qint64> numberAfter(QByteArrayView line, QByteArrayView keyword)
{
    if (!line.startsWith(keyword) || line.size() <= keyword.size() + 1 || line[keyword.size()] != ' ')
        return std::nullopt;
    const QByteArrayView digits = line.sliced(keyword.size() + 1);
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = digits.toByteArray().toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

} // namespace

Message parseLine(QByteArrayView line)
{
    if (line.size() > maxLineLength)
        return invalid(line);
    if (const auto pid = numberAfter(line, "ready"); pid && *pid > 0)
        return Ready{*pid};
    if (const auto value = numberAfter(line, "answer"); value && *value <= std::numeric_limits<int>::max())
        return Answer{int(*value)};
    if (line.startsWith("step ") && line.size() > 5) {
        const QByteArrayView id = line.sliced(5);
        const bool wellFormed = std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
        if (wellFormed)
            return Step{QString::fromLatin1(id)};
    }
    if (line.startsWith("result ") && isJobText(line.sliced(7)))
        return Result{line.sliced(7).toByteArray()};
    return invalid(line);
}

Invalid tooLongLine(QByteArrayView start)
{
    //: %1: the longest line allowed, in bytes; %2: the start of the line
    return {QCoreApplication::translate("WorkerProtocol", "The worker sent a line longer than %1 bytes: \"%2…\".")
                .arg(maxLineLength).arg(shown(start.first(qMin(start.size(), maxLineLength))))};
}

Command parseCommand(QByteArrayView line)
{
    if (line == stepCommand)
        return {Command::Kind::Step, {}};
    if (line == continueCommand)
        return {Command::Kind::Continue, {}};
    if (line == pauseCommand)
        return {Command::Kind::Pause, {}};
    if (line == endCommand)
        return {Command::Kind::End, {}};
    if (auto job = jobIn(line))
        return {Command::Kind::Job, std::move(*job)};
    return {};
}

bool isJobText(QByteArrayView text)
{
    constexpr qsizetype longest = 48;
    return !text.isEmpty() && text.size() <= longest && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-';
    });
}

QByteArray resultLine(QByteArrayView text)
{
    Q_ASSERT(isJobText(text));
    return "result " + text.toByteArray() + '\n';
}

QByteArray jobCommand(QByteArrayView text)
{
    Q_ASSERT(isJobText(text));
    return "job " + text.toByteArray() + '\n';
}

std::optional<QByteArray> jobIn(QByteArrayView command)
{
    if (!command.startsWith("job ") || !isJobText(command.sliced(4)))
        return std::nullopt;
    return command.sliced(4).toByteArray();
}

QByteArray readyLine(qint64 pid)
{
    return "ready " + QByteArray::number(pid) + '\n';
}

QByteArray stepLine(const QString &stepId)
{
    return "step " + stepId.toLatin1() + '\n';
}

QByteArray answerLine(int value)
{
    return "answer " + QByteArray::number(value) + '\n';
}

} // namespace WorkerProtocol
