// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class ClassroomZoom;
class LabSettings;
class QAction;
class QLabel;
class QMainWindow;
class QWidget;

// Presentation mode (View > Presentation Mode, F11; Esc or F11 leaves): the window full screen,
// the presentation zoom (150 % unless the teacher zoomed differently while presenting: remembered),
// and only the lesson: docks, toolbars, the menu bar and the status bar hidden (the menus' keys still
// work). Leaving puts back the window state,
// the zoom and the docks as they were (sizes included). GUI thread only.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    // `window` gets the leave action (Esc); `zoom` and `settings` outlive this object.
    PresentationMode(QMainWindow *window, ClassroomZoom *zoom, LabSettings *settings);

    // Checkable; F11 (plus the platform's full-screen key where it has one that is not F11).
    QAction *toggleAction() const { return m_toggle; }
    // Esc; enabled only while presenting (so Esc does its other job otherwise).
    QAction *leaveAction() const { return m_leave; }
    bool isActive() const { return m_active; }

public Q_SLOTS:
    void setActive(bool active);

Q_SIGNALS:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeHint();
    void enter();
    void leave();
    void showHint();
    // Every action of a menu bar or menu, submenus' included.
    static QList<QAction *> menuActions(const QWidget *menuOrBar);

    QMainWindow *m_window;
    ClassroomZoom *m_zoom;
    LabSettings *m_settings;
    QAction *m_toggle;
    QAction *m_leave;
    QPointer<QLabel> m_hint;
    bool m_active = false;
    // What entering changed, put back on leaving.
    QByteArray m_savedLayout;
    Qt::WindowStates m_savedWindowStates;
    int m_savedZoom = 100;
    bool m_statusBarWasShown = false;
    bool m_menuBarWasShown = true;
    QList<QPointer<QAction>> m_heldActions;   // menu actions the window holds while the menu bar is hidden
};
