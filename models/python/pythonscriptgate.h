// SPDX-License-Identifier: MIT
#pragma once

#include "pythonscriptprocess.h"
#include "rungate.h"

#include <QObject>
#include <QPointer>

// The RunGate of a run made of Python scripts (one, or several one after another): cancel reaches
// the running script's whole process group (PythonScriptProcess::cancel()) and is remembered for the
// scripts still to come. Python's threads and processes do not stop at steps. GUI thread.
class PythonScriptGate : public QObject, public RunGate
{
public:
    explicit PythonScriptGate(QObject *parent = nullptr) : QObject(parent) {}

    // The script running now; may be null between two scripts.
    void setProcess(PythonScriptProcess *process) { m_process = process; }
    bool isCancelled() const { return m_cancelled; }

    void cancel() override
    {
        m_cancelled = true;
        if (m_process)
            m_process->cancel();
    }
    void setGated(bool) override {}
    void permitStep() override {}

private:
    QPointer<PythonScriptProcess> m_process;
    bool m_cancelled = false;
};
