// SPDX-License-Identifier: MIT
#include "echolesson.h"

#include "labtestdemos.h"
#include "lessonpage.h"
#include "typeddemorunner.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

struct EchoResult {
    int value = 0;
};
QString describe(const EchoResult &result) { return u"Echo: %1"_s.arg(result.value); }
QString traceDetail(const EchoResult &result) { return QString::number(result.value); }
QJsonObject toJson(const EchoResult &result) { return {{u"answer"_s, result.value}}; }

struct EchoParameters {
    int value = 7;
};

class EchoRunner : public TypedDemoRunner<EchoParameters, EchoResult>
{
public:
    explicit EchoRunner(const DemoId &id)
        : TypedDemoRunner(id, {{{{}, StepScript::Action::StartWork}}, {{{}, StepScript::Action::PublishResult}}}, {})
    {
    }

protected:
    void startWork(quint64 runId) override
    {
        setExecutor(runId, {UnitKind::GuiLoop, 1});
        QTimer::singleShot(0, this, [this, runId] { finishWithResult(runId, {parameters().value}); });
    }
};

class EchoPage : public LessonPage
{
public:
    EchoPage(const DemoId &demo, const LessonContext &context)
        : LessonPage(u"Echo"_s, u"A test lesson."_s, context, nullptr)
    {
        setObjectName(u"echoLesson"_s);
        addPanel(demo);
    }
};

} // namespace

namespace EchoLesson {

Demo demo(const DemoId &id, const QStringList &provesRows)
{
    return {id, "Echo", "Python: print()",
            [id](RunSize) { return std::make_unique<EchoRunner>(id); },
            LabTest::demo(u"thread"_s).listings,
            provesRows,
            resultHas(toJson(EchoResult{EchoParameters{}.value}))};
}

Lesson lesson(const Demo &demo)
{
    return {u"echo-lesson"_s, "Echo lesson", {demo},
            {{nullptr, u"Ctrl+9"_s, {demo.id}, u"echo-all"_s}},
            [id = demo.id](const LessonContext &context) { return new EchoPage(id, context); }};
}

} // namespace EchoLesson
