// SPDX-License-Identifier: MIT
#include "primessweeppanel.h"

#include "okabeito.h"
#include "primesresult.h"
#include "primessweep.h"
#include "sweepchart.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

PrimesSweepPanel::PrimesSweepPanel(PrimesSweep::Setup setup, std::function<Choice()> choice, QWidget *parent)
    : QGroupBox(tr("Sweep: time and speedup against the number of workers"), parent)
    , m_sweep(new PrimesSweep(std::move(setup), this))
    , m_choice(std::move(choice))
{
    setObjectName(u"sweep"_s);
    m_curves = new QComboBox(this);
    m_curves->setObjectName(u"sweepChoice"_s);
    const QStringList ids = curvesIds();
    m_curves->addItem(tr("C++ threads and processes"), ids.at(0));
    m_curves->addItem(tr("CPython threads and processes"), ids.at(1));
    m_curves->addItem(tr("All four"), ids.at(2));
    m_curves->addItem(tr("C++ threads under the simulated GIL"), ids.at(3));
    auto *curvesLabel = new QLabel(tr("S&weep:"), this);
    curvesLabel->setBuddy(m_curves);
    m_start = new QPushButton(tr("&Start Sweep"), this);
    m_start->setObjectName(u"sweepButton"_s);
    m_cancel = new QPushButton(tr("Cancel Swee&p"), this);
    m_cancel->setObjectName(u"sweepCancel"_s);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"sweepProgress"_s);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"sweepStatus"_s);
    m_status->setWordWrap(true);
    m_chart = new SweepChart(this);
    m_chart->setObjectName(u"sweepChart"_s);
    m_chart->setCoreCount(PrimesParameters::cores());
    m_chart->setWorkerRange(PrimesParameters::maximumWorkers());

    auto *controls = new QHBoxLayout;
    controls->addWidget(curvesLabel);
    controls->addWidget(m_curves);
    controls->addWidget(m_start);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { start(m_curves->currentData().toString()); });
    connect(m_cancel, &QPushButton::clicked, m_sweep, &PrimesSweep::cancel);
    connect(m_sweep, &PrimesSweep::progressed, this, &PrimesSweepPanel::showProgress);
    connect(m_sweep, &PrimesSweep::finished, this, &PrimesSweepPanel::showEnd);
}

PrimesSweepPanel::~PrimesSweepPanel()
{
    m_sweep->disconnect(this);   // its runners stop with it (each joins or kills what it started)
}

QStringList PrimesSweepPanel::curvesIds()
{
    return {u"cpp"_s, u"python"_s, u"all"_s, u"gil"_s};
}

void PrimesSweepPanel::start(const QString &curvesId)
{
    if (m_sweep->isRunning())
        return;
    m_curves->setCurrentIndex(std::max(0, m_curves->findData(curvesId)));
    const Choice choice = m_choice();
    const auto curve = [](const char *demo, const char *baseline, const QString &label, const QColor &color, Qt::PenStyle style,
                          PrimeNumbers::NumberSet numbers) {
        return PrimesSweep::Curve{QString::fromLatin1(demo), QString::fromLatin1(baseline), label, color, style, numbers};
    };
    // Colour tells threads from processes; the line style, C++ (solid) from CPython (dashed).
    const auto cppThreads = curve("primes-concurrent", "primes-thread", tr("C++ threads"), OkabeIto::skyBlue(), Qt::SolidLine,
                                  choice.cppNumbers);
    const auto cppProcesses = curve("primes-processes", "primes-thread", tr("C++ processes"), OkabeIto::bluishGreen(),
                                    Qt::SolidLine, choice.cppNumbers);
    const auto pythonThreads = curve("primes-python-threads", "primes-python-sequential", tr("CPython threads"),
                                     OkabeIto::vermillion(), Qt::DashLine, choice.pythonNumbers);
    const auto pythonProcesses = curve("primes-python-processes", "primes-python-sequential", tr("CPython processes"),
                                       OkabeIto::reddishPurple(), Qt::DashLine, choice.pythonNumbers);
    const auto gil = curve("primes-gil", "primes-thread", tr("C++ threads, simulated GIL"), OkabeIto::orange(), Qt::DotLine,
                           choice.cppNumbers);
    QList<PrimesSweep::Curve> curves;
    switch (curvesIds().indexOf(m_curves->currentData().toString())) {
    case 0: curves = {cppThreads, cppProcesses}; break;
    case 1: curves = {pythonThreads, pythonProcesses}; break;
    case 2: curves = {cppThreads, cppProcesses, pythonThreads, pythonProcesses}; break;
    default: curves = {cppThreads, gil}; break;
    }
    m_error.clear();
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setVisible(true);
    m_status->clear();
    m_sweep->start(curves, PrimesParameters::maximumWorkers(), choice.oneCore);
}

void PrimesSweepPanel::showProgress()
{
    m_progress->setRange(0, std::max(1, m_sweep->total()));
    m_progress->setValue(m_sweep->done());
    //: %1 runs done of %2
    m_progress->setFormat(tr("%1 of %2 runs").arg(m_sweep->done()).arg(m_sweep->total()));
    m_chart->setSeries(m_sweep->series());
}

void PrimesSweepPanel::showEnd(bool completed, const QString &error)
{
    showProgress();
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    if (!completed)
        m_error = error.isEmpty() ? tr("cancelled") : error;
    if (!error.isEmpty())
        m_status->setText(tr("The sweep stopped: %1").arg(error));
    else if (!completed)
        m_status->setText(tr("The sweep was cancelled; the chart keeps the runs that finished."));
    else
        m_status->setText(tr("Sweep done: %n run(s).", nullptr, m_sweep->total()));
    Q_EMIT finished();
}

QString PrimesSweepPanel::summary() const
{
    QString lines;
    for (const SweepSeries &curve : m_sweep->series()) {
        if (curve.points.isEmpty())
            continue;   // stopped before its first run (the reason follows)
        QStringList points;
        for (const QPointF &point : curve.points) {
            const auto speedup = SweepChart::speedupOf(curve, point.y());
            //: one point of a sweep: the worker count, the time, the speedup
            points << (speedup ? tr("N=%1 %2 s (%3x)").arg(int(point.x())).arg(point.y(), 0, 'f', 2).arg(*speedup, 0, 'f', 2)
                               : tr("N=%1 %2 s").arg(int(point.x())).arg(point.y(), 0, 'f', 2));
        }
        //: %1: the curve ("C++ threads"), %2: its sequential time, %3: its points
        lines += tr("sweep, %1 (sequential %2 s): %3").arg(curve.label).arg(curve.baselineSeconds, 0, 'f', 2).arg(points.join(u", "_s))
               + u'\n';
    }
    if (!m_error.isEmpty())
        lines += tr("sweep stopped: %1").arg(m_error) + u'\n';
    return lines;
}
