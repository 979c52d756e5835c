// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <functional>

// The GUI thread's pending steps of one runner, in order. A step is recorded when it becomes the
// head of the queue; then its action runs, unless the queue is held (step mode), in which case the
// head waits for releaseHead() while the event loop runs on. Actions may add steps; those run in
// order after the current one. An entry with an empty step id is only an action: it never waits.
// GUI thread only; no QObject, so it is tested without a window.
class GuiStepQueue
{
public:
    struct Callbacks {
        std::function<void(quint64 runId, const QString &stepId)> reached;   // record it (trace)
        std::function<bool(quint64 runId)> holds;    // step mode is on for this run: wait at the head
        std::function<void(quint64 runId, const QString &stepId)> waiting;   // the head waits there
    };
    explicit GuiStepQueue(Callbacks callbacks) : m_callbacks(std::move(callbacks)) {}

    // Adds a step of run `runId` and runs what can run now.
    void add(quint64 runId, const QString &stepId, std::function<void()> action = {});
    // Whether the head has been reached and is waiting (held).
    bool headIsWaiting(quint64 runId, const QString &stepId) const;
    // Runs the waiting head's action, then goes on as far as it can.
    void releaseHead();
    // Goes on as far as it can (after step mode was switched off, or a continue).
    void advance();
    // Drops every pending step (a cancel does not wait for Step).
    void clear() { m_steps.clear(); }
    bool isEmpty() const { return m_steps.isEmpty(); }

private:
    struct Step {
        quint64 runId = 0;
        QString id;
        std::function<void()> action;
        bool reached = false;
    };
    const Callbacks m_callbacks;
    QList<Step> m_steps;
    bool m_advancing = false;
};
