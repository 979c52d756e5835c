// SPDX-License-Identifier: MIT
// concurrency-lab-worker: the child program of the process demos. It runs one registered workload
// (`--workload ID -- ARGS`, see models/tasks/workerworkloads.h; the slow task is the same code as the
// thread demo's) and reports on stdout with the line protocol of models/run/process/workerprotocol.h.
// It exits when its parent goes away: stdin reaches EOF (and, on Linux, the parent-death signal that
// the app sets up before exec). With --step-mode it stops at each step until the parent writes
// "step" (or "continue") on its stdin.
//
// No QCoreApplication: the worker has no event loop, and making one (locale, event dispatcher) was
// about a fifth of a child's start-up. Only --help makes one, for the program name in "Usage:".

#include "workerprogram.h"

#include "blockinggate.h"
#include "jobqueue.h"
#include "linesplitter.h"
#include "slowtask.h"
#include "workerprotocol.h"
#include "workerworkloads.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <thread>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

enum ExitCode { Ok = 0, BadUsage = 2, ParentGone = 3 };

void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

// Reads the parent's commands on a thread of its own: "step" lets the workload past one step,
// "continue" lets it run to the end, "pause" stops it at the next step, "job"/"end" feed a workload
// that takes jobs. EOF cancels the workload: the parent is gone.
void watchStdin(BlockingGate &control, JobQueue &jobs)
{
    std::thread([&control, &jobs] {
        // Bounded whatever arrives: a command longer than any the parent sends is dropped.
        LineSplitter lines(WorkerProtocol::maxCommandLength);
        char buffer[256];
        for (ssize_t n; (n = ::read(STDIN_FILENO, buffer, sizeof buffer)) > 0;) {
            lines.append(QByteArrayView(buffer, n));
            while (const std::optional<LineSplitter::Line> line = lines.next()) {
                if (line->tooLong)
                    continue;
                using Kind = WorkerProtocol::Command::Kind;
                const WorkerProtocol::Command command = WorkerProtocol::parseCommand(line->text);
                switch (command.kind) {
                case Kind::Step: control.permitStep(); break;
                case Kind::Continue: control.setGated(false); break;
                case Kind::Pause: control.setGated(true); break;
                case Kind::End: jobs.close(); break;
                case Kind::Job: jobs.add(command.job); break;
                case Kind::Unknown: break;
                }
            }
        }
        control.cancel();
        jobs.close();
    }).detach();
}

// A child that writes one line forever and will not stop when asked (the test of a parent's bounded
// line buffer): killed by SIGKILL, or by SIGPIPE once the parent closed the pipe.
[[noreturn]] void writeEndlessLine()
{
    std::signal(SIGTERM, SIG_IGN);
    const QByteArray chunk(64 * 1024, 'x');
    while (true)
        std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stdout);
}

[[noreturn]] void crash()
{
#ifdef Q_OS_UNIX
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);   // a test crash should not leave a core file behind
#endif
    std::abort();
}

QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int runWorker(int argc, char *argv[], const WorkerFaults &faults)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs a workload of Concurrency Lab's process demos: %1."_s
                                         .arg(WorkerWorkloads::ids().join(u", "_s)));
    parser.addHelpOption();
    parser.addPositionalArgument(u"-- ARGS"_s, u"The workload's own arguments."_s);
    const QCommandLineOption workloadOption(u"workload"_s, u"The workload to run."_s, u"id"_s);
    const QCommandLineOption stepModeOption(u"step-mode"_s, u"Stop at each step until told to go on."_s);
    parser.addOptions({workloadOption, stepModeOption});

    const bool parsed = parser.parse(argumentList(argc, argv));
    if (parsed && parser.isSet(u"help"_s)) {
        const QCoreApplication app(argc, argv);   // helpText() names the program through it
        std::fputs(qPrintable(parser.helpText()), stdout);   // not showHelp(): it would exit() past our cleanup
        return Ok;
    }
    const WorkerWorkloads::Workload *workload = parsed ? WorkerWorkloads::find(parser.value(workloadOption)) : nullptr;
    const QString usageError = !parsed ? parser.errorText()
                             : !workload ? u"--workload takes one of: %1"_s.arg(WorkerWorkloads::ids().join(u", "_s))
                                         : workload->checkArguments(parser.positionalArguments());
    if (!usageError.isEmpty()) {
        std::fprintf(stderr, "concurrency-lab-worker: %s\n", qPrintable(usageError));
        return BadUsage;
    }

    // Live as long as the process: the stdin thread may still use them while main() returns.
    static BlockingGate *const runControl = new BlockingGate;
    static JobQueue *const jobQueue = new JobQueue;
    BlockingGate &control = *runControl;   // cancelled when the parent goes away
    control.setGated(parser.isSet(stepModeOption));
    watchStdin(control, *jobQueue);

    writeLine(WorkerProtocol::readyLine(faults.claimPidOne ? 1 : QCoreApplication::applicationPid()));

    if (faults.afterReady)
        faults.afterReady();
    if (faults.crashAfterReady)
        crash();
    if (faults.garbageAfterReady) {
        writeLine("hello from a confused worker\n");
        return Ok;
    }
    if (faults.endlessLine)
        writeEndlessLine();
    if (faults.hangAfterReady) {
        control.sleepFor(SlowTask::maximumDuration * 10);
        return ParentGone;
    }

    const auto reach = [&control](const QString &stepId) {
        writeLine(WorkerProtocol::stepLine(stepId));
        return control.waitAtStep();
    };
    const auto nextJob = [] { return jobQueue->take(); };
    const auto sendResult = [](QByteArrayView text) { writeLine(WorkerProtocol::resultLine(text)); };
    const std::optional<int> answer = workload->run({parser.positionalArguments(), control, reach, nextJob, sendResult});
    if (!answer)
        return ParentGone;
    if (faults.exitCodeInstead)
        return *faults.exitCodeInstead;
    if (faults.exitSilently)
        return Ok;
    writeLine(WorkerProtocol::answerLine(*answer + faults.answerOffset));
    return Ok;
}
