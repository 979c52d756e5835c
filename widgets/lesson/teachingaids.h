// SPDX-License-Identifier: MIT
#pragma once

#include "teaching.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A lesson's teaching aids, above its panels: the quotation (if any), the "Predict first" question
// with "Show answer", the answer (hidden until a run answers it or the teacher shows it; it then
// takes the question's place, which is as tall as the longer of the two) and the
// "Teacher notes" toggle with the notes (collapsed by default). Texts follow the page's font, wrap,
// and are translated again on a language change. GUI thread only.
// Child objectNames: lessonQuote, predictQuestion, showAnswerButton, predictAnswer,
// teacherNotesButton, teacherNotes.
class TeachingAids : public QFrame
{
    Q_OBJECT
public:
    explicit TeachingAids(Teaching teaching, QWidget *parent = nullptr);

    const Teaching &teaching() const { return m_teaching; }
    bool isAnswerShown() const { return m_answerShown; }
    bool areNotesShown() const { return m_notesShown; }

public Q_SLOTS:
    // Shows (or hides again) the answer; a finished run of a demo that answers the question shows it.
    void showAnswer(bool shown = true);
    // Expands or collapses the teacher notes, as the toggle does.
    void showNotes(bool shown);

Q_SIGNALS:
    // The notes were expanded or collapsed (by the toggle or showNotes()).
    void notesShownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void keepNarrow();   // the question's and answer's minimum width, for the font of the moment

    const Teaching m_teaching;
    bool m_answerShown = false;
    bool m_notesShown = false;
    QLabel *m_quote = nullptr;   // null when the lesson quotes no one
    QLabel *m_question;
    QPushButton *m_answerButton;
    QLabel *m_answer;
    QPushButton *m_notesButton;
    QLabel *m_notes;
};
