// SPDX-License-Identifier: MIT
#pragma once

#include "waysrunner.h"

// Lesson 4, part A in CPython: three_ways.py runs the three ways one after another (await one after
// the other; create_task() twice, then await; asyncio.run() from plain code, and inside a running loop,
// where it raises RuntimeError), and the app shows its output lines as they come. GUI thread only.
class PythonWaysRunner : public WaysRunner
{
    Q_OBJECT
public:
    explicit PythonWaysRunner(WaysParameters parameters = {}, QObject *parent = nullptr);
    // Kills the script's process group and reaps it.
    ~PythonWaysRunner() override;

protected:
    void launch(quint64 runId, WaysParameters parameters, QPointer<CoroutineGate> gate) override;

private:
    // One JSON line of the script; returns what is wrong with it, if anything.
    QString handleRecord(quint64 runId, const QJsonObject &record, WaysResult &result);

    QString m_interpreter;
    qint64 m_pid = 0;        // the script's, once ready
    QString m_lastWay;       // the way whose lines came last
};
