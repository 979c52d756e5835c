// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;
class QPushButton;

// A strip on a lesson page, shown only while step mode is on: every run then stops at each step,
// which is easy to forget once a run has been continued (step mode stays on for the next one). Says
// so, says which keys go on (F10, F5), and turns step mode off with one button. Follows the window's
// "Step mode" action (not owned), which may be null (no banner then). GUI thread only.
class StepModeBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StepModeBanner(QAction *stepModeAction, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPointer<QAction> m_stepMode;
    QLabel *m_text;
    QPushButton *m_turnOff;
};
