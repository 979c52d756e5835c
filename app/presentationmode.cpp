// SPDX-License-Identifier: MIT
#include "presentationmode.h"

#include "classroomzoom.h"
#include "labsettings.h"
#include "windowkeys.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int hintMs = 4000;
}

PresentationMode::PresentationMode(QMainWindow *window, ClassroomZoom *zoom, LabSettings *settings)
    : QObject(window)
    , m_window(window)
    , m_zoom(zoom)
    , m_settings(settings)
    , m_toggle(new QAction(tr("&Presentation Mode"), this))
    , m_leave(new QAction(tr("Leave Presentation Mode"), this))
{
    m_toggle->setObjectName(u"presentationModeAction"_s);
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(tr("Full screen, larger text, only the lesson (F11; Esc leaves)"));
    // F11 everywhere: QKeySequence::FullScreen is empty on some platform themes (no desktop). The
    // platform's other full-screen keys (Alt+Enter, Ctrl+Meta+F) stay View > Full Screen's: one key,
    // one action.
    m_toggle->setShortcut(WindowKeys::presentationMode());
    connect(m_toggle, &QAction::toggled, this, &PresentationMode::setActive);

    m_leave->setObjectName(u"leavePresentationAction"_s);
    m_leave->setShortcut(WindowKeys::cancelAll());
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { setActive(false); });
    window->addAction(m_leave);   // works with the menus hidden or closed
    window->installEventFilter(this);   // keeps the hint centred as the window goes full screen
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_hint && m_hint->isVisible())
        placeHint();
    return QObject::eventFilter(watched, event);
}

void PresentationMode::placeHint()
{
    m_hint->adjustSize();
    m_hint->move((m_window->width() - m_hint->width()) / 2, m_hint->fontMetrics().height() * 3);
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    if (active)
        enter();
    else
        leave();
    m_toggle->setChecked(m_active);
    m_leave->setEnabled(m_active);
    Q_EMIT activeChanged(m_active);
}

void PresentationMode::enter()
{
    m_savedLayout = m_window->saveState();
    m_savedWindowStates = m_window->windowState();
    m_savedZoom = m_zoom->percent();
    m_statusBarWasShown = m_window->statusBar()->isVisible();
    m_active = true;
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    for (QDockWidget *dock : docks)
        dock->hide();
    const QList<QToolBar *> toolBars = m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly);
    for (QToolBar *toolBar : toolBars)
        toolBar->hide();
    m_window->statusBar()->hide();
    // The menu bar too (a row of the lesson's height); its keys keep working: a shortcut of an action
    // that lives only in a hidden menu bar does not fire, so the window holds them while presenting.
    m_menuBarWasShown = m_window->menuBar()->isVisible();
    const QList<QAction *> held = m_window->actions();
    for (QAction *action : menuActions(m_window->menuBar())) {
        if (!action->shortcuts().isEmpty() && !held.contains(action)) {
            m_window->addAction(action);
            m_heldActions << action;
        }
    }
    m_window->menuBar()->hide();
    m_zoom->setPercent(m_settings->presentationZoomPercent());
    m_window->setWindowState((m_savedWindowStates & ~Qt::WindowMinimized) | Qt::WindowFullScreen);
    showHint();
}

void PresentationMode::leave()
{
    m_active = false;
    if (m_hint)
        m_hint->hide();
    m_zoom->setPercent(m_savedZoom);
    m_window->setWindowState(m_savedWindowStates);
    m_window->restoreState(m_savedLayout);   // docks and toolbars as they were, sizes included
    m_window->statusBar()->setVisible(m_statusBarWasShown);
    m_window->menuBar()->setVisible(m_menuBarWasShown);
    for (QAction *action : std::as_const(m_heldActions)) {
        if (action)
            m_window->removeAction(action);
    }
    m_heldActions.clear();
}

QList<QAction *> PresentationMode::menuActions(const QWidget *menuOrBar)
{
    QList<QAction *> all;
    const QList<QAction *> actions = menuOrBar->actions();
    for (QAction *action : actions) {
        if (const QMenu *submenu = action->menu())
            all << menuActions(submenu);
        else if (!action->isSeparator())
            all << action;
    }
    return all;
}

void PresentationMode::showHint()
{
    // A moment's reminder of the way out, over the top of the lesson.
    if (!m_hint) {
        m_hint = new QLabel(m_window);
        m_hint->setObjectName(u"presentationHint"_s);
        m_hint->setAutoFillBackground(true);
        m_hint->setBackgroundRole(QPalette::ToolTipBase);
        m_hint->setForegroundRole(QPalette::ToolTipText);
        m_hint->setFrameShape(QFrame::Box);
        m_hint->setMargin(m_hint->fontMetrics().height() / 2);
    }
    m_hint->setText(tr("Presentation mode: Esc or F11 leaves, Ctrl++ and Ctrl+- zoom"));
    placeHint();
    m_hint->show();
    m_hint->raise();
    QTimer::singleShot(hintMs, m_hint, &QWidget::hide);
}
