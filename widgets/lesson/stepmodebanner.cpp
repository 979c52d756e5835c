// SPDX-License-Identifier: MIT
#include "stepmodebanner.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

StepModeBanner::StepModeBanner(QAction *stepModeAction, QWidget *parent)
    : QFrame(parent)
    , m_stepMode(stepModeAction)
    , m_text(new QLabel(this))
    , m_turnOff(new QPushButton(this))
{
    setObjectName(u"stepModeBanner"_s);
    setFrameShape(QFrame::Box);
    // The tooltip colours: a note that stands out, right in light and dark palettes alike.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setObjectName(u"stepModeBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_turnOff->setObjectName(u"stepModeOffButton"_s);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_turnOff);
    retranslate();

    if (m_stepMode) {
        connect(m_stepMode, &QAction::toggled, this, &QWidget::setVisible);
        connect(m_turnOff, &QPushButton::clicked, m_stepMode, [action = m_stepMode] { action->setChecked(false); });
    }
    setVisible(m_stepMode && m_stepMode->isChecked());
}

void StepModeBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void StepModeBanner::retranslate()
{
    m_text->setText(tr("Step mode is on: every run stops at each step and waits. "
                       "F10 lets it past one step, F5 lets it run to its end."));
    m_turnOff->setText(tr("Turn step mode &off"));
    m_turnOff->setToolTip(tr("Runs go to their end without stopping (Step > Step mode)"));
}
