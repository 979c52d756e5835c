// SPDX-License-Identifier: MIT
#include "primeslessonpage.h"

#include "cpuaffinity.h"
#include "cpuusagewidget.h"
#include "demopanel.h"
#include "gilreleaserunner.h"
#include "labsettings.h"
#include "primesrunner.h"
#include "primessweep.h"
#include "primessweeppanel.h"
#include "primestablemodel.h"
#include "primestimings.h"
#include "primestimingsview.h"
#include "pythonscriptprocess.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString timingsKey = u"timings"_s;

// The book's numbers take this many times the trial divisions of the quick set (433 million against
// 13.7 million, counted), hence about this many times longer in CPython.
constexpr double bookToQuickWork = 31.6;

constexpr int panelsPerRow = 3;

// The set of numbers a page's combo box names.
PrimeNumbers::NumberSet setOf(const QComboBox *combo)
{
    return PrimeNumbers::setFromId(combo->currentData().toString()).value_or(PrimeNumbers::NumberSet::Quick);
}

} // namespace

PrimesLessonPage::PrimesLessonPage(const LessonContext &context, QWidget *parent)
    : LessonPage(tr("CPU-bound work across cores"),
                 tr("The book's primes check: trial division of 20 large numbers, nine of them prime. "
                    "On the GUI thread the window freezes (Cancel waits until it is done); on one QThread it "
                    "stays alive; on N threads "
                    "C++ uses every core, since it has no GIL. Under a simulated GIL, and in real "
                    "CPython, threads take turns: only processes use every core there. Watch the CPU "
                    "bars, then sweep N and compare the curves."),
                 context, parent)
    , m_timings(new PrimesTimings(this))
    , m_table(new PrimesTableModel(this))
{
    setObjectName(u"primesLesson"_s);
    if (context.settings)
        m_timings->restore(context.settings->lessonValue(context.lessonId, timingsKey).toMap());
    connect(m_timings, &PrimesTimings::changed, this, [this] {
        if (this->context().settings)
            this->context().settings->setLessonValue(this->context().lessonId, timingsKey, m_timings->toVariant());
        showPythonEstimate();
    });

    addBelowIntroduction(createControls());
    // Rows of at most three panels, so that the page fits a projector at 1.5x: C++ first, then CPython.
    const auto addPanelRows = [this](const QList<DemoId> &ids, bool firstRow) {
        QBoxLayout *row = nullptr;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i % panelsPerRow == 0 && !(firstRow && i == 0))
                row = addPanelRow();
            addPanel(ids.at(i), row);
        }
    };
    addPanelRows(cppModes(), true);
    addPanelRows(pythonModes() + QList<DemoId>{gilReleaseDemo()}, false);
    for (const DemoId &id : cppModes() + pythonModes()) {
        PrimesRunner *runner = primesRunner(id);
        runner->setTimings(m_timings);
        connect(runner, &DemoRunner::stateChanged, this, [this, runner](DemoRunner::State state) {
            if (state == DemoRunner::State::Running)   // a sweep's runs too: the table shows each as it goes
                showRun(runner);
        });
    }
    pageLayout()->addWidget(createResults());
    const auto makeRunner = [demos = context.demos](const DemoId &id) -> std::unique_ptr<DemoRunner> {
        const Demo *demo = demos.find(id);
        return demo ? demo->makeRunner(RunSize::Classroom) : nullptr;
    };
    m_sweepPanel = new PrimesSweepPanel({makeRunner, context.scheduler, context.trace, m_timings},
                                        [this] { return PrimesSweepPanel::Choice{setOf(m_numbers), setOf(m_pythonNumbers),
                                                                                m_oneCore->isChecked()}; },
                                        this);
    connect(m_sweepPanel->sweep(), &PrimesSweep::runStarted, this, &PrimesLessonPage::showRun);
    connect(m_sweepPanel, &PrimesSweepPanel::finished, this, [this] {
        if (m_commandLineSweep)
            Q_EMIT workFinished();
    });
    pageLayout()->addWidget(m_sweepPanel);

    applyCommandLine();
    applyParameters();
    showRun(primesRunner(cppModes().constFirst()));
}

PrimesLessonPage::~PrimesLessonPage() = default;

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
    auto *grid = new QGridLayout(box);   // two short lines rather than one long one: it fits at a projector's zoom
    grid->setContentsMargins(0, 0, 0, 0);

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

    connect(m_workers, &QSpinBox::valueChanged, this, &PrimesLessonPage::applyParameters);
    connect(m_numbers, &QComboBox::currentIndexChanged, this, &PrimesLessonPage::applyParameters);
    connect(m_pythonNumbers, &QComboBox::currentIndexChanged, this, &PrimesLessonPage::applyParameters);
    connect(m_oneCore, &QCheckBox::toggled, this, &PrimesLessonPage::applyParameters);

    grid->addWidget(workersLabel, 0, 0);
    grid->addWidget(m_workers, 0, 1, Qt::AlignLeft);
    grid->addWidget(m_oneCore, 1, 0, 1, 2);
    grid->addWidget(numbersLabel, 0, 2);
    grid->addWidget(m_numbers, 0, 3);
    grid->addWidget(pythonLabel, 1, 2);
    grid->addWidget(m_pythonNumbers, 1, 3);
    grid->setColumnMinimumWidth(1, m_workers->sizeHint().width() + 24);
    grid->setColumnStretch(4, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(runCpp);
    buttons->addWidget(runPython);
    buttons->addStretch(1);

    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addLayout(buttons);
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
    m_tableTitle->setFont(headingFont(m_tableTitle->font(), 1.15));
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
    cpuTitle->setFont(headingFont(cpuTitle->font(), 1.15));
    m_cpu = new CpuUsageWidget(results);
    m_cpu->setObjectName(u"cpuUsage"_s);
    auto *timingsTitle = new QLabel(tr("Last times on this machine"), results);
    timingsTitle->setFont(headingFont(timingsTitle->font(), 1.15));
    auto *timings = new PrimesTimingsView(m_timings, cppModes() + pythonModes(), [this](const DemoId &id) { return primesRunner(id); },
                                          [this](const DemoId &id) { return context().demos.titleOf(id); }, results);
    timingsTitle->setBuddy(timings);
    side->addWidget(cpuTitle);
    side->addWidget(m_cpu);
    side->addSpacing(8);
    side->addWidget(timingsTitle);
    side->addWidget(timings);
    side->addStretch(1);
    row->addLayout(side, 2);
    return results;
}

void PrimesLessonPage::startCommandLineWork()
{
    const QString curves = context().commandLine.value(u"sweep"_s);
    if (curves.isEmpty())
        return;
    m_commandLineSweep = true;
    m_sweepPanel->start(curves);
}

void PrimesLessonPage::cancelWork()
{
    m_sweepPanel->sweep()->cancel();
}

bool PrimesLessonPage::isWorking() const
{
    return m_sweepPanel->sweep()->isRunning();
}

QString PrimesLessonPage::workSummary() const
{
    return m_commandLineSweep ? m_sweepPanel->summary() : QString();
}

bool PrimesLessonPage::workSucceeded() const
{
    return !m_commandLineSweep || m_sweepPanel->error().isEmpty();
}

PrimesSweep *PrimesLessonPage::sweep() const
{
    return m_sweepPanel->sweep();
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

void PrimesLessonPage::showPythonEstimate()
{
    if (PythonScriptProcess::interpreter().isEmpty()) {
        m_pythonEstimate->setText(tr("python3 was not found on PATH: the CPython modes cannot run here (Debian: apt install "
                                     "python3). The C++ modes work without it."));
        return;
    }
    const auto set = setOf(m_pythonNumbers);
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
        estimate = tr("CPython is about 20 times slower than C++ at this (more on a busy machine): the book's numbers take "
                      "15 s or more, the quick set under a second.");
    m_pythonEstimate->setText(estimate);
}
