// SPDX-License-Identifier: MIT
#include "demopanel.h"

#include "fixedlineslabel.h"
#include "spinnerwidget.h"
#include "stepcatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

void scaleFont(QWidget *widget, qreal scale, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    widget->setFont(font);
}

// The panel's title lines: they never change, so they may wrap.
QLabel *makeTitle(const QString &objectName, const QString &text, QWidget *parent, qreal scale, bool bold)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignHCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaleFont(label, scale, bold);
    return label;
}

// What a run reports: always `lines` lines high, never wider than the panel.
FixedLinesLabel *makeLine(const QString &objectName, int lines, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new FixedLinesLabel(lines, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scaleFont(label, scale, bold);
    return label;
}

} // namespace

DemoPanel::DemoPanel(DemoRunner *runner, const Demo &demo, QWidget *parent)
    : QFrame(parent)
    , m_runner(runner)
    , m_demo(demo)
{
    const DemoId id = demo.id;
    const QString demoTitle = demo.translatedTitle();
    setObjectName(u"panel-"_s + id);
    setFrameShape(QFrame::StyledPanel);
    // Read from the back of a classroom: everything in the panel a little larger than the default.
    QFont panelFont = font();
    panelFont.setPointSizeF(panelFont.pointSizeF() * 1.2);
    setFont(panelFont);

    // 1.3 times the panel's font, bold: four panels of lesson 4 then fit a 1152 px window at 1.5x.
    auto *title = makeTitle(u"titleLabel"_s, demoTitle, this, 1.3, true);
    auto *counterpart = makeTitle(u"counterpartLabel"_s, demo.translatedPythonCounterpart(), this, 1.0, false);

    m_spinner = new SpinnerWidget(this);
    m_spinner->setObjectName(u"spinner"_s);
    m_spinner->setAccessibleName(tr("Spinner of the %1 demo").arg(demoTitle));
    m_message = makeLine(u"messageLabel"_s, 1, this, 1.3);

    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(u"runButton"_s);
    m_runButton->setToolTip(tr("Run the %1 demo").arg(demoTitle));
    m_runButton->setAccessibleName(tr("Run the %1 demo").arg(demoTitle));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setToolTip(tr("Cancel the %1 demo").arg(demoTitle));
    m_cancelButton->setAccessibleName(tr("Cancel the %1 demo").arg(demoTitle));
    // "Run" becomes "Restart" while running: both buttons as wide as the widest text, so neither moves.
    int buttonWidth = 0;
    for (const QString &text : {tr("Run"), tr("Restart"), tr("Cancel")}) {
        QPushButton probe(text);
        probe.setFont(m_runButton->font());
        buttonWidth = std::max(buttonWidth, probe.sizeHint().width());
    }
    for (QPushButton *button : {m_runButton, m_cancelButton})
        button->setMinimumWidth(buttonWidth);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);

    m_stateLabel = makeLine(u"stateLabel"_s, 2, this);
    m_answerLabel = makeLine(u"answerLabel"_s, 2, this, 1.3, true);
    m_elapsedLabel = makeLine(u"elapsedLabel"_s, 2, this);
    m_executorLabel = makeLine(u"executorLabel"_s, 1, this);

    auto *layout = new QVBoxLayout(this);
    // Half the style's margins: four panels side by side on a 1152 px window at 1.5x.
    const QMargins margins = layout->contentsMargins();
    layout->setContentsMargins(margins.left() / 2, margins.top() / 2, margins.right() / 2, margins.bottom() / 2);
    layout->addWidget(title);
    layout->addWidget(counterpart);
    layout->addWidget(m_spinner, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_answerLabel);
    layout->addWidget(m_elapsedLabel);
    layout->addWidget(m_executorLabel);
    setTabOrder(m_runButton, m_cancelButton);

    connect(m_runButton, &QPushButton::clicked, this, [this, id] { Q_EMIT runRequested(id); });
    connect(m_cancelButton, &QPushButton::clicked, runner, &DemoRunner::cancel);
    connect(runner, &DemoRunner::spinningChanged, this, &DemoPanel::showSpinning);
    connect(runner, &DemoRunner::stateChanged, this, &DemoPanel::showState);
    connect(runner, &DemoRunner::waitingChanged, this, &DemoPanel::showStateLine);
    connect(runner, &DemoRunner::executorChanged, this, &DemoPanel::showExecutor);
    m_elapsedTimer.setInterval(100);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &DemoPanel::showElapsed);

    showState(runner->state());
}

void DemoPanel::showExecutor()
{
    // The id first ("TID 13380, worker thread"): a narrow panel cuts the end of the line, and the id
    // is what the class compares between panels. The whole wording is the tooltip and the description.
    const QString shown = m_runner->executorText(DemoRunner::ExecutorWording::IdFirst);
    const QString whole = m_runner->executorText();
    //: The execution unit that ran the demo's work, e.g. "Run by: TID 13380, worker thread"
    m_executorLabel->setText(shown.isEmpty() ? QString() : tr("Run by: %1").arg(shown));
    m_executorLabel->setToolTip(whole.isEmpty() ? QString() : tr("Run by: %1").arg(whole));
    m_executorLabel->setAccessibleDescription(m_executorLabel->toolTip());
}

void DemoPanel::showSpinning(bool spinning)
{
    if (spinning) {
        m_spinner->setSpinning(true);  // step: start-spinner
        m_message->setText(tr("thinking!"));
    } else {
        m_spinner->setSpinning(false);  // step: stop-spinner
        m_message->setText(QString());
    }
}

void DemoPanel::showWaitingForTurn(bool waiting)
{
    m_waitingForTurn = waiting;
    showStateLine();
}

void DemoPanel::showStateLine()
{
    if (!m_runner)
        return;
    QString line;
    if (m_waitingForTurn) {
        line = tr("State: waiting for its turn (measuring demos run one at a time)");
    } else if (m_runner->isRunning() && !m_runner->waitingUnits().isEmpty()) {
        // Step mode holds the run: say where and what lets it go on, rather than "running".
        const QString step = m_runner->waitingStep();
        const QStringList steps = StepCatalog::stepIds(m_demo);
        const qsizetype index = steps.indexOf(step);
        //: %1/%2: the step's number and the demo's step count; %3: the step's title
        line = index < 0 ? tr("State: waiting at step \"%1\" - press F10 to step, F5 to continue").arg(StepCatalog::title(m_demo, step))
                         : tr("State: waiting at step %1/%2 (%3) - press F10 to step, F5 to continue")
                               .arg(index + 1)
                               .arg(steps.size())
                               .arg(StepCatalog::title(m_demo, step));
    } else {
        line = tr("State: %1").arg(DemoRunner::stateTitle(m_runner->state()));
    }
    // QLabel announces the change to screen readers (a NameChanged event) when the text changes.
    m_stateLabel->setText(line);
}

void DemoPanel::showState(DemoRunner::State state)
{
    const bool running = state == DemoRunner::State::Running;
    showStateLine();
    m_cancelButton->setEnabled(running);
    m_runButton->setText(running ? tr("Restart") : tr("Run"));
    if (running) {
        m_answerLabel->clear();
        m_elapsedTimer.start();
    } else {
        m_elapsedTimer.stop();
    }

    switch (state) {
    case DemoRunner::State::Done:
        m_answerLabel->setText(m_runner->resultText());  // step: print-answer
        break;
    case DemoRunner::State::Failed:
        m_answerLabel->setText(m_runner->errorString());
        break;
    case DemoRunner::State::Cancelled:
        m_answerLabel->setText(tr("No answer: cancelled"));
        break;
    case DemoRunner::State::Idle:
    case DemoRunner::State::Running:
        break;
    }
    showElapsed();
}

void DemoPanel::showElapsed()
{
    if (m_runner->state() == DemoRunner::State::Idle) {
        m_elapsedLabel->setText(tr("Elapsed: –"));
        return;
    }
    const QString elapsed = tr("Elapsed: %1 s").arg(m_runner->elapsedMs() / 1000.0, 0, 'f', 2);
    if (const std::optional<DemoRunner::DurationCap> cap = m_runner->durationCap()) {
        //: %1: "Elapsed: 9.86 s"; %2: the longest this demo runs, %3: the duration asked for, in seconds
        m_elapsedLabel->setText(tr("%1 (at most %2 s here; %3 s asked)")
                                    .arg(elapsed)
                                    .arg(cap->used.count() / 1000.0, 0, 'g', 3)
                                    .arg(cap->asked.count() / 1000.0, 0, 'g', 3));
        return;
    }
    m_elapsedLabel->setText(elapsed);
}
