// SPDX-License-Identifier: MIT
#include "blocklessonpage.h"

#include "clicklatencyprobe.h"
#include "cpulooprunner.h"
#include "eventloopmonitor.h"
#include "freezeanalysis.h"
#include "freezecomparison.h"
#include "lagmeterwidget.h"
#include "runreport.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QTimer>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int sliderSteps = 16;   // 10^3 .. 10^7 in quarter decades
// Measure once the loop is back and has handled what queued up during a freeze.
constexpr int analyseDelayMs = 150;
}

BlockLessonPage::BlockLessonPage(const LessonContext &context, QWidget *parent)
    : LessonPage(tr("Blocking the event loop"),
                 tr("A coroutine runs on the GUI thread. When it awaits, the event loop goes on painting and "
                    "handling clicks. When it calls a blocking sleep, or computes without awaiting, nothing else "
                    "can run: every spinner stops and clicks wait. Press \"Block the loop\", then \"Await instead\", "
                    "and compare the numbers."),
                 context, parent)
    , m_clicks(new ClickLatencyProbe(this))
{
    setObjectName(u"blockLesson"_s);
    for (const QString &id : {u"block"_s, u"coroutine"_s, u"block-cpu"_s, u"cooperative-cpu"_s}) {
        addPanel(id);
        watch(context.runnerOf(id));
    }
    m_cooperative = qobject_cast<CpuLoopRunner *>(context.runnerOf(u"cooperative-cpu"_s));
    Q_ASSERT(m_cooperative);

    auto *block = new QPushButton(tr("Block the loop"), this);
    block->setObjectName(u"blockButton"_s);
    block->setToolTip(tr("A coroutine calls a blocking sleep on the GUI thread (Ctrl+B)"));
    connect(block, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(u"block"_s); });
    auto *await = new QPushButton(tr("Await instead"), this);
    await->setObjectName(u"awaitButton"_s);
    await->setToolTip(tr("The same coroutine, awaiting the sleep (Ctrl+Shift+B)"));
    connect(await, &QPushButton::clicked, this, [this] { Q_EMIT runRequested(u"coroutine"_s); });

    m_yieldSlider = new QSlider(Qt::Horizontal, this);
    m_yieldSlider->setObjectName(u"yieldSlider"_s);
    m_yieldSlider->setRange(0, sliderSteps);
    m_yieldSlider->setPageStep(4);
    m_yieldSlider->setValue(int(std::lround(4 * std::log10(double(CpuLoopParameters::defaultYieldEvery) / 1000.0))));
    m_yieldLabel = new QLabel(this);
    m_yieldLabel->setObjectName(u"yieldLabel"_s);
    m_yieldLabel->setBuddy(m_yieldSlider);
    connect(m_yieldSlider, &QSlider::valueChanged, this, &BlockLessonPage::showYieldEvery);
    showYieldEvery(m_yieldSlider->value());

    // The buttons of the lesson: large, the room watches them being pressed.
    for (QPushButton *button : {block, await}) {
        QFont font = button->font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        font.setBold(true);
        button->setFont(font);
    }
    // Above the panels: the buttons the lesson is about stay in view on a projector's short screen,
    // where the panels below them may not (they were under the fold in presentation mode).
    auto *controlRow = new QWidget(this);
    controlRow->setObjectName(u"blockControls"_s);
    auto *controls = new QHBoxLayout(controlRow);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(block);
    controls->addWidget(await);
    controls->addSpacing(fontMetrics().averageCharWidth() * 3);
    controls->addWidget(m_yieldLabel);
    controls->addWidget(m_yieldSlider, 1);
    addBelowIntroduction(controlRow);

    auto *lagMeter = new LagMeterWidget(this);
    lagMeter->setObjectName(u"lessonLagMeter"_s);
    lagMeter->setMonitor(context.monitor);
    pageLayout()->addWidget(lagMeter);

    m_report = new QLabel(tr("Run a demo: what it did to the event loop appears here."), this);
    m_report->setObjectName(u"freezeReport"_s);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont reportFont = m_report->font();
    reportFont.setPointSizeF(reportFont.pointSizeF() * 1.3);
    m_report->setFont(reportFont);

    // What the lesson asks the room to compare: the last blocking and awaiting runs, side by side.
    m_comparison = new FreezeComparison({u"block"_s, u"coroutine"_s}, context.demos.titleFunction(), this);
    auto *table = new QTableView(this);
    table->setObjectName(u"freezeComparison"_s);
    table->setModel(m_comparison);
    table->setAccessibleName(tr("The last blocking and awaiting runs compared"));
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::TabFocus);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    // The page's font, not the report's larger one: beside the report it leaves the report room to
    // read, and the page fits a projector's short screen.

    m_table = table;
    m_results = new QBoxLayout(QBoxLayout::LeftToRight);
    m_results->addWidget(m_report, 1);
    m_results->addWidget(table, 0, Qt::AlignTop);
    pageLayout()->addLayout(m_results);
}

void BlockLessonPage::resizeEvent(QResizeEvent *event)
{
    LessonPage::resizeEvent(event);
    placeResults();
}

void BlockLessonPage::placeResults()
{
    // The report beside the table while it gets a readable width; under it otherwise (in a 1229 px
    // window beside the docks it was squeezed to 86 px, 30 lines high, under the fold). Side by side,
    // the report's own width decides; back beside the table only once the page is wider than it was
    // when the report went under (no flip-flop between the two as the table's hint catches up).
    const int readable = m_report->fontMetrics().averageCharWidth() * 28;
    if (m_results->direction() == QBoxLayout::LeftToRight) {
        if (m_report->isVisible() && m_report->width() < readable) {
            m_stackedAtWidth = width();
            m_results->setDirection(QBoxLayout::TopToBottom);
        }
    } else if (width() > m_stackedAtWidth
               && width() - m_table->sizeHint().width() - pageLayout()->spacing() * 4 >= readable) {
        m_results->setDirection(QBoxLayout::LeftToRight);
    }
}

quint64 BlockLessonPage::yieldEveryAt(int sliderPosition)
{
    return quint64(std::llround(1000.0 * std::pow(10.0, sliderPosition / 4.0)));
}

void BlockLessonPage::showYieldEvery(int sliderPosition)
{
    const quint64 n = yieldEveryAt(sliderPosition);
    m_cooperative->setYieldEvery(n);
    m_yieldLabel->setText(tr("Cooperative loop yields every %L1 iterations:").arg(n));
}

void BlockLessonPage::watch(DemoRunner *runner)
{
    m_watched << runner;
    connect(runner, &DemoRunner::finished, this, [this, runner] {
        if (runner->state() == DemoRunner::State::Done)
            QTimer::singleShot(analyseDelayMs, this, [this, runner] { analyse(runner); });
    });
}

void BlockLessonPage::analyse(const DemoRunner *runner)
{
    // Everything the page says comes from data: the run's trace, the frame log, the monitor's lag.
    FreezeRun run;
    run.demo = runner->demoId();
    run.startNs = runner->startedAtNs();
    run.endNs = runner->finishedAtNs();
    run.totalMs = runner->elapsedMs();
    run.events = RunReport::eventsOfRun(context().trace->events(), run.demo, runner->currentRunId());
    run.result = runner->resultJson();
    run.lag = context().monitor->summaryBetween(run.startNs, run.endNs);
    m_lastFacts = FreezeAnalysis::analyse(run, *context().frames, m_clicks->clicks());
    // Another of the lesson's demos running at the same time spoils the numbers (an Await started
    // during Block's freeze measures that freeze): say so rather than compare them.
    for (const DemoRunner *other : std::as_const(m_watched)) {
        const bool runsNow = other->isRunning() || other->finishedAtNs() == 0;
        const qint64 otherEnd = runsNow ? std::numeric_limits<qint64>::max() : other->finishedAtNs();
        if (other != runner && other->state() != DemoRunner::State::Idle && other->startedAtNs() < run.endNs
            && otherEnd > run.startNs)
            m_lastFacts.overlappedBy << other->demoId();
    }
    m_report->setText(FreezeReport::describe(m_lastFacts, context().demos.titleOf(run.demo), context().demos.titleFunction()));
    m_comparison->setFacts(m_lastFacts);
    QTimer::singleShot(0, this, &BlockLessonPage::placeResults);   // the table's width follows its cells
    Q_EMIT analysed(m_lastFacts);
}
