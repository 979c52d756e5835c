// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractNativeEventFilter>
#include <QObject>

class QWindow;

// Reports when another X11 client destroys the app's top-level window (`xdotool windowclose`, a
// misbehaving window manager): Qt 6.4 does not notice (it does not ask for StructureNotify events on
// its top-levels), and the app would go on running with no window and no way to quit it but a kill.
// This asks the X server for that window's structure events and emits destroyedByAnotherClient()
// from the event loop on its DestroyNotify. Elsewhere (Wayland, offscreen, built without xcb) it
// never fires. GUI thread only.
class WindowDestroyedWatcher : public QObject, public QAbstractNativeEventFilter
{
    Q_OBJECT
public:
    explicit WindowDestroyedWatcher(QWindow *window, QObject *parent = nullptr);
    ~WindowDestroyedWatcher() override;

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

Q_SIGNALS:
    void destroyedByAnotherClient();

private:
    quint32 m_windowId = 0;   // the X11 window id; 0 when not watching
    bool m_reported = false;
};
