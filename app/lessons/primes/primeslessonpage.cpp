// SPDX-License-Identifier: MIT
#include "primeslessonpage.h"

#include "cpuaffinity.h"
#include "cpuusagewidget.h"
#include "demopanel.h"
#include "gilreleaserunner.h"
#include "labsettings.h"
#include "okabeito.h"
#include "primesrunner.h"
#include "primessweep.h"
#include "primestablemodel.h"
#include "primestimings.h"
#include "pythonscriptprocess.h"
#include "sweepchart.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString timingsKey = u"timings"_s;

// CPython spends about this many times longer on the book's numbers than on the quick set (the
// work is the trial divisions; measured with the C++ check here: 0.85 s against 0.045 s).
constexpr double bookToQuickWork = 19;

QFont scaled(QFont font, double factor, bool bold = false)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

PrimesLessonPage::PrimesLessonPage(const LessonContext &context, QWidget *parent)
    : LessonPage(tr("CPU-bound work across cores"),
                 tr("The book's primes check: trial division of 20 large numbers, nine of them prime. "
                    "On the GUI thread the window freezes; on one QThread it stays alive; on N threads "
                    "C++ uses every core, since it has no GIL. Under a simulated GIL, and in real "
                    "CPython, threads take turns: only processes use every core there. Watch the CPU "
                    "bars, then sweep N and compare the curves."),
                 context, parent)
    , m_timings(new PrimesTimings(this))
    , m_table(new PrimesTableModel(this))
    , m_sweep(new PrimesSweep([this](const DemoId &id) { return primesRunner(id); }, this))
{
    setObjectName(u"primesLesson"_s);
    if (context.settings)
        m_timings->restore(context.settings->lessonValue(context.lessonId, timingsKey).toMap());
    connect(m_timings, &PrimesTimings::changed, this, [this] {
        if (this->context().settings)
            this->context().settings->setLessonValue(this->context().lessonId, timingsKey, m_timings->toVariant());
        showTimings();
        showPythonEstimate();
    });

    pageLayout()->insertWidget(2, createControls());
    for (const DemoId &id : cppModes())
        addPanel(id);
    QBoxLayout *pythonRow = addPanelRow();
    for (const DemoId &id : pythonModes() + QList<DemoId>{gilReleaseDemo()})
        addPanel(id, pythonRow);
    for (const DemoId &id : cppModes() + pythonModes()) {
        PrimesRunner *runner = primesRunner(id);
        runner->setTimings(m_timings);
        connect(runner, &DemoRunner::stateChanged, this, [this, runner](DemoRunner::State state) {
            if (state == DemoRunner::State::Running)   // a sweep's runs too: the table shows each as it goes
                showRun(runner);
        });
    }
    pageLayout()->addWidget(createResults());
    pageLayout()->addWidget(createSweep());

    applyCommandLine();
    applyParameters();
    showRun(primesRunner(cppModes().constFirst()));
    showTimings();
}

PrimesLessonPage::~PrimesLessonPage()
{
    m_sweep->cancel();
}

QList<DemoId> PrimesLessonPage::cppModes()
{
    return {u"primes-gui"_s, u"primes-thread"_s, u"primes-concurrent"_s, u"primes-processes"_s, u"primes-gil"_s};
}

QList<DemoId> PrimesLessonPage::pythonModes()
{
    return {u"primes-python-sequential"_s, u"primes-python-threads"_s, u"primes-python-processes"_s};
}

DemoId PrimesLessonPage::gilReleaseDemo()
{
    return u"primes-python-gil-release"_s;
}

PrimesRunner *PrimesLessonPage::primesRunner(const DemoId &id) const
{
    return qobject_cast<PrimesRunner *>(context().runnerOf(id));
}

QWidget *PrimesLessonPage::createControls()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    m_workers = new QSpinBox(box);
    m_workers->setObjectName(u"workers"_s);
    m_workers->setRange(1, PrimesParameters::maximumWorkers());
    m_workers->setValue(PrimesParameters::cores());
    m_workers->setToolTip(tr("Threads or processes for the parallel modes: 1 to twice the %n core(s) of this machine.", nullptr,
                             PrimesParameters::cores()));
    auto *workersLabel = new QLabel(tr("&Workers:"), box);
    workersLabel->setBuddy(m_workers);

    const auto numbersBox = [box](const QString &objectName) {
        auto *combo = new QComboBox(box);
        combo->setObjectName(objectName);
        for (PrimeNumbers::NumberSet set : {PrimeNumbers::NumberSet::Book, PrimeNumbers::NumberSet::Quick})
            combo->addItem(PrimeNumbers::setTitle(set), PrimeNumbers::setId(set));
        return combo;
    };
    m_numbers = numbersBox(u"numbers"_s);
    auto *numbersLabel = new QLabel(tr("C++ &numbers:"), box);
    numbersLabel->setBuddy(m_numbers);
    m_pythonNumbers = numbersBox(u"pythonNumbers"_s);
    m_pythonNumbers->setCurrentIndex(1);   // CPython takes tens of seconds on the book's numbers
    auto *pythonLabel = new QLabel(tr("&Python numbers:"), box);
    pythonLabel->setBuddy(m_pythonNumbers);

    m_oneCore = new QCheckBox(tr("&One core only"), box);
    m_oneCore->setObjectName(u"oneCore"_s);
    m_oneCore->setToolTip(tr("Pin the workers to a single core: they still take turns (concurrency), but never run at "
                             "the same instant (no parallelism)."));
    if (!CpuAffinity::isSupported()) {
        m_oneCore->setEnabled(false);
        m_oneCore->setToolTip(tr("Pinning to one core is not available on this system."));
    }

    auto *runCpp = new QPushButton(tr("Run all &C++ modes"), box);
    runCpp->setObjectName(u"runAllCpp"_s);
    runCpp->setToolTip(tr("One after another, so that no mode shares the cores with another."));
    connect(runCpp, &QPushButton::clicked, this, [this] {
        for (const DemoId &id : cppModes())
            Q_EMIT runRequested(id);
    });
    auto *runPython = new QPushButton(tr("Run all P&ython modes"), box);
    runPython->setObjectName(u"runAllPython"_s);
    connect(runPython, &QPushButton::clicked, this, [this] {
        for (const DemoId &id : pythonModes() + QList<DemoId>{gilReleaseDemo()})
            Q_EMIT runRequested(id);
    });

    for (QWidget *control : {static_cast<QWidget *>(m_workers), static_cast<QWidget *>(m_numbers),
                             static_cast<QWidget *>(m_pythonNumbers), static_cast<QWidget *>(m_oneCore)}) {
        if (auto *spin = qobject_cast<QSpinBox *>(control))
            connect(spin, &QSpinBox::valueChanged, this, &PrimesLessonPage::applyParameters);
        else if (auto *combo = qobject_cast<QComboBox *>(control))
            connect(combo, &QComboBox::currentIndexChanged, this, &PrimesLessonPage::applyParameters);
        else if (auto *check = qobject_cast<QCheckBox *>(control))
            connect(check, &QCheckBox::toggled, this, &PrimesLessonPage::applyParameters);
    }

    row->addWidget(workersLabel);
    row->addWidget(m_workers);
    row->addSpacing(16);
    row->addWidget(numbersLabel);
    row->addWidget(m_numbers);
    row->addSpacing(16);
    row->addWidget(pythonLabel);
    row->addWidget(m_pythonNumbers);
    row->addSpacing(16);
    row->addWidget(m_oneCore);
    row->addStretch(1);
    row->addWidget(runCpp);
    row->addWidget(runPython);

    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    m_pythonEstimate = new QLabel(column);
    m_pythonEstimate->setObjectName(u"pythonEstimate"_s);
    m_pythonEstimate->setWordWrap(true);
    layout->addWidget(m_pythonEstimate);
    return column;
}

QWidget *PrimesLessonPage::createResults()
{
    auto *results = new QWidget(this);
    auto *row = new QHBoxLayout(results);
    row->setContentsMargins(0, 0, 0, 0);

    auto *tableBox = new QVBoxLayout;
    m_tableTitle = new QLabel(results);
    m_tableTitle->setObjectName(u"primesTableTitle"_s);
    m_tableTitle->setFont(scaled(m_tableTitle->font(), 1.15, true));
    m_tableTitle->setWordWrap(true);
    m_tableView = new QTableView(results);
    m_tableView->setObjectName(u"primesTable"_s);
    m_tableView->setModel(m_table);
    m_tableView->setAccessibleName(tr("Numbers checked in the last run"));
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setMinimumHeight(m_tableView->fontMetrics().height() * 12);
    m_tableTitle->setBuddy(m_tableView);
    tableBox->addWidget(m_tableTitle);
    tableBox->addWidget(m_tableView, 1);
    row->addLayout(tableBox, 3);

    auto *side = new QVBoxLayout;
    auto *cpuTitle = new QLabel(tr("CPU use per core"), results);
    cpuTitle->setFont(scaled(cpuTitle->font(), 1.15, true));
    m_cpu = new CpuUsageWidget(results);
    m_cpu->setObjectName(u"cpuUsage"_s);
    auto *timingsTitle = new QLabel(tr("Last times on this machine"), results);
    timingsTitle->setFont(scaled(timingsTitle->font(), 1.15, true));
    m_timingsText = new QLabel(results);
    m_timingsText->setObjectName(u"primesTimings"_s);
    m_timingsText->setTextFormat(Qt::RichText);
    m_timingsText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_timingsText->setFocusPolicy(Qt::StrongFocus);   // reachable by keyboard, read by screen readers
    side->addWidget(cpuTitle);
    side->addWidget(m_cpu);
    side->addSpacing(8);
    side->addWidget(timingsTitle);
    side->addWidget(m_timingsText);
    side->addStretch(1);
    row->addLayout(side, 2);
    return results;
}

QWidget *PrimesLessonPage::createSweep()
{
    auto *group = new QGroupBox(tr("Sweep: time and speedup against the number of workers"), this);
    group->setObjectName(u"sweep"_s);
    auto *layout = new QVBoxLayout(group);
    auto *controls = new QHBoxLayout;
    m_sweepChoice = new QComboBox(group);
    m_sweepChoice->setObjectName(u"sweepChoice"_s);
    const QStringList ids = sweepIds();
    m_sweepChoice->addItem(tr("C++ threads and processes"), ids.at(0));
    m_sweepChoice->addItem(tr("CPython threads and processes"), ids.at(1));
    m_sweepChoice->addItem(tr("All four"), ids.at(2));
    m_sweepChoice->addItem(tr("C++ threads under the simulated GIL"), ids.at(3));
    auto *choiceLabel = new QLabel(tr("S&weep:"), group);
    choiceLabel->setBuddy(m_sweepChoice);
    m_sweepButton = new QPushButton(tr("&Start Sweep"), group);
    m_sweepButton->setObjectName(u"sweepButton"_s);
    m_sweepCancel = new QPushButton(tr("Cancel Swee&p"), group);
    m_sweepCancel->setObjectName(u"sweepCancel"_s);
    m_sweepCancel->setEnabled(false);
    m_sweepProgress = new QProgressBar(group);
    m_sweepProgress->setObjectName(u"sweepProgress"_s);
    m_sweepProgress->setVisible(false);
    m_sweepStatus = new QLabel(group);
    m_sweepStatus->setObjectName(u"sweepStatus"_s);
    m_sweepStatus->setWordWrap(true);
    controls->addWidget(choiceLabel);
    controls->addWidget(m_sweepChoice);
    controls->addWidget(m_sweepButton);
    controls->addWidget(m_sweepCancel);
    controls->addWidget(m_sweepProgress, 1);
    layout->addLayout(controls);
    layout->addWidget(m_sweepStatus);
    m_chart = new SweepChart(group);
    m_chart->setObjectName(u"sweepChart"_s);
    m_chart->setCoreCount(PrimesParameters::cores());
    m_chart->setWorkerRange(PrimesParameters::maximumWorkers());
    layout->addWidget(m_chart, 1);

    connect(m_sweepButton, &QPushButton::clicked, this, &PrimesLessonPage::startSweep);
    connect(m_sweepCancel, &QPushButton::clicked, m_sweep, &PrimesSweep::cancel);
    connect(m_sweep, &PrimesSweep::progressed, this, &PrimesLessonPage::showSweepProgress);
    connect(m_sweep, &PrimesSweep::finished, this, [this](bool completed, const QString &error) {
        showSweepProgress();
        m_sweepButton->setEnabled(true);
        m_sweepCancel->setEnabled(false);
        m_sweepProgress->setVisible(false);
        if (!completed)
            m_sweepError = error.isEmpty() ? tr("cancelled") : error;
        if (!error.isEmpty())
            m_sweepStatus->setText(tr("The sweep stopped: %1").arg(error));
        else if (!completed)
            m_sweepStatus->setText(tr("The sweep was cancelled; the chart keeps the runs that finished."));
        else
            m_sweepStatus->setText(tr("Sweep done: %n run(s).", nullptr, m_sweep->total()));
        applyParameters();
        if (m_commandLineSweep)
            Q_EMIT workFinished();
    });
    return group;
}

QStringList PrimesLessonPage::sweepIds()
{
    return {u"cpp"_s, u"python"_s, u"all"_s, u"gil"_s};
}

void PrimesLessonPage::startCommandLineWork()
{
    const QString sweep = context().commandLine.value(u"sweep"_s);
    if (sweep.isEmpty())
        return;
    m_sweepChoice->setCurrentIndex(m_sweepChoice->findData(sweep));
    m_commandLineSweep = true;
    startSweep();
}

bool PrimesLessonPage::isWorking() const
{
    return m_sweep->isRunning();
}

QString PrimesLessonPage::workSummary() const
{
    if (!m_commandLineSweep)
        return {};
    // "sweep, C++ threads: N=1 0.86 s (0.99x), N=2 0.45 s (1.89x), ..." per curve.
    QString lines;
    for (const SweepSeries &curve : m_sweep->series()) {
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
    if (!m_sweepError.isEmpty())
        lines += tr("sweep stopped: %1").arg(m_sweepError) + u'\n';
    return lines;
}

void PrimesLessonPage::applyCommandLine()
{
    const QMap<QString, QString> &options = context().commandLine;
    if (options.contains(u"workers"_s))
        m_workers->setValue(options.value(u"workers"_s).toInt());
    if (const auto set = PrimeNumbers::setFromId(options.value(u"numbers"_s))) {
        // Given on the command line: every mode checks those numbers, CPython's too.
        m_numbers->setCurrentIndex(m_numbers->findData(PrimeNumbers::setId(*set)));
        m_pythonNumbers->setCurrentIndex(m_pythonNumbers->findData(PrimeNumbers::setId(*set)));
    }
}

void PrimesLessonPage::applyParameters()
{
    if (m_sweep->isRunning())
        return;   // the sweep sets them run by run, and puts them back
    const auto setOf = [](const QComboBox *combo) {
        return PrimeNumbers::setFromId(combo->currentData().toString()).value_or(PrimeNumbers::NumberSet::Quick);
    };
    for (const DemoId &id : cppModes() + pythonModes()) {
        PrimesRunner *runner = primesRunner(id);
        PrimesParameters parameters = runner->parameters();
        parameters.workers = m_workers->value();
        parameters.numbers = setOf(runner->language() == PrimesRunner::Language::Python ? m_pythonNumbers : m_numbers);
        parameters.oneCore = m_oneCore->isChecked();
        runner->setParameters(parameters);
    }
    if (auto *gilRelease = qobject_cast<GilReleaseRunner *>(context().runnerOf(gilReleaseDemo()))) {
        const int workers = m_workers->value();
        gilRelease->setParameters({workers, 2 * workers});   // two jobs per thread
    }
    showPythonEstimate();
}

void PrimesLessonPage::showRun(PrimesRunner *runner)
{
    m_table->setRunner(runner);
    const PrimesParameters &p = runner->parameters();
    //: %1: the mode's title ("Qt Concurrent, N threads"), %2: which numbers
    m_tableTitle->setText(tr("%1, %2").arg(context().demos.titleOf(runner->demoId()), PrimeNumbers::setTitle(p.numbers)));
}

void PrimesLessonPage::showTimings()
{
    QString rows;
    for (const DemoId &id : cppModes() + pythonModes()) {
        const PrimesRunner *runner = primesRunner(id);
        for (PrimeNumbers::NumberSet set : {PrimeNumbers::NumberSet::Book, PrimeNumbers::NumberSet::Quick}) {
            const auto entry = m_timings->last(id, set);
            if (!entry)
                continue;
            const auto baseline = m_timings->baseline(PrimesRunner::sequentialDemos(runner->language()), set);
            const QString speedup = baseline && entry->seconds > 0 ? tr("%1x").arg(*baseline / entry->seconds, 0, 'f', 2) : QString();
            rows += u"<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td><td align=right>%5</td></tr>"_s.arg(
                context().demos.titleOf(id).toHtmlEscaped(),
                set == PrimeNumbers::NumberSet::Book ? tr("book") : tr("quick"),
                runner->isSequential() ? QString() : QString::number(entry->workers) + (entry->oneCore ? tr(", one core") : QString()),
                tr("%1 s").arg(entry->seconds, 0, 'f', 2), speedup);
        }
    }
    if (rows.isEmpty()) {
        m_timingsText->setText(tr("No runs yet. Run a sequential mode first: the others' speedups are measured against it."));
        return;
    }
    m_timingsText->setText(u"<table cellspacing=0 cellpadding=3><tr><th align=left>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                           "<th>%5</th></tr>%6</table>"_s
                               .arg(tr("Mode"), tr("Numbers"), tr("Workers"), tr("Time"), tr("Speedup"), rows));
}

void PrimesLessonPage::showPythonEstimate()
{
    if (PythonScriptProcess::interpreter().isEmpty()) {
        m_pythonEstimate->setText(tr("python3 was not found on PATH: the CPython modes cannot run here (Debian: apt install "
                                     "python3). The C++ modes work without it."));
        return;
    }
    const auto set = PrimeNumbers::setFromId(m_pythonNumbers->currentData().toString()).value_or(PrimeNumbers::NumberSet::Quick);
    const auto other = set == PrimeNumbers::NumberSet::Book ? PrimeNumbers::NumberSet::Quick : PrimeNumbers::NumberSet::Book;
    const double factor = set == PrimeNumbers::NumberSet::Book ? bookToQuickWork : 1.0 / bookToQuickWork;
    QString estimate;
    if (const auto last = m_timings->last(u"primes-python-sequential"_s, set))
        estimate = tr("CPython's sequential check of %1 took %2 s here last time.").arg(PrimeNumbers::setTitle(set)).arg(last->seconds, 0, 'f', 1);
    else if (const auto known = m_timings->last(u"primes-python-sequential"_s, other))
        estimate = tr("CPython's sequential check of %1 should take about %2 s here (estimated from its last run on the other numbers).")
                       .arg(PrimeNumbers::setTitle(set))
                       .arg(known->seconds * factor, 0, 'f', 0);
    else
        estimate = tr("CPython is about 30 to 100 times slower than C++ at this: the book's numbers take tens of seconds, the "
                      "quick set about a second.");
    m_pythonEstimate->setText(estimate);
}

void PrimesLessonPage::startSweep()
{
    const auto setOf = [](const QComboBox *combo) {
        return PrimeNumbers::setFromId(combo->currentData().toString()).value_or(PrimeNumbers::NumberSet::Quick);
    };
    const PrimeNumbers::NumberSet cpp = setOf(m_numbers);
    const PrimeNumbers::NumberSet python = setOf(m_pythonNumbers);
    const PrimesSweep::Curve cppThreads{u"primes-concurrent"_s, u"primes-thread"_s, tr("C++ threads"), OkabeIto::blue(), Qt::SolidLine, cpp};
    const PrimesSweep::Curve cppProcesses{u"primes-processes"_s, u"primes-thread"_s, tr("C++ processes"), OkabeIto::bluishGreen(),
                                          Qt::SolidLine, cpp};
    const PrimesSweep::Curve pythonThreads{u"primes-python-threads"_s, u"primes-python-sequential"_s, tr("CPython threads"),
                                           OkabeIto::vermillion(), Qt::DashLine, python};
    const PrimesSweep::Curve pythonProcesses{u"primes-python-processes"_s, u"primes-python-sequential"_s, tr("CPython processes"),
                                             OkabeIto::reddishPurple(), Qt::DashLine, python};
    const PrimesSweep::Curve gil{u"primes-gil"_s, u"primes-thread"_s, tr("C++ threads, simulated GIL"), OkabeIto::orange(),
                                 Qt::DotLine, cpp};
    QList<PrimesSweep::Curve> curves;
    switch (sweepIds().indexOf(m_sweepChoice->currentData().toString())) {
    case 0: curves = {cppThreads, cppProcesses}; break;
    case 1: curves = {pythonThreads, pythonProcesses}; break;
    case 2: curves = {cppThreads, cppProcesses, pythonThreads, pythonProcesses}; break;
    default: curves = {cppThreads, gil}; break;
    }
    m_sweepError.clear();
    m_sweepButton->setEnabled(false);
    m_sweepCancel->setEnabled(true);
    m_sweepProgress->setVisible(true);
    m_sweepStatus->clear();
    m_sweep->start(curves, PrimesParameters::maximumWorkers(), m_oneCore->isChecked());
}

void PrimesLessonPage::showSweepProgress()
{
    m_sweepProgress->setRange(0, std::max(1, m_sweep->total()));
    m_sweepProgress->setValue(m_sweep->done());
    //: %1 runs done of %2
    m_sweepProgress->setFormat(tr("%1 of %2 runs").arg(m_sweep->done()).arg(m_sweep->total()));
    m_chart->setSeries(m_sweep->series());
}
