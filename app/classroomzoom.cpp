// SPDX-License-Identifier: MIT
#include "classroomzoom.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>

namespace {

// A widget's own font size at 100 %: point sizes are positive, pixel sizes stored negated.
constexpr char normalSizeProperty[] = "classroomZoomNormalSize";

QFont scaled(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(font.pixelSize() * factor + 0.5)));
    return font;
}

} // namespace

ClassroomZoom::ClassroomZoom(QObject *parent)
    : QObject(parent)
    , m_normalFont(QApplication::font())
{
}

QList<int> ClassroomZoom::steps()
{
    return {75, 90, 100, 110, 125, 150, 175, 200, 250, 300};
}

int ClassroomZoom::clampPercent(int percent)
{
    return LabSettings::clampZoomPercent(percent);
}

int ClassroomZoom::stepAbove(int percent)
{
    const QList<int> all = steps();
    const auto next = std::upper_bound(all.begin(), all.end(), percent);
    return next == all.end() ? clampPercent(percent) : *next;
}

int ClassroomZoom::stepBelow(int percent)
{
    const QList<int> all = steps();
    const auto next = std::lower_bound(all.begin(), all.end(), percent);
    return next == all.begin() ? clampPercent(percent) : *(next - 1);
}

void ClassroomZoom::setPercent(int percent)
{
    percent = clampPercent(percent);
    if (percent == m_percent)
        return;
    apply(percent);
    Q_EMIT percentChanged(m_percent);
}

void ClassroomZoom::apply(int percent)
{
    const double before = m_percent / 100.0;
    const double factor = percent / 100.0;
    m_percent = percent;
    QApplication::setFont(scaled(m_normalFont, factor));
    // QApplication tells the widgets only once its event loop has run (not so in a test, or before
    // exec()); a window that resolves its font again passes it on to every child that inherits it.
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        QEvent changed(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(window, &changed);
    }
    // Widgets that inherit their size follow the application font. Those that set a size of their
    // own (resolved size bit) keep it through an application font change: scale them here.
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (!widget->testAttribute(Qt::WA_SetFont) || !(widget->font().resolveMask() & QFont::SizeResolved))
            continue;
        QVariant normal = widget->property(normalSizeProperty);
        if (!normal.isValid()) {
            // First seen now: its size was set at the zoom in force before this change.
            const QFont font = widget->font();
            normal = font.pointSizeF() > 0 ? font.pointSizeF() / before : -font.pixelSize() / before;
            widget->setProperty(normalSizeProperty, normal);
        }
        QFont font = widget->font();
        const double size = normal.toDouble();
        if (size > 0)
            font.setPointSizeF(size * factor);
        else
            font.setPixelSize(std::max(1, int(-size * factor + 0.5)));
        widget->setFont(font);
    }
}
