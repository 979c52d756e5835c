// SPDX-License-Identifier: MIT
#include "displaycheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#if defined(Q_OS_LINUX)
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

QString environment(const char *name)
{
    return qEnvironmentVariable(name);
}

#if defined(Q_OS_LINUX)
// Whether an X server accepts connections on the Unix socket `path`, in the abstract namespace (where
// Xvfb may listen alone when /tmp/.X11-unix is not writable) or as a file.
bool acceptsConnections(const QByteArray &path, bool abstract)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return true;   // cannot tell: leave it to Qt
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const qsizetype offset = abstract ? 1 : 0;   // abstract: a leading NUL byte
    std::memcpy(address.sun_path + offset, path.constData(), size_t(std::min<qsizetype>(path.size(), sizeof(address.sun_path) - 1 - offset)));
    const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + offset + path.size());
    const bool connected = ::connect(fd, reinterpret_cast<const sockaddr *>(&address), length) == 0;
    ::close(fd);
    return connected;
}
#endif

// ":1" or ":1.0" (a local display): an X server must answer on its socket. A remote "host:1", or a
// display reached some other way, is left to Qt.
bool localXDisplayMissing(const QString &display)
{
#if defined(Q_OS_LINUX)
    static const QRegularExpression local(u"^(?:unix)?:(\\d+)(?:\\.\\d+)?$"_s);
    const QRegularExpressionMatch match = local.match(display);
    if (!match.hasMatch())
        return false;
    const QByteArray path = "/tmp/.X11-unix/X" + match.captured(1).toLatin1();
    return !acceptsConnections(path, true) && !acceptsConnections(path, false);
#else
    Q_UNUSED(display);
    return false;
#endif
}

bool waylandSocketMissing(const QString &display)
{
    if (QDir::isAbsolutePath(display))
        return !QFileInfo::exists(display);
    const QString runtime = environment("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && !QFileInfo::exists(runtime + u'/' + display);
}

QString headlessAdvice()
{
    return QCoreApplication::translate("DisplayCheck",
                                       "To run without a display, set QT_QPA_PLATFORM=offscreen or start it with xvfb-run.");
}

} // namespace

QString DisplayCheck::problem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    const QString platform = environment("QT_QPA_PLATFORM").section(u':', 0, 0).trimmed();
    const QString x = environment("DISPLAY");
    const QString wayland = environment("WAYLAND_DISPLAY");
    const bool wantsX = platform.startsWith(u"xcb");
    const bool wantsWayland = platform.startsWith(u"wayland");
    if (!platform.isEmpty() && !wantsX && !wantsWayland)
        return {};   // offscreen, minimal, vnc, eglfs, ...: no display server needed
    const bool xUsable = !x.isEmpty() && !localXDisplayMissing(x);
    const bool waylandUsable = !wayland.isEmpty() && !waylandSocketMissing(wayland);
    if ((wantsX && xUsable) || (wantsWayland && waylandUsable) || (platform.isEmpty() && (xUsable || waylandUsable)))
        return {};
    if (!x.isEmpty() && !xUsable && !waylandUsable)
        //: %1: the DISPLAY value, e.g. ":0"; %2: how to run headless
        return QCoreApplication::translate("DisplayCheck", "No X display is running at DISPLAY=%1. %2").arg(x, headlessAdvice());
    //: %1: how to run headless
    return QCoreApplication::translate("DisplayCheck", "No display found (DISPLAY and WAYLAND_DISPLAY are not set). %1")
        .arg(headlessAdvice());
#else
    return {};
#endif
}
