// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QList>
#include <QObject>

#include <functional>

class LessonPage;
class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;

// The keys of the lesson pages, as actions of the window (so Help > Keyboard Shortcuts lists them):
// 1 to 9 run the demos of the lesson on screen, in the order of its panels; Page Down and Page Up
// go to the next and previous lesson (what presentation clickers send). A list, table or text with
// the focus keeps its own Page Up / Page Down. GUI thread only.
class LessonKeys : public QObject
{
    Q_OBJECT
public:
    // `tabs`: the lesson tabs; `currentPage`: the page on screen (null: none); `run`: runs a demo.
    // The next/previous lesson actions are added to `lessonMenu`.
    LessonKeys(QMainWindow *window, QTabWidget *tabs, std::function<LessonPage *()> currentPage,
               std::function<void(const DemoId &)> run, QMenu *lessonMenu);

    // "Run demo 1" (key 1) ... "Run demo 9" (key 9): enabled when the page on screen has that many.
    const QList<QAction *> &demoActions() const { return m_demoActions; }
    QAction *nextLessonAction() const { return m_next; }
    QAction *previousLessonAction() const { return m_previous; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEnabled();

    QTabWidget *m_tabs;
    std::function<LessonPage *()> m_currentPage;
    QList<QAction *> m_demoActions;
    QAction *m_next;
    QAction *m_previous;
};
