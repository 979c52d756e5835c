// SPDX-License-Identifier: MIT
#include "windowscreenshot.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace WindowScreenshot {

QString save(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("WindowScreenshot", "Cannot write the screenshot to %1: %2").arg(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(pixmap.toImage()) || !file.commit())
        return QCoreApplication::translate("WindowScreenshot", "Cannot write the screenshot to %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace WindowScreenshot
