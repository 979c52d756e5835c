// SPDX-License-Identifier: MIT
#include "lessonpage.h"

#include "demopanel.h"
#include "demoscheduler.h"
#include "framelog.h"
#include "labsettings.h"
#include "spinnerwidget.h"
#include "stepmodebanner.h"
#include "teachingaids.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString teacherNotesKey = u"teacher-notes"_s;   // expanded or not, per lesson
}

LessonPage::LessonPage(const QString &heading, const QString &explanation, LessonContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(u"lessonHeading"_s);
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);
    auto *explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(u"lessonExplanation"_s);
    explanationLabel->setWordWrap(true);
    QFont explanationFont = explanationLabel->font();
    explanationFont.setPointSizeF(explanationFont.pointSizeF() * 1.15);
    explanationLabel->setFont(explanationFont);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(headingLabel);
    m_layout->addWidget(explanationLabel);
    if (m_context.teaching.hasQuestion()) {
        m_teachingAids = new TeachingAids(m_context.teaching, this);
        if (LabSettings *settings = m_context.settings) {
            m_teachingAids->showNotes(settings->lessonValue(m_context.lessonId, teacherNotesKey, false).toBool());
            connect(m_teachingAids, &TeachingAids::notesShownChanged, this, [this](bool shown) {
                m_context.settings->setLessonValue(m_context.lessonId, teacherNotesKey, shown);
            });
        }
        m_layout->addWidget(m_teachingAids);
    }
    // Right above the panels, which a run scrolls into view: whether runs stop at each step.
    m_layout->addWidget(new StepModeBanner(m_context.stepModeAction, this));
    m_panelRow = new QHBoxLayout;
    m_layout->addLayout(m_panelRow, 1);
}

DemoPanel *LessonPage::panel(const DemoId &id) const
{
    const auto it = m_panels.find(id);
    return it == m_panels.end() ? nullptr : it->second;
}

QBoxLayout *LessonPage::addPanelRow()
{
    auto *row = new QHBoxLayout;
    m_layout->insertLayout(m_layout->indexOf(m_panelRow) + m_extraPanelRows + 1, row, 1);
    ++m_extraPanelRows;
    return row;
}

void LessonPage::addBelowIntroduction(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_panelRow), widget);
}

DemoPanel *LessonPage::addPanel(const DemoId &id, QBoxLayout *row)
{
    const Demo *demo = m_context.demos.find(id);
    Q_ASSERT_X(demo, "LessonPage::addPanel", "the demo is not registered");
    auto *panel = new DemoPanel(m_context.runnerOf(id), *demo, this);
    if (m_context.frames) {
        const QString track = m_context.lessonDemos.contains(id) ? id : FrameLog::guestTrackId(m_context.lessonId, id);
        panel->spinner()->setFrameTrack(&m_context.frames->track(track));
    }
    connect(panel, &DemoPanel::runRequested, this, &LessonPage::runRequested);
    if (m_teachingAids && m_context.teaching.isAnsweredBy(id)) {
        // The class has seen the answer: point at it (a cancelled or failed run showed nothing).
        DemoRunner *runner = panel->runner();
        connect(runner, &DemoRunner::finished, m_teachingAids, [aids = m_teachingAids, runner] {
            if (runner->state() == DemoRunner::State::Done)
                aids->showAnswer();
        });
    }
    if (m_context.scheduler) {
        connect(m_context.scheduler, &DemoScheduler::waitingChanged, panel, [panel, scheduler = m_context.scheduler] {
            panel->showWaitingForTurn(scheduler->isWaiting(panel->runner()));
        });
    }
    (row ? row : m_panelRow)->addWidget(panel);
    m_panels.emplace(id, panel);
    m_panelOrder.append(id);
    return panel;
}

QFont LessonPage::headingFont(QFont font, double factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(true);
    return font;
}
