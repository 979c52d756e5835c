// SPDX-License-Identifier: MIT
#include "steppanel.h"

#include "demorunner.h"
#include "stepcatalog.h"
#include "windowkeys.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Role { DemoRole = Qt::UserRole, UnitKindRole, UnitIdRole, StepRole };

QToolButton *buttonFor(QAction *action, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

StepPanel::StepPanel(QWidget *parent)
    : QWidget(parent)
    , m_stepModeAction(new QAction(tr("Step &mode"), this))
    , m_stepAction(new QAction(tr("&Step"), this))
    , m_continueAction(new QAction(tr("&Continue"), this))
    , m_waiting(new QListWidget(this))
    , m_history(new QListWidget(this))
{
    m_stepModeAction->setCheckable(true);
    m_stepModeAction->setToolTip(tr("Stop every worker thread, child process and coroutine at each step"));
    m_stepAction->setShortcut(WindowKeys::step());
    m_stepAction->setToolTip(tr("Let the selected unit past one step (F10)"));
    m_continueAction->setShortcut(WindowKeys::continueRuns());
    m_continueAction->setToolTip(tr("Let every running demo go to its end (F5)"));
    for (QAction *action : {m_stepModeAction, m_stepAction, m_continueAction})
        action->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_stepModeAction, &QAction::toggled, this, &StepPanel::setStepMode);
    connect(m_stepAction, &QAction::triggered, this, &StepPanel::stepSelected);
    connect(m_continueAction, &QAction::triggered, this, &StepPanel::continueAll);

    m_waiting->setObjectName(u"waitingList"_s);
    // The user's choice (refreshWaiting() blocks the list's signals while it rebuilds it).
    const auto choose = [this](QListWidgetItem *item) {
        if (item)
            m_chosen = std::pair(item->data(DemoRole).toString(), unitOf(*item));
    };
    connect(m_waiting, &QListWidget::currentItemChanged, this, choose);
    connect(m_waiting, &QListWidget::itemClicked, this, choose);   // also the row selected already
    m_waiting->setAccessibleName(tr("Units waiting at a step"));
    m_history->setObjectName(u"stepHistory"_s);
    // One line each: laid out from the first item's size, not by shaping every entry's text again.
    m_history->setUniformItemSizes(true);
    m_scrollToNewest.setSingleShot(true);
    connect(&m_scrollToNewest, &QTimer::timeout, m_history, &QListWidget::scrollToBottom);
    m_history->setAccessibleName(tr("Steps passed"));
    // The bound, where it is asked about (a longer label would widen the Code dock).
    //: %1: how many steps the history keeps
    m_history->setToolTip(tr("The last %1 steps passed; older ones are dropped").arg(historyKept));
    connect(m_history, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) {
            const ExecutionUnit unit{UnitKind(item->data(UnitKindRole).toInt()), item->data(UnitIdRole).toLongLong()};
            Q_EMIT replayRequested(item->data(DemoRole).toString(), unit, item->data(StepRole).toString());
        }
    });

    // A few lines each: the code above is what the room reads.
    for (QListWidget *list : {m_waiting, m_history})
        list->setMaximumHeight(list->fontMetrics().height() * 6);

    auto *waitingLabel = new QLabel(tr("&Waiting at a step:"), this);
    waitingLabel->setBuddy(m_waiting);
    auto *historyLabel = new QLabel(tr("Steps &passed (select one to see it again):"), this);
    historyLabel->setBuddy(m_history);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_stepModeAction, u"stepModeButton"_s, this));
    buttons->addWidget(buttonFor(m_stepAction, u"stepButton"_s, this));
    buttons->addWidget(buttonFor(m_continueAction, u"continueButton"_s, this));
    buttons->addStretch(1);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons, 0, 0, 1, 2);
    layout->addWidget(waitingLabel, 1, 0);
    layout->addWidget(historyLabel, 1, 1);
    layout->addWidget(m_waiting, 2, 0);
    layout->addWidget(m_history, 2, 1);
    layout->setColumnStretch(1, 1);
    refreshWaiting();
}

void StepPanel::addRunner(DemoRunner *runner)
{
    m_runners.append(runner);
    connect(runner, &DemoRunner::waitingChanged, this, &StepPanel::refreshWaiting);
    connect(runner, &DemoRunner::stateChanged, this, [this, runner] {
        if (m_chosen && m_chosen->first == runner->demoId() && !runner->isRunning())
            m_chosen.reset();
        refreshWaiting();
    });
    runner->setStepMode(m_stepModeAction->isChecked());
}

void StepPanel::setTrace(Trace *trace)
{
    m_trace = trace;
    connect(trace, &Trace::eventAppended, this, [this](const TraceEvent &event) {
        if (event.kind == TraceEventKind::Step)
            appendToHistory(event);
        forgetChoiceIfEnded(event);
    });
}

void StepPanel::setStepMode(bool on)
{
    m_stepModeAction->setChecked(on);
    for (const QPointer<DemoRunner> &runner : std::as_const(m_runners)) {
        if (runner)
            runner->setStepMode(on);
    }
    refreshWaiting();
}

void StepPanel::stepSelected()
{
    const QListWidgetItem *item = m_waiting->currentItem();
    // The chosen unit is on its way to its next stop: this Step is not for another unit.
    if (!item && m_chosen)
        return;
    if (!item && m_waiting->count() > 0)
        item = m_waiting->item(0);
    if (!item)
        return;
    if (DemoRunner *runner = runnerOf(item->data(DemoRole).toString()))
        runner->stepOnce(unitOf(*item));
}

void StepPanel::forgetChoiceIfEnded(const TraceEvent &event)
{
    const bool ended = event.kind == TraceEventKind::Result || event.kind == TraceEventKind::Cancelled
        || event.kind == TraceEventKind::Failed;
    if (ended && m_chosen && m_chosen->first == event.demo && m_chosen->second == event.executionUnit()) {
        m_chosen.reset();
        refreshWaiting();
    }
}

void StepPanel::continueAll()
{
    for (const QPointer<DemoRunner> &runner : std::as_const(m_runners)) {
        if (runner && runner->isRunning())
            runner->continueToEnd();
    }
    refreshWaiting();   // nothing is held any more (a unit between two steps emits no change)
}

ExecutionUnit StepPanel::unitOf(const QListWidgetItem &item)
{
    return {UnitKind(item.data(UnitKindRole).toInt()), item.data(UnitIdRole).toLongLong()};
}

DemoRunner *StepPanel::runnerOf(const DemoId &demo) const
{
    for (const QPointer<DemoRunner> &runner : m_runners) {
        if (runner && runner->demoId() == demo)
            return runner;
    }
    return nullptr;
}

void StepPanel::refreshWaiting()
{
    // Keep the user's choice of unit across the refresh: it is who the next Step lets go on.
    const QSignalBlocker rebuilding(m_waiting);
    m_waiting->clear();
    for (const QPointer<DemoRunner> &runner : std::as_const(m_runners)) {
        if (!runner)
            continue;
        const DemoId &demo = runner->demoId();
        for (const DemoRunner::WaitingUnit &waiting : runner->waitingUnits()) {
            auto *item = new QListWidgetItem(tr("%1 (%2): %3")
                                                 .arg(waiting.unit.name(), m_demos.titleOf(demo),
                                                      stepTitle(demo, waiting.step, true)),
                                             m_waiting);
            item->setData(DemoRole, demo);
            item->setData(UnitKindRole, int(waiting.unit.kind));
            item->setData(UnitIdRole, waiting.unit.id);
            if (m_chosen && m_chosen->first == demo && m_chosen->second == waiting.unit)
                m_waiting->setCurrentItem(item);
        }
    }
    // Without a choice (or once the chosen unit has ended), the unit that has waited longest.
    if (!m_chosen && m_waiting->count() > 0)
        m_waiting->setCurrentRow(0);
    m_stepAction->setEnabled(m_waiting->count() > 0);
    // Continue lets a held run go on: there is something to continue only while a run is held at its
    // steps (a unit waits at one, or was just stepped and goes to the next).
    const bool held = std::any_of(m_runners.cbegin(), m_runners.cend(),
                                  [](const QPointer<DemoRunner> &runner) { return runner && runner->isHeldAtSteps(); });
    m_continueAction->setEnabled(held);
}

void StepPanel::appendToHistory(const TraceEvent &event)
{
    auto *item = new QListWidgetItem(tr("%1 s  %2  %3 (%4)")
                                         .arg(event.timeNs / 1e9, 0, 'f', 3)
                                         .arg(event.executionUnit().name(), stepTitle(event.demo, event.detail, false),
                                              m_demos.titleOf(event.demo)));
    item->setData(DemoRole, event.demo);
    item->setData(UnitKindRole, int(event.unit));
    item->setData(UnitIdRole, event.unitId);
    item->setData(StepRole, event.detail);
    if (m_history->count() >= historyKept)
        delete m_history->takeItem(0);
    // Adding must not select (that is the user's replay), so keep the selection as it was.
    const QSignalBlocker blocker(m_history);
    m_history->addItem(item);
    if (!m_scrollToNewest.isActive())
        m_scrollToNewest.start(0);
}

QString StepPanel::stepTitle(const DemoId &demo, const QString &stepId, bool numbered) const
{
    const Demo *descriptor = m_demos.find(demo);
    if (!descriptor)
        return stepId;
    return numbered ? StepCatalog::numberedTitle(*descriptor, stepId) : StepCatalog::title(*descriptor, stepId);
}
