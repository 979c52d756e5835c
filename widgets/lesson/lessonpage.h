// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "lessoncontext.h"

#include <QWidget>

#include <map>

class DemoPanel;
class QBoxLayout;

// What every lesson page shares: a heading, an explanation, a row of demo panels, and the signal
// that asks the window to run a demo. GUI thread only.
class LessonPage : public QWidget
{
    Q_OBJECT
public:
    // The panel of demo `id` on this page, or null.
    DemoPanel *panel(const DemoId &id) const;
    const LessonContext &context() const { return m_context; }

Q_SIGNALS:
    void runRequested(const DemoId &id);
    // Every running demo of the window, not only this page's, should stop (Lesson > Cancel All).
    void cancelAllRequested();

protected:
    LessonPage(const QString &heading, const QString &explanation, LessonContext context, QWidget *parent);

    // Adds a panel for demo `id` (its runner from the context) to the row of panels and returns it.
    // Its spinner records into the context's FrameLog as "<demo id>", or "<lesson id>/<demo id>" on
    // the page of a lesson that shows another lesson's demo.
    DemoPanel *addPanel(const DemoId &id);
    QBoxLayout *pageLayout() const { return m_layout; }

private:
    const LessonContext m_context;
    QBoxLayout *m_layout;
    QBoxLayout *m_panelRow;
    std::map<DemoId, DemoPanel *> m_panels;
};
