// SPDX-License-Identifier: MIT
#include "comparisondecisionwidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ComparisonDecisionWidget::ComparisonDecisionWidget(QWidget *parent)
    : QFrame(parent)
    , m_heading(wrappingLabel(u"decisionHeading"_s, this))
    , m_intro(wrappingLabel(u"decisionIntro"_s, this))
    , m_path(wrappingLabel(u"decisionPath"_s, this))
    , m_question(wrappingLabel(u"decisionQuestion"_s, this))
    , m_text(wrappingLabel(u"decisionRecommendation"_s, this))
    , m_buttons(new QVBoxLayout)
    , m_runButton(new QPushButton(this))
    , m_back(new QPushButton(this))
    , m_restart(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_heading->setTextFormat(Qt::RichText);
    m_question->setTextFormat(Qt::RichText);
    m_text->setTextFormat(Qt::RichText);
    m_runButton->setObjectName(u"decisionRunButton"_s);
    m_buttons->addWidget(m_runButton);  // first; the pools' buttons go below it
    connect(m_runButton, &QPushButton::clicked, this, [this] { requestDemo(m_runButton); });
    m_back->setObjectName(u"decisionBackButton"_s);
    m_restart->setObjectName(u"decisionRestartButton"_s);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_back);
    navigation->addWidget(m_restart);
    navigation->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_path);
    layout->addWidget(m_question);
    layout->addWidget(m_text);
    layout->addLayout(m_buttons);
    layout->addLayout(navigation);

    connect(m_back, &QPushButton::clicked, this, [this] {
        m_guide.back();
        refresh();
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        m_guide.restart();
        refresh();
    });
    refresh();
}

bool ComparisonDecisionWidget::choose(const QString &answerId)
{
    if (!m_guide.choose(answerId))
        return false;
    refresh();
    return true;
}

void ComparisonDecisionWidget::setDemoTitles(DemoTitleFunction titleOf)
{
    m_titleOf = titleOf ? std::move(titleOf) : DemoTitleFunction(demoIdAsTitle);
    refresh();
}

void ComparisonDecisionWidget::requestDemo(const QPushButton *button)
{
    if (const DemoId demo = button->property("demoId").toString(); !demo.isEmpty())
        Q_EMIT demoRequested(demo);
}

QPushButton *ComparisonDecisionWidget::poolButton(QList<QPushButton *> &pool, qsizetype index)
{
    while (pool.size() <= index) {
        auto *button = new QPushButton(this);
        m_buttons->addWidget(button);
        pool.append(button);
        connect(button, &QPushButton::clicked, this, [this, button] {
            if (const QVariant answer = button->property("answerId"); answer.isValid())
                choose(answer.toString());
            else
                requestDemo(button);
        });
    }
    QPushButton *button = pool.at(index);
    button->show();
    return button;
}

void ComparisonDecisionWidget::hideUnused(const QList<QPushButton *> &pool, qsizetype used)
{
    for (qsizetype i = used; i < pool.size(); ++i) {
        pool[i]->hide();
        pool[i]->setObjectName({});
    }
}

void ComparisonDecisionWidget::refresh()
{
    // If a button about to be hidden had the focus, give it to the first new one.
    const bool hadFocus = isAncestorOf(focusWidget());

    m_heading->setText(u"<b>%1</b>"_s.arg(tr("Which model fits? A guide").toHtmlEscaped()));
    // Before the first question: whether to reach for concurrency at all, and the chapter's rules of thumb.
    m_intro->setText(tr("Start simple: sequential code is the easiest to get right, so measure where the time goes "
                        "before reaching for concurrency. Then, as the chapter sums up for Python: threads for I/O-bound "
                        "work, processes for CPU-bound code (the GIL lets one thread at a time run Python bytecode), "
                        "asyncio for many concurrent waits, and never a blocking call inside a coroutine."));
    m_intro->setVisible(m_guide.depth() == 0);
    m_path->setText(m_guide.chosenTexts().join(u'\n'));
    m_path->setVisible(m_guide.depth() > 0);
    m_back->setText(tr("&Back"));
    m_back->setEnabled(m_guide.depth() > 0);
    m_restart->setText(tr("Start &over"));
    m_restart->setEnabled(m_guide.depth() > 0);

    const bool finished = m_guide.isFinished();
    m_question->setVisible(!finished);
    QWidget *first = m_restart;
    qsizetype answers = 0, others = 0;
    if (!finished) {
        m_question->setText(u"<b>%1</b>"_s.arg(m_guide.question().toHtmlEscaped()));
        m_text->setText(m_guide.questionHelp().toHtmlEscaped());
        for (const DecisionGuide::Answer &answer : m_guide.answers()) {
            QPushButton *button = poolButton(m_answerButtons, answers++);
            button->setText(answer.text);
            button->setObjectName(u"decisionAnswer_"_s + answer.id);
            button->setProperty("answerId", answer.id);
            first = answers == 1 ? button : first;
        }
    } else {
        const QString line = u"<b>%1</b> %2<br>"_s;
        m_text->setText(u"<b>%1</b><br>"_s.arg(m_guide.situation().toHtmlEscaped())
                        + line.arg(tr("Python:").toHtmlEscaped(), m_guide.python().toHtmlEscaped())
                        + line.arg(tr("Qt / C++:").toHtmlEscaped(), m_guide.qt().toHtmlEscaped())
                        + line.arg(tr("Why:").toHtmlEscaped(), m_guide.reason().toHtmlEscaped()));
        if (const auto demo = m_guide.recommendedDemo()) {
            m_runButton->setText(tr("Run this demo: %1").arg(m_titleOf(*demo)));
            m_runButton->setProperty("demoId", *demo);
            first = m_runButton;
        }
        for (const DemoId &demo : m_guide.otherDemos()) {
            QPushButton *button = poolButton(m_otherButtons, others++);
            button->setText(tr("Also run: %1").arg(m_titleOf(demo)));
            button->setObjectName(u"decisionOtherButton_"_s + demo);
            button->setProperty("demoId", demo);
        }
    }
    m_runButton->setVisible(finished && m_guide.recommendedDemo());
    hideUnused(m_answerButtons, answers);
    hideUnused(m_otherButtons, others);
    if (hadFocus)
        first->setFocus(Qt::OtherFocusReason);

    const int row = m_guide.recommendationRow();
    if (row != m_lastRow) {
        m_lastRow = row;
        Q_EMIT recommendationChanged(row);
    }
}

void ComparisonDecisionWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}
