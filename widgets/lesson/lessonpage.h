// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "lessoncontext.h"

#include <QFont>
#include <QWidget>

#include <map>

class DemoPanel;
class QLabel;
class QPushButton;
class QBoxLayout;
class TeachingAids;

// What every lesson page shares: a heading, an explanation, the lesson's teaching aids (the
// "Predict first" question, answered once a run of one of the lesson's demos is done, and the
// teacher notes), a row of demo panels, and the signal that asks the window to run a demo.
// GUI thread only.
class LessonPage : public QWidget
{
    Q_OBJECT
public:
    // The panel of demo `id` on this page, or null.
    DemoPanel *panel(const DemoId &id) const;
    // The demos of the page's panels, in the order they were added (left to right, row by row):
    // the keys 1, 2, 3... run them.
    const QList<DemoId> &panelOrder() const { return m_panelOrder; }
    const LessonContext &context() const { return m_context; }
    // The question, answer and teacher notes (LessonContext::teaching); null for a lesson without them.
    TeachingAids *teachingAids() const { return m_teachingAids; }
    // Whether the page is short of room and shows its introduction only on request (fitTo()).
    bool isCompact() const { return m_fold > 0; }
    // The page's minimum height at that width (see the .cpp: what a scroll area must give it).
    int heightForWidth(int width) const override;

    // Work the page does beyond its demos' runs (lesson 3's sweep), asked for on the command line
    // (LessonContext::commandLine): HeadlessDriver starts it once the window has settled and waits
    // until isWorking() is false (workFinished()). By default there is none.
    virtual void startCommandLineWork() {}
    virtual bool isWorking() const { return false; }
    // What that work found, as lines for the headless summary; empty when nothing was asked.
    virtual QString workSummary() const { return {}; }
    // Whether it did what was asked (false: the headless run exits 1).
    virtual bool workSucceeded() const { return true; }
    // Stops that work, and any other the page runs by itself (Lesson > Cancel All).
    virtual void cancelWork() {}

Q_SIGNALS:
    // The work started by startCommandLineWork() has ended.
    void workFinished();
    void runRequested(const DemoId &id);
    // Every running demo of the window, not only this page's, should stop (Lesson > Cancel All).
    void cancelAllRequested();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    LessonPage(const QString &heading, const QString &explanation, LessonContext context, QWidget *parent);

    // Adds a panel for demo `id` (its runner from the context) to `row` (null: the first row of
    // panels) and returns it. Its spinner records into the context's FrameLog as "<demo id>", or
    // "<lesson id>/<demo id>" on the page of a lesson that shows another lesson's demo.
    DemoPanel *addPanel(const DemoId &id, QBoxLayout *row = nullptr);
    // A further row of panels, below the last one (a lesson with many demos).
    QBoxLayout *addPanelRow();
    // Puts `widget` (controls the panels share) below the introduction and the teaching aids, above
    // the panels.
    void addBelowIntroduction(QWidget *widget);
    QBoxLayout *pageLayout() const { return m_layout; }
    // The font of a heading on the page: `font`, `factor` times as large, bold.
    static QFont headingFont(QFont font, double factor);

private:
    // Follows the size of the room the page is shown in (its scroll area's viewport).
    void fitTo(QSize room);
    // What fitTo() folded, shown again (or folded again) by "Show the introduction".
    void showIntroduction(bool shown);

    const LessonContext m_context;
    QLabel *m_explanation;
    QPushButton *m_introductionToggle;
    int m_fold = 0;   // 0: the introduction shown; 1: its explanation folded; 2: the teaching aids too
    QBoxLayout *m_layout;
    TeachingAids *m_teachingAids = nullptr;
    QBoxLayout *m_panelRow;
    int m_extraPanelRows = 0;   // addPanelRow()'s rows, right below m_panelRow
    std::map<DemoId, DemoPanel *> m_panels;
    QList<DemoId> m_panelOrder;
};
