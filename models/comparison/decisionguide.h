// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// "When to use what" as a walk down a decision tree: questions with answers, ending on a
// recommendation, which is a row of the "when-to-use" comparison table (one data source) plus the
// demos that show it. A plain value class (no QObject); texts are translated when asked for.
class DecisionGuide
{
    Q_DECLARE_TR_FUNCTIONS(DecisionGuide)
public:
    struct Answer {
        QString id;    // stable: "io", "cpu", "few", "many"
        QString text;  // translated button label
    };

    DecisionGuide();  // at the first question

    // Question state (empty when isFinished()).
    bool isFinished() const;
    QString question() const;      // translated
    QString questionHelp() const;  // translated, one or two sentences
    QList<Answer> answers() const;

    // Follows the answer with that id; false (and no change) if the current node has none.
    bool choose(QStringView answerId);
    // One step back; false at the first question.
    bool back();
    void restart();
    int depth() const { return int(m_path.size()); }
    // Answers taken so far: ids, and translated "question: answer" lines.
    QStringList chosenIds() const;
    QStringList chosenTexts() const;

    // Recommendation (only when isFinished()).
    static QString tableId();          // "when-to-use"
    int recommendationRow() const;     // row of that table, -1 if not finished
    std::optional<DemoId> recommendedDemo() const;  // the demo that shows it
    QList<DemoId> otherDemos() const;               // further demos worth running (may be empty)
    QString situation() const;         // translated cells of the row
    QString python() const;
    QString qt() const;
    QString reason() const;

private:
    struct Step {
        int node;
        int answer;
    };
    int currentNode() const;
    QString recommendationCell(int column) const;

    std::vector<Step> m_path;
};
