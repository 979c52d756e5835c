// SPDX-License-Identifier: MIT
// The focus ring: wide, in the Highlight colour, only on the control with the keyboard focus.
#include "labtest.h"

#include "focusringstyle.h"

#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QStyleOptionButton>

namespace {

// Pixels of `colour` after painting a push button of 120 x 40 with `state`.
int pixelsOf(QStyle &style, QStyle::State state, const QColor &colour)
{
    QImage image(120, 40, QImage::Format_ARGB32);
    QPalette palette;
    palette.setColor(QPalette::Highlight, colour);
    image.fill(Qt::white);
    QPushButton button(QStringLiteral("Run"));
    QStyleOptionButton option;
    option.initFrom(&button);
    option.rect = image.rect();
    option.text = QStringLiteral("Run");
    option.palette = palette;
    option.state = QStyle::State_Enabled | state;
    QPainter painter(&image);
    style.drawControl(QStyle::CE_PushButton, &option, &painter, &button);
    painter.end();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y) == colour;
    }
    return count;
}

} // namespace

class TestFocusRingStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringOnlyOnKeyboardFocus();
};

void TestFocusRingStyle::ringOnlyOnKeyboardFocus()
{
    FocusRingStyle style;
    const QColor ring(255, 0, 255);   // a colour no style paints a button with
    const int none = pixelsOf(style, {}, ring);
    const int mouseFocus = pixelsOf(style, QStyle::State_HasFocus, ring);
    const int keyboardFocus = pixelsOf(style, QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange, ring);
    // A ring of ringWidth() around 120 x 40: about 2 x (120 + 40) x 3 pixels; the style's own focus
    // hint (if it uses the Highlight colour at all) is far less.
    const int perimeter = 2 * (120 + 40) - 4;
    QCOMPARE(none, 0);
    QVERIFY2(mouseFocus < perimeter, qPrintable(QString::number(mouseFocus)));   // no ring for a click
    QVERIFY2(keyboardFocus >= mouseFocus + perimeter * (FocusRingStyle::ringWidth() - 1),
             qPrintable(QString::number(keyboardFocus)));
}

LAB_TEST_MAIN(TestFocusRingStyle)
#include "tst_focusringstyle.moc"
