// SPDX-License-Identifier: MIT
#include "windowdestroyedwatcher.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QWindow>

#ifdef LAB_HAVE_XCB
#include <xcb/xcb.h>

#include <cstdlib>
#endif

WindowDestroyedWatcher::WindowDestroyedWatcher(QWindow *window, QObject *parent)
    : QObject(parent)
{
#ifdef LAB_HAVE_XCB
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!window || !x11 || !x11->connection())
        return;
    xcb_connection_t *connection = x11->connection();
    const auto id = xcb_window_t(window->winId());
    // Add StructureNotify to the events Qt selected; the others stay as they are.
    xcb_get_window_attributes_reply_t *attributes =
        xcb_get_window_attributes_reply(connection, xcb_get_window_attributes(connection, id), nullptr);
    if (!attributes)
        return;
    const uint32_t mask = attributes->your_event_mask | XCB_EVENT_MASK_STRUCTURE_NOTIFY;
    std::free(attributes);
    xcb_change_window_attributes(connection, id, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(connection);
    m_windowId = id;
    QCoreApplication::instance()->installNativeEventFilter(this);
#else
    Q_UNUSED(window)
#endif
}

WindowDestroyedWatcher::~WindowDestroyedWatcher()
{
    if (m_windowId != 0 && QCoreApplication::instance())
        QCoreApplication::instance()->removeNativeEventFilter(this);
}

bool WindowDestroyedWatcher::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result)
{
    Q_UNUSED(result)
#ifdef LAB_HAVE_XCB
    if (m_reported || m_windowId == 0 || eventType != "xcb_generic_event_t")
        return false;
    const auto *event = static_cast<const xcb_generic_event_t *>(message);
    if (event->response_type != XCB_DESTROY_NOTIFY)   // a sent (fake) one has the high bit set
        return false;
    if (static_cast<const xcb_destroy_notify_event_t *>(message)->window != m_windowId)
        return false;
    m_reported = true;
    // Not from inside Qt's event dispatch: the receiver may tear the window down.
    QMetaObject::invokeMethod(this, &WindowDestroyedWatcher::destroyedByAnotherClient, Qt::QueuedConnection);
#else
    Q_UNUSED(eventType)
    Q_UNUSED(message)
#endif
    return false;
}
