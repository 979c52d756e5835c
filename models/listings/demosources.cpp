// SPDX-License-Identifier: MIT
#include "demosources.h"

using namespace Qt::Literals::StringLiterals;

namespace DemoSources {

namespace {

QStringList spinnerSteps()
{
    return {u"start-spinner"_s, u"start-slow-task"_s, u"slow-task-sleeps"_s, u"result-ready"_s,
            u"stop-spinner"_s, u"join"_s, u"print-answer"_s};
}

} // namespace

// THE demo -> files table. Adding a demo: one entry here, its files in resources/CMakeLists.txt
// (LAB_DEMO_CPP_SOURCES / LAB_PYTHON_EXAMPLES) and its explanations in stepcatalog.cpp.
const QList<Entry> &table()
{
    static const QList<Entry> entries{
        {DemoKind::Thread,
         {u"widgets/lesson/demopanel.cpp"_s, u"models/lessons/spinners/threadrunner.cpp"_s, u"models/lessons/spinners/slowtaskthread.cpp"_s,
          u"models/tasks/slowtask.cpp"_s},
         u"spinner_thread.py"_s,
         spinnerSteps()},
        {DemoKind::Process,
         {u"widgets/lesson/demopanel.cpp"_s, u"models/lessons/spinners/processrunner.cpp"_s, u"models/run/process/workerprocess.cpp"_s,
          u"app/worker/main.cpp"_s, u"models/tasks/slowtask.cpp"_s},
         u"spinner_proc.py"_s,
         spinnerSteps()},
        {DemoKind::Coroutine,
         {u"widgets/lesson/demopanel.cpp"_s, u"models/run/coroutine/coroutinedemorunner.cpp"_s, u"models/lessons/spinners/coroutinerunner.cpp"_s,
          u"models/run/coroutine/interruptiblesleep.cpp"_s},
         u"spinner_async.py"_s,
         spinnerSteps()},
        {DemoKind::BlockLoop,
         {u"widgets/lesson/demopanel.cpp"_s, u"models/run/coroutine/coroutinedemorunner.cpp"_s, u"models/lessons/blockloop/blockingsleeprunner.cpp"_s},
         u"spinner_async_experiment.py"_s,
         spinnerSteps()},
    };
    return entries;
}

QString cppResourceRoot()
{
    return u":/sources/"_s;
}

QString pythonResourceRoot()
{
    return u":/python/"_s;
}

Entry entry(DemoKind kind)
{
    for (const Entry &e : table()) {
        if (e.kind == kind)
            return e;
    }
    return Entry{kind, {}, {}, {}};
}

bool hasListings(DemoKind kind)
{
    const Entry e = entry(kind);
    return !e.cppFiles.isEmpty() || !e.pythonFile.isEmpty();
}

QString cppResourcePath(const QString &repoPath)
{
    return cppResourceRoot() + repoPath;
}

QStringList cppResourcePaths(DemoKind kind)
{
    QStringList paths;
    for (const QString &file : entry(kind).cppFiles)
        paths.append(cppResourcePath(file));
    return paths;
}

QString pythonResourcePath(DemoKind kind)
{
    const QString file = entry(kind).pythonFile;
    return file.isEmpty() ? QString() : pythonResourceRoot() + file;
}

QString pythonRepoPath(DemoKind kind)
{
    const QString file = entry(kind).pythonFile;
    return file.isEmpty() ? QString() : u"resources/python/"_s + file;
}

QStringList allCppFiles()
{
    QStringList files;
    for (const Entry &e : table())
        files.append(e.cppFiles);
    files.removeDuplicates();
    return files;
}

QStringList allPythonFiles()
{
    QStringList files;
    for (const Entry &e : table())
        files.append(e.pythonFile);
    files.removeDuplicates();
    return files;
}

QStringList allStepIds()
{
    QStringList ids;
    for (const Entry &e : table())
        ids.append(e.stepIds);
    ids.removeDuplicates();
    return ids;
}

} // namespace DemoSources
