// SPDX-License-Identifier: MIT
#pragma once

#include "primessweep.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class SweepChart;

// The page's sweep: which curves (C++ or CPython threads and processes, all four, or the simulated
// GIL), Start and Cancel, the progress, and the chart (PrimesSweep runs it). GUI thread.
class PrimesSweepPanel : public QGroupBox
{
    Q_OBJECT
public:
    // What the page has chosen when a sweep starts.
    struct Choice {
        PrimeNumbers::NumberSet cppNumbers = PrimeNumbers::NumberSet::Book;
        PrimeNumbers::NumberSet pythonNumbers = PrimeNumbers::NumberSet::Quick;
        bool oneCore = false;
    };

    PrimesSweepPanel(PrimesSweep::Setup setup, std::function<Choice()> choice, QWidget *parent = nullptr);
    ~PrimesSweepPanel() override;

    // The --sweep values, in the order of the choices: "cpp", "python", "all", "gil".
    static QStringList curvesIds();
    // Starts a sweep of the curves `curvesId` (one of curvesIds()), as the Start button does.
    void start(const QString &curvesId);
    PrimesSweep *sweep() const { return m_sweep; }
    // Why the last sweep stopped ("cancelled", or a run's error); empty if it completed.
    QString error() const { return m_error; }
    // The last sweep's curves as lines of text: "sweep, C++ threads (sequential 0.85 s): N=1 ...".
    QString summary() const;

Q_SIGNALS:
    // A sweep has ended (completed, cancelled or failed); the runners have their parameters back.
    void finished();

private:
    void showProgress();
    void showEnd(bool completed, const QString &error);

    PrimesSweep *m_sweep;
    const std::function<Choice()> m_choice;
    QComboBox *m_curves;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    SweepChart *m_chart;
    QString m_error;
};
