// SPDX-License-Identifier: MIT
#include "focusringstyle.h"

#include <QPainter>
#include <QStyleOption>

FocusRingStyle::FocusRingStyle()
    : QProxyStyle()   // the application's default style
{
}

void FocusRingStyle::paintRing(const QStyleOption *option, QPainter *painter, bool keyboardOnly)
{
    if (!(option->state & State_HasFocus))
        return;
    // A button clicked with the mouse has the focus too; the ring is for whoever uses the keyboard.
    if (keyboardOnly && !(option->state & State_KeyboardFocusChange))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(option->palette.color(QPalette::Highlight), ringWidth());
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    // Inside the control's rect: a ring outside it would be clipped by the widget.
    const int inset = ringWidth() / 2;
    painter->drawRect(option->rect.adjusted(inset, inset, -inset - 1, -inset - 1));
    painter->restore();
}

void FocusRingStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        paintRing(option, painter, false);   // check boxes, radio buttons, item views, tab bars: the style's hint, made visible
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton)
        paintRing(option, painter, true);
}

void FocusRingStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                        const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    switch (control) {
    case CC_ToolButton:
    case CC_SpinBox:
    case CC_Slider:
    case CC_ComboBox:
        paintRing(option, painter, true);
        break;
    default:
        break;
    }
}
