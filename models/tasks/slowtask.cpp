// SPDX-License-Identifier: MIT
#include "slowtask.h"

#include "blockinggate.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace SlowTask {

QList<DemoStep> steps(const QList<std::pair<QString, const char *>> &explanations)
{
    static const struct {
        const char *id;
        const char *title;
        const char *commonExplanation;
    } book[] = {
        {"start-spinner", QT_TRANSLATE_NOOP("StepCatalog", "Start the spinner"), nullptr},
        {"start-slow-task", QT_TRANSLATE_NOOP("StepCatalog", "Start the slow task"), nullptr},
        {"slow-task-sleeps", QT_TRANSLATE_NOOP("StepCatalog", "The slow task sleeps"), nullptr},
        {"result-ready", QT_TRANSLATE_NOOP("StepCatalog", "The answer is ready"), nullptr},
        {"stop-spinner", QT_TRANSLATE_NOOP("StepCatalog", "Stop the spinner"), nullptr},
        {"join", QT_TRANSLATE_NOOP("StepCatalog", "Wait for the end"), nullptr},
        {"print-answer", QT_TRANSLATE_NOOP("StepCatalog", "Show the answer"), QT_TRANSLATE_NOOP("StepCatalog",
            "The GUI thread shows the answer, the time it took and who ran the slow task. Python: main() "
            "prints 'Answer: 42'.")},
    };
    QList<DemoStep> result;
    for (const auto &step : book) {
        const QString id = QString::fromLatin1(step.id);
        const char *explanation = step.commonExplanation;
        for (const auto &[explainedId, text] : explanations) {
            if (explainedId == id)
                explanation = text;
        }
        result.append({id, step.title, explanation});
    }
    return result;
}

StepScript script(bool guiStartsWork)
{
    using enum StepScript::Action;
    // The book's order: start the spinner, then the slow task; stop the spinner, then print.
    StepScript steps;
    steps.beforeWork = {{u"start-spinner"_s, StartSpinner}, {guiStartsWork ? u"start-slow-task"_s : QString(), StartWork}};
    steps.afterResult = {{u"stop-spinner"_s, StopSpinner}, {u"print-answer"_s, PublishResult}};
    return steps;
}

std::optional<int> run(std::chrono::milliseconds duration, BlockingGate &gate, const StepHook &reach)
{
    // Python: time.sleep(3). Here the sleep is a wait that a cancel interrupts at once.
    const bool slept = reach(u"slow-task-sleeps"_s) && gate.sleepFor(duration);  // step: slow-task-sleeps
    if (!slept)
        return std::nullopt;
    return reach(u"result-ready"_s) ? std::optional(answer) : std::nullopt;  // step: result-ready
}

} // namespace SlowTask

QString describe(const SlowTaskResult &result)
{
    return QCoreApplication::translate("SlowTask", "Answer: %1").arg(result.answer);
}

QString traceDetail(const SlowTaskResult &result)
{
    return QString::number(result.answer);
}

QJsonObject toJson(const SlowTaskResult &result)
{
    return {{u"answer"_s, result.answer}};
}
