// SPDX-License-Identifier: MIT
#pragma once

#include "demorunner.h"

#include <concepts>
#include <optional>

// A result type says how it reads, in free functions found by argument-dependent lookup:
// `describe(r)` (translated, one line: "Answer: 42"), `traceDetail(r)` (short and untranslated, for
// the trace and the timeline: "42") and `toJson(r)` (for reports: {"answer": 42}).
template <typename R>
concept DemoResult = requires(const R &result) {
    { describe(result) } -> std::convertible_to<QString>;
    { traceDetail(result) } -> std::convertible_to<QString>;
    { toJson(result) } -> std::convertible_to<QJsonObject>;
};

// A runner with typed parameters and a typed result: the slow task's duration and 42 are one case;
// N workers and a speed-up, or a counter with lost updates, are others. Parameters set now apply
// to the next run. A Parameters type with a `duration` member (std::chrono::milliseconds) takes the
// window's slow-task duration through applyDuration(); clampDuration() bounds it per demo.
// GUI thread only.
template <typename Parameters, DemoResult Result>
class TypedDemoRunner : public DemoRunner
{
public:
    const Parameters &parameters() const { return m_parameters; }
    void setParameters(const Parameters &parameters) { m_parameters = parameters; }
    // Sets the parameters, then starts a run with them.
    void start(const Parameters &parameters)
    {
        setParameters(parameters);
        DemoRunner::start();
    }
    using DemoRunner::start;

    // The result of the last run that finished with one.
    const std::optional<Result> &result() const { return m_result; }
    std::optional<DurationCap> durationCap() const override { return m_durationCap; }
    bool hasResult() const override { return m_result.has_value(); }
    QString resultText() const override { return m_result ? QString(describe(*m_result)) : QString(); }
    QJsonObject resultJson() const override { return m_result ? QJsonObject(toJson(*m_result)) : QJsonObject(); }

    bool applyDuration(std::chrono::milliseconds duration) override
    {
        if constexpr (requires(Parameters p) { p.duration = duration; }) {
            m_parameters.duration = clampDuration(duration);
            m_durationCap.reset();
            if (m_parameters.duration != duration)
                m_durationCap = DurationCap{duration, m_parameters.duration};
            return true;
        } else {
            return false;
        }
    }

protected:
    TypedDemoRunner(DemoId demoId, StepScript script, Parameters parameters, QObject *parent = nullptr)
        : DemoRunner(std::move(demoId), std::move(script), parent)
        , m_parameters(std::move(parameters))
    {
    }

    // The work of run `runId` has its result (ignored for a stale run); it becomes the runner's at the
    // script's PublishResult step.
    void finishWithResult(quint64 runId, const Result &result)
    {
        finishWork(runId, [this, result] { m_result = result; });
    }
    // The longest or shortest duration this demo accepts (e.g. a real freeze is bounded).
    virtual std::chrono::milliseconds clampDuration(std::chrono::milliseconds duration) const { return duration; }
    void clearResult() override { m_result.reset(); }

private:
    Parameters m_parameters;
    std::optional<Result> m_result;
    std::optional<DurationCap> m_durationCap;   // the last applyDuration() was clamped
};
