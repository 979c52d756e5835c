// SPDX-License-Identifier: MIT
#include "teachingaids.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace {

// A label that wraps, in the page's font `factor` times as large; rich text (the callers escape).
QLabel *textLabel(const QString &objectName, double factor, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (factor != 1.0) {
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * factor);
        label->setFont(font);
    }
    return label;
}

} // namespace

TeachingAids::TeachingAids(Teaching teaching, QWidget *parent)
    : QFrame(parent)
    , m_teaching(std::move(teaching))
{
    setObjectName(u"teachingAids"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    if (m_teaching.quote.text) {
        m_quote = textLabel(u"lessonQuote"_s, 1.1, this);
        layout->addWidget(m_quote);
    }

    // The question and its buttons in one box, set off from the explanation above it.
    auto *box = new QFrame(this);
    box->setObjectName(u"predictFirstBox"_s);
    box->setFrameShape(QFrame::StyledPanel);
    box->setBackgroundRole(QPalette::AlternateBase);
    box->setAutoFillBackground(true);
    auto *boxLayout = new QVBoxLayout(box);

    m_question = textLabel(u"predictQuestion"_s, 1.15, box);
    m_answerButton = new QPushButton(box);
    m_answerButton->setObjectName(u"showAnswerButton"_s);
    connect(m_answerButton, &QPushButton::clicked, this, [this] { showAnswer(!m_answerShown); });
    m_notesButton = new QPushButton(box);
    m_notesButton->setObjectName(u"teacherNotesButton"_s);
    m_notesButton->setCheckable(true);
    connect(m_notesButton, &QPushButton::toggled, this, &TeachingAids::showNotes);

    // The answer takes the question's place when shown: one cell, as tall as the longer of the two,
    // so revealing it does not push the demo panels down at the end of a run, and the hidden answer
    // leaves no empty rows under the question (it did: a quarter of a projector's height).
    m_answer = textLabel(u"predictAnswer"_s, 1.15, box);
    for (QLabel *label : {m_question, m_answer}) {
        QSizePolicy keepRoom = label->sizePolicy();
        keepRoom.setRetainSizeWhenHidden(true);
        label->setSizePolicy(keepRoom);
    }
    m_answer->setVisible(false);   // a teacher asks the class first
    keepNarrow();
    auto *row = new QGridLayout;
    row->addWidget(m_question, 0, 0, Qt::AlignTop);
    row->addWidget(m_answer, 0, 0, Qt::AlignTop);
    row->setColumnStretch(0, 1);
    row->addWidget(m_answerButton, 0, 1, Qt::AlignTop);
    row->addWidget(m_notesButton, 0, 2, Qt::AlignTop);
    boxLayout->addLayout(row);
    m_notes = textLabel(u"teacherNotes"_s, 1.0, box);
    m_notes->setVisible(false);
    boxLayout->addWidget(m_notes);
    layout->addWidget(box);

    retranslate();
}

void TeachingAids::showAnswer(bool shown)
{
    if (m_answerShown == shown)
        return;
    m_answerShown = shown;
    m_answer->setVisible(shown);
    m_question->setVisible(!shown);
    retranslate();   // the button says what it does next
}

void TeachingAids::showNotes(bool shown)
{
    if (m_notesShown == shown)
        return;
    m_notesShown = shown;
    m_notesButton->setChecked(shown);
    m_notes->setVisible(shown);
    Q_EMIT notesShownChanged(shown);
}

void TeachingAids::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        keepNarrow();
}

void TeachingAids::keepNarrow()
{
    // A wrapped rich text may ask for a wide minimum (its longest line's guess); beside the buttons
    // that made lesson 4's page wider than a 1152 px window. Any width from a few words up will do.
    for (QLabel *label : {m_question, m_answer})
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 24);
}

void TeachingAids::retranslate()
{
    if (m_quote) {
        //: A quotation and who said it: %1 the words, %2 the speaker and the source
        m_quote->setText(tr("<i>“%1”</i><br>— %2")
                             .arg(m_teaching.translatedQuoteText().toHtmlEscaped(),
                                  m_teaching.translatedQuoteSource().toHtmlEscaped()));
    }
    //: %1: the lesson's question, which the class answers before running the demos
    m_question->setText(tr("<b>Predict first:</b> %1").arg(m_teaching.translatedQuestion().toHtmlEscaped()));
    m_answer->setText(tr("<b>Answer:</b> %1").arg(m_teaching.translatedAnswer().toHtmlEscaped()));
    m_answer->setToolTip(m_teaching.translatedQuestion());   // the question it answers, which it covers

    QString notes;
    for (const QString &note : m_teaching.translatedNotes())
        notes += u"<li>%1</li>"_s.arg(note.toHtmlEscaped());
    m_notes->setText(u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">%1</ul>"_s.arg(notes));

    m_answerButton->setText(m_answerShown ? tr("Hide answer") : tr("Show answer"));
    m_answerButton->setAccessibleName(m_answerShown ? tr("Hide the answer to the predict-first question")
                                                    : tr("Show the answer to the predict-first question"));
    m_answerButton->setToolTip(tr("A run of the lesson's demo shows the answer by itself: ask the class first."));
    m_notesButton->setText(tr("Teacher notes"));
    m_notesButton->setAccessibleName(tr("Teacher notes"));
    m_notesButton->setAccessibleDescription(tr("Shows or hides short notes for the teacher: what to say, what to point "
                                               "at, the usual wrong answer."));
}
