// SPDX-License-Identifier: MIT
#include "lessonpage.h"

#include "demopanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

LessonPage::LessonPage(const QString &heading, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *headingLabel = new QLabel(heading, this);
    headingLabel->setObjectName(u"lessonHeading"_s);
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);
    auto *explanationLabel = new QLabel(explanation, this);
    explanationLabel->setObjectName(u"lessonExplanation"_s);
    explanationLabel->setWordWrap(true);
    QFont explanationFont = explanationLabel->font();
    explanationFont.setPointSizeF(explanationFont.pointSizeF() * 1.15);
    explanationLabel->setFont(explanationFont);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(headingLabel);
    m_layout->addWidget(explanationLabel);
    m_panelRow = new QHBoxLayout;
    m_layout->addLayout(m_panelRow, 1);
}

DemoPanel *LessonPage::panel(DemoKind kind) const
{
    const auto it = m_panels.find(kind);
    return it == m_panels.end() ? nullptr : it->second;
}

DemoPanel *LessonPage::addPanel(DemoRunner *runner)
{
    auto *panel = new DemoPanel(runner, this);
    connect(panel, &DemoPanel::runRequested, this, &LessonPage::runRequested);
    m_panelRow->addWidget(panel);
    m_panels.emplace(runner->kind(), panel);
    return panel;
}
