// SPDX-License-Identifier: MIT
#include "lessonpage.h"

#include "demopanel.h"
#include "demoscheduler.h"
#include "framelog.h"
#include "labsettings.h"
#include "spinnerwidget.h"
#include "teachingaids.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QHBoxLayout>
#include <QPushButton>
#include <QResizeEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

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
    m_explanation = new QLabel(explanation, this);
    m_explanation->setObjectName(u"lessonExplanation"_s);
    m_explanation->setWordWrap(true);
    QFont explanationFont = m_explanation->font();
    explanationFont.setPointSizeF(explanationFont.pointSizeF() * 1.15);
    m_explanation->setFont(explanationFont);
    // Shown only where the page is short of room (fitTo()): the explanation then waits behind it.
    m_introductionToggle = new QPushButton(tr("Show the introduction"), this);
    m_introductionToggle->setObjectName(u"introductionToggle"_s);
    m_introductionToggle->setCheckable(true);
    m_introductionToggle->hide();
    connect(m_introductionToggle, &QPushButton::toggled, this, [this](bool shown) {
        m_introductionToggle->setText(shown ? tr("Hide the introduction") : tr("Show the introduction"));
        showIntroduction(shown);
    });

    m_layout = new QVBoxLayout(this);
    // Half the style's margins and spacing: on a short projector every line of the lesson counts.
    const QMargins margins = m_layout->contentsMargins();
    m_layout->setContentsMargins(margins.left() / 2, margins.top() / 2, margins.right() / 2, margins.bottom() / 2);
    m_layout->setSpacing(std::max(2, m_layout->spacing() / 2));
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(headingLabel, 1);
    headingRow->addWidget(m_introductionToggle, 0, Qt::AlignBottom);
    m_layout->addLayout(headingRow);
    m_layout->addWidget(m_explanation);
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
    m_panelRow = new QHBoxLayout;
    m_layout->addLayout(m_panelRow, 1);
}

int LessonPage::heightForWidth(int width) const
{
    // A scroll area (widgetResizable) makes the page at least this tall, scrolling if the room is
    // shorter: the least height at which nothing is squeezed. Not the layout's minimum for the
    // width: laying out, a box layout takes an item's height for its width as that item's minimum
    // (a row of panels, a wrapped text), so a page given only totalMinimumHeightForWidth() squeezed
    // its panels below their minimum (spinners of 40 px at 150 %, a Python line cut, Run buttons out
    // of line). The spinners' preference is their minimum: they grow into what room is left.
    const QMargins margins = m_layout->contentsMargins();
    const int inner = width - margins.left() - margins.right();
    int needed = margins.top() + margins.bottom();
    int items = 0;
    for (int i = 0; i < m_layout->count(); ++i) {
        const QLayoutItem *item = m_layout->itemAt(i);
        if (item->isEmpty())
            continue;
        needed += item->hasHeightForWidth() ? item->heightForWidth(inner) : item->minimumSize().height();
        ++items;
    }
    needed += std::max(0, items - 1) * m_layout->spacing();
    return std::max(needed, m_layout->totalMinimumHeightForWidth(width));
}

bool LessonPage::event(QEvent *event)
{
    // In a scroll area the page's parent is its viewport: follow the viewport's size.
    if (event->type() == QEvent::ParentAboutToChange && parentWidget())
        parentWidget()->removeEventFilter(this);
    else if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    const bool handled = QWidget::event(event);
    // The page's own height changed (a run's text grew by a line): does it still fit?
    if (event->type() == QEvent::LayoutRequest && parentWidget())
        fitTo(parentWidget()->size());
    // The page's minimum changed (a zoom while it was hidden, a text that grew): the scroll area
    // sizes it again. It is not told otherwise: a page laid out again while hidden kept the size of
    // the old zoom and squeezed its panels below their minimum (spinners of 40 px at 150 %, a
    // Python line cut, buttons out of line) until the window was resized.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show) {
        if (QWidget *viewport = parentWidget(); viewport && qobject_cast<QAbstractScrollArea *>(viewport->parentWidget()))
            QCoreApplication::postEvent(viewport->parentWidget(), new QEvent(QEvent::LayoutRequest));
    }
    // A page shown starts at its left edge, its heading whole, even where it is wider than its room
    // (the offscreen platform's 800 px screen showed it scrolled sideways, the title cut).
    if (event->type() == QEvent::Show) {
        if (auto *area = parentWidget() ? qobject_cast<QAbstractScrollArea *>(parentWidget()->parentWidget()) : nullptr) {
            QTimer::singleShot(0, area, [area] { area->horizontalScrollBar()->setValue(0); });
        }
    }
    return handled;
}

bool LessonPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fitTo(static_cast<QResizeEvent *>(event)->size());
    return QWidget::eventFilter(watched, event);
}

void LessonPage::fitTo(QSize room)
{
    // The page as a whole (introduction shown), at this width. If it is too tall for the room but
    // would fit without its explanation, or else without the explanation and the "Predict first"
    // box, those wait behind "Show the introduction", so the demos, their buttons and what a run
    // leaves stay in view without scrolling. A page too long either way (several parts) scrolls
    // and keeps its introduction. What a run measured outranks the Predict box's answer, which
    // "Show the introduction" shows.
    const int width = room.width();
    const int gap = m_layout->spacing();
    const int explanation = m_explanation->heightForWidth(width) + gap;
    int aids = 0;
    if (m_teachingAids)
        aids = (m_teachingAids->hasHeightForWidth() ? m_teachingAids->heightForWidth(width) : m_teachingAids->sizeHint().height()) + gap;
    int whole = heightForWidth(width);
    if (m_explanation->isHidden())
        whole += explanation;
    if (m_teachingAids && m_teachingAids->isHidden())
        whole += aids;
    // A page that folded comes within half a room of fitting is a one-screen page on a short screen
    // (lesson 2 after runs in a 1229 x 691 window): it folds all it can, so that as much as possible
    // of what the run left is in view; a page longer than that has several parts and scrolls anyway.
    const int folded = whole - explanation - aids;
    int fold = 0;   // 0: all shown; 1: the explanation folded; 2: the teaching aids too
    if (whole > room.height() && whole - explanation <= room.height())
        fold = 1;
    else if (whole > room.height() && folded <= room.height() * 3 / 2)
        fold = m_teachingAids ? 2 : 1;
    if (fold == m_fold)
        return;
    m_fold = fold;
    showIntroduction(m_introductionToggle->isChecked());
}

void LessonPage::showIntroduction(bool shown)
{
    m_introductionToggle->setVisible(m_fold > 0);
    m_explanation->setVisible(m_fold < 1 || shown);
    if (m_teachingAids)
        m_teachingAids->setVisible(m_fold < 2 || shown);
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
