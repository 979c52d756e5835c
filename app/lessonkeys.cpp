// SPDX-License-Identifier: MIT
#include "lessonkeys.h"

#include "lessonpage.h"
#include "windowkeys.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int demoKeys = WindowKeys::lessonDemoKeys;
}

LessonKeys::LessonKeys(QMainWindow *window, QTabWidget *tabs, std::function<LessonPage *()> currentPage,
                       std::function<void(const DemoId &)> run, QMenu *lessonMenu)
    : QObject(window)
    , m_tabs(tabs)
    , m_currentPage(std::move(currentPage))
{
    for (int number = 1; number <= demoKeys; ++number) {
        //: Keyboard shortcuts: the key runs the demo of that number on the lesson page on screen
        auto *action = new QAction(tr("Run demo %1 of the lesson on screen").arg(number), window);
        action->setObjectName(u"runDemo%1Action"_s.arg(number));
        action->setShortcut(WindowKeys::lessonDemo(number));
        connect(action, &QAction::triggered, this, [this, run, number] {
            const LessonPage *page = m_currentPage();
            if (page && number <= page->panelOrder().size())
                run(page->panelOrder().at(number - 1));
        });
        window->addAction(action);   // not in a menu: nine entries would crowd it; the shortcut list has them
        m_demoActions.append(action);
    }

    lessonMenu->addSeparator();
    m_next = lessonMenu->addAction(tr("&Next Lesson"), this, [this] {
        m_tabs->setCurrentIndex(std::min(m_tabs->currentIndex() + 1, m_tabs->count() - 1));
    });
    m_next->setObjectName(u"nextLessonAction"_s);
    m_next->setShortcut(WindowKeys::nextLesson());
    m_previous = lessonMenu->addAction(tr("&Previous Lesson"), this, [this] {
        m_tabs->setCurrentIndex(std::max(m_tabs->currentIndex() - 1, 0));
    });
    m_previous->setObjectName(u"previousLessonAction"_s);
    m_previous->setShortcut(WindowKeys::previousLesson());

    connect(m_tabs, &QTabWidget::currentChanged, this, &LessonKeys::updateEnabled);
    updateEnabled();
    qApp->installEventFilter(this);
}

void LessonKeys::updateEnabled()
{
    const LessonPage *page = m_currentPage();
    const qsizetype panels = page ? page->panelOrder().size() : 0;
    for (int i = 0; i < m_demoActions.size(); ++i)
        m_demoActions.at(i)->setEnabled(i < panels);
    m_next->setEnabled(m_tabs->currentIndex() < m_tabs->count() - 1);
    m_previous->setEnabled(m_tabs->currentIndex() > 0);
}

bool LessonKeys::eventFilter(QObject *watched, QEvent *event)
{
    // Page Up / Page Down belong to a focused list, table or text (the code, the comparison tables):
    // accepting the override gives them the key rather than the lesson actions. A lesson page's own
    // scroll area is not one of them.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool paging = (key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) && key->modifiers() == Qt::NoModifier;
        if (paging && qobject_cast<QAbstractScrollArea *>(watched) && !qobject_cast<QScrollArea *>(watched))
            event->accept();
    }
    return QObject::eventFilter(watched, event);
}
