// SPDX-License-Identifier: MIT
#pragma once

#include "decisionguide.h"
#include "demoid.h"
#include "demoid.h"

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QVBoxLayout;

// "When to use what" as an interactive guide: one question at a time with a button per answer,
// ending on a recommendation (a row of the "when-to-use" table) and "Run this demo" (plus a button
// for each other demo worth running). Back and Start over walk it again. Keyboard reachable; text
// wraps. GUI thread only.
// Child objectNames: decisionIntro, decisionQuestion, decisionAnswer_<id>, decisionRecommendation,
// decisionRunButton, decisionOtherButton_<demo id>, decisionBackButton, decisionRestartButton.
class ComparisonDecisionWidget : public QFrame
{
    Q_OBJECT
public:
    explicit ComparisonDecisionWidget(QWidget *parent = nullptr);

    const DecisionGuide &guide() const { return m_guide; }
    // Follows an answer by id ("io", "cpu", "few", "many"); false if it is not offered now.
    bool choose(const QString &answerId);
    // How the demo buttons name a demo ("Run this demo: QProcess"); by default by its id.
    void setDemoTitles(DemoTitleFunction titleOf);

Q_SIGNALS:
    // "Run this demo" (or another demo button) was activated.
    void demoRequested(const DemoId &demo);
    // The guide reached a recommendation (its row in the "when-to-use" table), or left it (-1).
    void recommendationChanged(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // The index-th button of a pool (created on first use, reused and hidden, never deleted, so a
    // button can safely trigger a refresh from its own clicked signal).
    QPushButton *poolButton(QList<QPushButton *> &pool, qsizetype index);
    void hideUnused(const QList<QPushButton *> &pool, qsizetype used);
    void requestDemo(const QPushButton *button);

    DecisionGuide m_guide;
    DemoTitleFunction m_titleOf = demoIdAsTitle;
    QLabel *m_heading;
    QLabel *m_intro;   // before the first question only
    QLabel *m_path;
    QLabel *m_question;
    QLabel *m_text;
    QVBoxLayout *m_buttons;
    QList<QPushButton *> m_answerButtons;  // property "answerId"
    QPushButton *m_runButton;              // property "demoId"
    QList<QPushButton *> m_otherButtons;   // property "demoId"
    QPushButton *m_back;
    QPushButton *m_restart;
    int m_lastRow = -1;
};
