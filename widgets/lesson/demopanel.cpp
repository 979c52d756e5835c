// SPDX-License-Identifier: MIT
#include "demopanel.h"

#include "spinnerwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *makeLabel(const QString &objectName, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignHCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

DemoPanel::DemoPanel(DemoRunner *runner, const Demo &demo, QWidget *parent)
    : QFrame(parent)
    , m_runner(runner)
{
    const DemoId id = demo.id;
    const QString demoTitle = demo.translatedTitle();
    setObjectName(u"panel-"_s + id);
    setFrameShape(QFrame::StyledPanel);
    // Read from the back of a classroom: everything in the panel a little larger than the default.
    QFont panelFont = font();
    panelFont.setPointSizeF(panelFont.pointSizeF() * 1.2);
    setFont(panelFont);

    auto *title = makeLabel(u"titleLabel"_s, this, 1.5, true);
    title->setText(demoTitle);
    auto *counterpart = makeLabel(u"counterpartLabel"_s, this);
    counterpart->setText(demo.translatedPythonCounterpart());

    m_spinner = new SpinnerWidget(this);
    m_spinner->setObjectName(u"spinner"_s);
    m_spinner->setAccessibleName(tr("Spinner of the %1 demo").arg(demoTitle));
    m_message = makeLabel(u"messageLabel"_s, this, 1.3);

    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setObjectName(u"runButton"_s);
    m_runButton->setToolTip(tr("Run the %1 demo").arg(demoTitle));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);

    m_stateLabel = makeLabel(u"stateLabel"_s, this);
    m_answerLabel = makeLabel(u"answerLabel"_s, this, 1.3, true);
    m_elapsedLabel = makeLabel(u"elapsedLabel"_s, this);
    m_executorLabel = makeLabel(u"executorLabel"_s, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(counterpart);
    layout->addWidget(m_spinner, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_answerLabel);
    layout->addWidget(m_elapsedLabel);
    layout->addWidget(m_executorLabel);

    connect(m_runButton, &QPushButton::clicked, this, [this, id] { Q_EMIT runRequested(id); });
    connect(m_cancelButton, &QPushButton::clicked, runner, &DemoRunner::cancel);
    connect(runner, &DemoRunner::spinningChanged, this, &DemoPanel::showSpinning);
    connect(runner, &DemoRunner::stateChanged, this, &DemoPanel::showState);
    connect(runner, &DemoRunner::executorChanged, this, [this] {
        const QString executor = m_runner->executorText();
        m_executorLabel->setText(executor.isEmpty() ? QString() : tr("Run by: %1").arg(executor));
    });
    m_elapsedTimer.setInterval(100);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &DemoPanel::showElapsed);

    showState(runner->state());
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
    if (waiting)
        m_stateLabel->setText(tr("State: waiting for its turn (measuring demos run one at a time)"));
    else if (m_runner)
        m_stateLabel->setText(tr("State: %1").arg(DemoRunner::stateTitle(m_runner->state())));
}

void DemoPanel::showState(DemoRunner::State state)
{
    const bool running = state == DemoRunner::State::Running;
    m_stateLabel->setText(tr("State: %1").arg(DemoRunner::stateTitle(state)));
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
