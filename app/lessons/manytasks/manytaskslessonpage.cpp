// SPDX-License-Identifier: MIT
#include "manytaskslessonpage.h"

#include "alivechart.h"
#include "demopanel.h"
#include "labsettings.h"
#include "lagmeterwidget.h"
#include "manytasks.h"
#include "sleepersfigures.h"
#include "sleeperslimits.h"
#include "sleepersprogressview.h"
#include "sleepersrunner.h"
#include "waysoutputview.h"
#include "waysrunner.h"

#include <QBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int sliderSteps = 1000;

QString countsKey(SleepersModel model)
{
    return u"count-"_s + SleepersModels::id(model);
}

// The slider is on a log scale from 1 to `bound`: every tenfold step gets the same travel.
int sliderPosition(int count, int bound)
{
    if (bound <= 1)
        return 0;
    return int(std::lround(sliderSteps * std::log(double(std::max(1, count))) / std::log(double(bound))));
}

int countAt(int position, int bound)
{
    return std::clamp(int(std::lround(std::exp(std::log(double(std::max(1, bound))) * position / sliderSteps))), 1, std::max(1, bound));
}

} // namespace

ManyTasksLessonPage::ManyTasksLessonPage(const LessonContext &context, QWidget *parent)
    : LessonPage(tr("Many tasks"),
                 tr("Part A: three ways to run two slow coroutines, and the order in which their code runs. "
                    "Part B: thousands of units that each sleep a second, as coroutines, threads and "
                    "processes, in C++ and in CPython: how many this machine takes, how fast they start "
                    "and end, and what each one costs."),
                 context, parent)
{
    setObjectName(u"manyTasksLesson"_s);
    addWaysPart();
    addSleepersPart();
    applyCounts();
    applyCommandLine();
}

ManyTasksLessonPage::~ManyTasksLessonPage() = default;

int ManyTasksLessonPage::defaultCount(SleepersModel model)
{
    switch (model) {
    case SleepersModel::Coroutines: return 100'000;
    case SleepersModel::Threads: return 1000;
    case SleepersModel::Processes: return 100;
    }
    return 1;
}

QLabel *ManyTasksLessonPage::partHeading(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setFont(headingFont(label->font(), 1.25));
    label->setWordWrap(true);
    return label;
}

void ManyTasksLessonPage::addWaysPart()
{
    pageLayout()->addWidget(partHeading(tr("A. Three ways to run a coroutine")));
    auto *explanation = new QLabel(tr("Each way runs two coroutines that sleep for the slow task's duration. Read the "
                                      "output: a QCoro::Task runs its body as soon as it is called, Python's "
                                      "create_task() runs none of it until main suspends at an await; waitFor() handles a timer "
                                      "inside the call."),
                                   this);
    explanation->setWordWrap(true);
    pageLayout()->addWidget(explanation);
    auto *row = new QHBoxLayout;
    pageLayout()->addLayout(row);
    for (const DemoId &id : ManyTasksLesson::waysDemos() + QList<DemoId>{ManyTasksLesson::pythonWaysDemo()}) {
        auto *column = new QVBoxLayout;
        row->addLayout(column, 1);
        DemoPanel *panel = addPanel(id, column);
        auto *runner = qobject_cast<WaysRunner *>(panel->runner());
        auto *output = new WaysOutputView(runner, context().demos.titleOf(id), this);
        output->setObjectName(u"output-"_s + id);
        // The panel takes the room the column has beyond the output's: panels of one row then have one
        // height, and their Run buttons one line, whatever their titles wrap to.
        column->setStretchFactor(panel, 1);
        column->addWidget(output);
    }
}

void ManyTasksLessonPage::addSleepersPart()
{
    pageLayout()->addWidget(partHeading(tr("B. Thousands of tasks")));
    pageLayout()->addWidget(createCountControls());
    QList<SleepersRunner *> runners;
    for (const bool python : {false, true}) {
        auto *row = new QHBoxLayout;
        pageLayout()->addLayout(row);
        for (const SleepersModel model : ManyTasksLesson::sleepersModels()) {
            const DemoId id = ManyTasksLesson::sleepersDemo(model, python);
            auto *column = new QVBoxLayout;
            row->addLayout(column, 1);
            DemoPanel *panel = addPanel(id, column);
            SleepersRunner *runner = sleepersRunner(id);
            runners.append(runner);
            auto *progress = new SleepersProgressView(runner, this);
            progress->setObjectName(u"progress-"_s + id);
            column->addWidget(progress);
            Q_UNUSED(panel)
        }
    }
    auto *results = new QHBoxLayout;
    m_figures = new SleepersFigures(runners, this);
    m_figures->setObjectName(u"sleepersFigures"_s);
    auto *figuresColumn = new QVBoxLayout;
    auto *figuresTitle = new QLabel(tr("Figures of each model's last run"), this);
    figuresTitle->setFont(headingFont(figuresTitle->font(), 1.1));
    figuresTitle->setBuddy(m_figures);
    figuresColumn->addWidget(figuresTitle);
    figuresColumn->addWidget(m_figures, 1);
    auto *note = new QLabel(SleepersFigures::notAllAliveNote(), this);
    note->setObjectName(u"notAllAliveNote"_s);
    note->setWordWrap(true);
    note->setVisible(false);
    connect(m_figures, &SleepersFigures::figuresChanged, note, [this, note] { note->setVisible(m_figures->hasMarkedFigures()); });
    figuresColumn->addWidget(note);
    results->addLayout(figuresColumn, 3);

    auto *side = new QVBoxLayout;
    auto *aliveTitle = new QLabel(tr("Units alive over time"), this);
    aliveTitle->setFont(headingFont(aliveTitle->font(), 1.1));
    m_alive = new AliveChart(runners, this);
    m_alive->setObjectName(u"aliveChart"_s);
    side->addWidget(aliveTitle);
    side->addWidget(m_alive, 1);
    auto *lagTitle = new QLabel(tr("Event-loop lag: does the window stay alive?"), this);
    lagTitle->setFont(headingFont(lagTitle->font(), 1.1));
    auto *lag = new LagMeterWidget(this);
    lag->setObjectName(u"manyTasksLagMeter"_s);
    lag->setMonitor(context().monitor);
    side->addWidget(lagTitle);
    side->addWidget(lag);
    results->addLayout(side, 2);
    pageLayout()->addLayout(results);
}

QWidget *ManyTasksLessonPage::createCountControls()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    int row = 0;
    for (const SleepersModel model : ManyTasksLesson::sleepersModels()) {
        const SleepersLimits::Bound bound = SleepersLimits::bound(model);
        auto *spin = new QSpinBox(box);
        spin->setObjectName(u"count-"_s + SleepersModels::id(model));
        spin->setRange(1, std::max(1, bound.count));
        spin->setGroupSeparatorShown(true);
        spin->setKeyboardTracking(false);
        auto *slider = new QSlider(Qt::Horizontal, box);
        slider->setObjectName(u"slider-"_s + SleepersModels::id(model));
        slider->setRange(0, sliderSteps);
        //: %1: a model ("coroutines"); the slider sets how many
        slider->setAccessibleName(tr("How many %1, on a log scale").arg(SleepersModels::title(model)));
        QString limit = tr("at most %1 here").arg(locale.toString(bound.count));
        if (!bound.reason.isEmpty())
            //: %1: the most, %2: the limit that sets it
            limit = tr("at most %1 here, because of %2").arg(locale.toString(bound.count), bound.reason);
        auto *limitLabel = new QLabel(limit, box);
        limitLabel->setWordWrap(true);
        //: a model's count control, e.g. "&Coroutines:"
        auto *label = new QLabel(box);
        switch (model) {
        case SleepersModel::Coroutines: label->setText(tr("&Coroutines:")); break;
        case SleepersModel::Threads: label->setText(tr("&Threads:")); break;
        case SleepersModel::Processes: label->setText(tr("Proc&esses:")); break;   // Alt+P is taken by the Code dock
        }
        label->setBuddy(spin);
        spin->setToolTip(limit);
        slider->setToolTip(limit);
        const int most = spin->maximum();
        connect(slider, &QSlider::valueChanged, spin, [spin, most](int position) {
            if (spin->value() != countAt(position, most) && sliderPosition(spin->value(), most) != position)
                spin->setValue(countAt(position, most));
        });
        connect(spin, &QSpinBox::valueChanged, this, [this, slider, most](int count) {
            const QSignalBlocker blocker(slider);
            slider->setValue(sliderPosition(count, most));
            applyCounts();
        });
        int saved = defaultCount(model);
        if (context().settings)
            saved = context().settings->lessonValue(context().lessonId, countsKey(model), saved).toInt();
        spin->setValue(std::clamp(saved, 1, most));
        slider->setValue(sliderPosition(spin->value(), most));
        grid->addWidget(label, row, 0);
        grid->addWidget(spin, row, 1);
        grid->addWidget(slider, row, 2);
        grid->addWidget(limitLabel, row, 3);
        m_counts[model] = spin;
        m_sliders[model] = slider;
        ++row;
    }
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 3);

    auto *runCpp = new QPushButton(tr("Run all C++ &models"), box);
    runCpp->setObjectName(u"runAllSleepersCpp"_s);
    runCpp->setToolTip(tr("One after another: each measures the machine alone."));
    connect(runCpp, &QPushButton::clicked, this, [this] {
        for (const SleepersModel model : ManyTasksLesson::sleepersModels())
            Q_EMIT runRequested(ManyTasksLesson::sleepersDemo(model, false));
    });
    auto *runPython = new QPushButton(tr("Run all CP&ython models"), box);
    runPython->setObjectName(u"runAllSleepersPython"_s);
    connect(runPython, &QPushButton::clicked, this, [this] {
        for (const SleepersModel model : ManyTasksLesson::sleepersModels())
            Q_EMIT runRequested(ManyTasksLesson::sleepersDemo(model, true));
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(runCpp);
    buttons->addWidget(runPython);
    buttons->addStretch(1);
    grid->addLayout(buttons, row, 0, 1, 4);
    return box;
}

SleepersRunner *ManyTasksLessonPage::sleepersRunner(const DemoId &id) const
{
    return qobject_cast<SleepersRunner *>(context().runnerOf(id));
}

void ManyTasksLessonPage::applyCounts()
{
    if (qsizetype(m_counts.size()) < ManyTasksLesson::sleepersModels().size())
        return;   // still being built
    for (const SleepersModel model : ManyTasksLesson::sleepersModels()) {
        const int count = m_counts.at(model)->value();
        for (const bool python : {false, true}) {
            SleepersRunner *runner = sleepersRunner(ManyTasksLesson::sleepersDemo(model, python));
            SleepersParameters parameters = runner->parameters();
            parameters.count = count;
            runner->setParameters(parameters);
        }
        if (context().settings)
            context().settings->setLessonValue(context().lessonId, countsKey(model), count);
    }
}

void ManyTasksLessonPage::applyCommandLine()
{
    const QString given = context().commandLine.value(u"count"_s);
    if (given.isEmpty())
        return;
    // --count N: every model runs N, also beyond what it allows here (the run then says why it
    // cannot); the boxes show what they can.
    const int count = given.toInt();
    for (const auto &[model, spin] : m_counts) {
        const QSignalBlocker blocker(spin);
        spin->setValue(std::min(count, spin->maximum()));
        m_sliders.at(model)->setValue(sliderPosition(spin->value(), spin->maximum()));
    }
    for (const SleepersModel model : ManyTasksLesson::sleepersModels()) {
        for (const bool python : {false, true}) {
            SleepersRunner *runner = sleepersRunner(ManyTasksLesson::sleepersDemo(model, python));
            SleepersParameters parameters = runner->parameters();
            parameters.count = count;
            runner->setParameters(parameters);
        }
    }
}
