// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

// The platform style, with a focus ring that reads from the back of a room: a ring ringWidth() pixels
// wide in the palette's Highlight colour around the control that has the focus (buttons, tool
// buttons, spin boxes, sliders and combo boxes once the focus moves by keyboard; wherever the style
// draws its focus hint otherwise: check boxes, item views, tab bars), instead of the style's 1 px hint. Set on the application (it wraps the default style). GUI thread only.
class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT
public:
    FocusRingStyle();

    static constexpr int ringWidth() { return 3; }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

private:
    // The ring around `option->rect` when it has the focus (and, with `keyboardOnly`, only when the
    // focus moved by keyboard).
    static void paintRing(const QStyleOption *option, QPainter *painter, bool keyboardOnly);
};
