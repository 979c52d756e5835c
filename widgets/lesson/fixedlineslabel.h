// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

// A label that always takes the same room, whatever it says: a fixed number of lines high, and never
// asking for more width than its layout gives it. A text that does not fit wraps within those lines
// and is elided at the end of the last one; hovering then shows the whole text as a tooltip.
// text() and the accessible name stay the whole text (a screen reader reads what the elision cut).
// Demo panels use it so that their buttons stay where they are whatever a run reports. Plain text
// only. GUI thread only.
class FixedLinesLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FixedLinesLabel(int lines, QWidget *parent = nullptr);

    int lines() const { return m_lines; }
    // The lines shown at the label's current width; the last one elided when the text is longer.
    QStringList shownLines() const;
    // Whether the text is cut at the current width (hovering then shows all of it).
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Fit {
        QStringList lines;
        bool elided = false;
    };
    Fit fit() const;
    int reservedHeight() const;

    const int m_lines;
};
