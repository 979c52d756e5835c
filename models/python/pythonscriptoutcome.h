// SPDX-License-Identifier: MIT
#pragma once

#include "pythonscriptprocess.h"

#include <functional>
#include <memory>

// How a runner ends a run of a Python script: the first outcome it settles on (the result, a failure,
// the cancel) is acted on only once the script's whole process group is gone (exited()), so nothing
// is reported while a Python worker may still run; the process object is then deleted. A small
// value: copies share the outcome. GUI thread.
class PythonScriptOutcome
{
public:
    explicit PythonScriptOutcome(PythonScriptProcess *process)
    {
        QObject::connect(process, &PythonScriptProcess::exited, process, [process, action = m_action] {
            process->deleteLater();
            if (*action)
                (*action)();
        });
    }

    // The run ends with `action`, unless it has settled on another outcome already.
    void settle(std::function<void()> action) const
    {
        if (!*m_action)
            *m_action = std::move(action);
    }
    bool isSettled() const { return bool(*m_action); }

private:
    std::shared_ptr<std::function<void()>> m_action = std::make_shared<std::function<void()>>();
};
