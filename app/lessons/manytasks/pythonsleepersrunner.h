// SPDX-License-Identifier: MIT
#pragma once

#include "sleepersrunner.h"

// Lesson 4, part B in CPython: sleepers_<model>.py runs N asyncio tasks, threading.Threads or
// multiprocessing.Processes in a python3 child and measures itself (its own peak RSS, its children's
// PSS); the app shows its progress lines and its figures beside the C++ ones. GUI thread only.
class PythonSleepersRunner : public SleepersRunner
{
    Q_OBJECT
public:
    // `model`: Coroutines runs asyncio.
    PythonSleepersRunner(const DemoId &demoId, SleepersModel model, SleepersParameters parameters = {}, QObject *parent = nullptr);
    // Kills the script's whole process group and reaps it.
    ~PythonSleepersRunner() override;

    // The model's name in CPython (its script is sleepers_<name>.py): "asyncio", "threads", "processes".
    static QString scriptModel(SleepersModel model);

protected:
    void startWork(quint64 runId) override;

private:
    // A {"total": ...} line, as figures; nullopt when it is not one this run can use.
    std::optional<SleepersResult> resultOf(const QJsonObject &total) const;

    QString m_interpreter;
};
