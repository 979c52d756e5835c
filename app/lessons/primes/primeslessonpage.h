// SPDX-License-Identifier: MIT
#pragma once

#include "lessonpage.h"
#include "primenumbers.h"

class CpuUsageWidget;
class PrimesRunner;
class PrimesSweep;
class PrimesSweepPanel;
class PrimesTableModel;
class PrimesTimings;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

// Lesson 3's page: the modes' panels (C++ and CPython), the worker count, the numbers and the
// one-core switch; the live table of the last run, per-core CPU use, every mode's last time and
// speedup on this machine, and the sweep chart. GUI thread.
class PrimesLessonPage : public LessonPage
{
    Q_OBJECT
public:
    explicit PrimesLessonPage(const LessonContext &context, QWidget *parent = nullptr);
    ~PrimesLessonPage() override;

    // The lesson's C++ and CPython modes, in the order of their panels.
    static QList<DemoId> cppModes();
    static QList<DemoId> pythonModes();
    // CPython threads with jobs that release the GIL (hashlib) and jobs that hold it.
    static DemoId gilReleaseDemo();

    PrimesSweep *sweep() const;

    // --sweep cpp|python|all|gil: the sweep, started once the window has settled.
    void startCommandLineWork() override;
    bool isWorking() const override;
    QString workSummary() const override;
    bool workSucceeded() const override;
    void cancelWork() override;
    PrimesTableModel *table() const { return m_table; }

private:
    QWidget *createControls();
    QWidget *createResults();
    PrimesRunner *primesRunner(const DemoId &id) const;
    void applyCommandLine();
    void applyParameters();
    void showRun(PrimesRunner *runner);
    void showPythonEstimate();

    PrimesTimings *m_timings;
    PrimesTableModel *m_table;
    PrimesSweepPanel *m_sweepPanel = nullptr;
    QSpinBox *m_workers = nullptr;
    QComboBox *m_numbers = nullptr;
    QComboBox *m_pythonNumbers = nullptr;
    QCheckBox *m_oneCore = nullptr;
    QLabel *m_pythonEstimate = nullptr;
    QLabel *m_tableTitle = nullptr;
    QTableView *m_tableView = nullptr;
    CpuUsageWidget *m_cpu = nullptr;
    bool m_commandLineSweep = false;   // the sweep was asked for on the command line
};
