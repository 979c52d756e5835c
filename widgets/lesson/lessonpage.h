// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"

#include <QWidget>

#include <map>

class DemoPanel;
class DemoRunner;
class QBoxLayout;
class QLabel;

// What every lesson page shares: a heading, an explanation, a row of demo panels, and the signal
// that asks the window to run a demo. GUI thread only.
class LessonPage : public QWidget
{
    Q_OBJECT
public:
    // The panel of `kind` on this page, or null.
    DemoPanel *panel(DemoKind kind) const;

Q_SIGNALS:
    void runRequested(DemoKind kind);

protected:
    LessonPage(const QString &heading, const QString &explanation, QWidget *parent);

    // Adds a panel for `runner` to the row of panels and returns it.
    DemoPanel *addPanel(DemoRunner *runner);
    QBoxLayout *pageLayout() const { return m_layout; }

private:
    QBoxLayout *m_layout;
    QBoxLayout *m_panelRow;
    std::map<DemoKind, DemoPanel *> m_panels;
};
