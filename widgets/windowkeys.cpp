// SPDX-License-Identifier: MIT
#include "windowkeys.h"

#include <QGuiApplication>

namespace WindowKeys {

QList<QKeySequence> zoomIn()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    keys.append(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    return keys;
}

QList<QString> reserved()
{
    QList<QKeySequence> keys{step(), continueRuns(), presentationMode(), cancelAll(), runInPython(), resetZoom(),
                             nextLesson(), previousLesson(), QKeySequence(Qt::CTRL | Qt::Key_Equal),
                             // The standard keys' usual bindings: the registry is built before the
                             // application object, whose platform theme knows the platform's own.
                             QKeySequence(Qt::CTRL | Qt::Key_Q), QKeySequence(Qt::CTRL | Qt::Key_Plus),
                             QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(Qt::CTRL | Qt::Key_C)};
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        for (const QKeySequence::StandardKey standard : {QKeySequence::Quit, QKeySequence::ZoomIn, QKeySequence::ZoomOut,
                                                         QKeySequence::FullScreen, QKeySequence::Copy})
            keys += QKeySequence::keyBindings(standard);
    }
    for (int number = 1; number <= lessonDemoKeys; ++number) {
        keys.append(lessonDemo(number));
        keys.append(QKeySequence(Qt::ALT | (Qt::Key_0 + number)));
    }
    QList<QString> portable;
    for (const QKeySequence &key : std::as_const(keys)) {
        if (!key.isEmpty())
            portable.append(key.toString(QKeySequence::PortableText));
    }
    return portable;
}

} // namespace WindowKeys
