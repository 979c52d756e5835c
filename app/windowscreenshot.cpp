// SPDX-License-Identifier: MIT
#include "windowscreenshot.h"

#include "outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace WindowScreenshot {

QString save(QWidget *widget, const QString &path)
{
    const QString what = QCoreApplication::translate("WindowScreenshot", "the screenshot");
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(widget->grab().toImage()))
        return OutputFile::tr("Cannot write %1: %2").arg(what, writer.errorString());
    return OutputFile::write(path, png, what);
}

} // namespace WindowScreenshot
