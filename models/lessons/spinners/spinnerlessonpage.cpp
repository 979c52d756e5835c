// SPDX-License-Identifier: MIT
#include "spinnerlessonpage.h"

#include <QBoxLayout>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

SpinnerLessonPage::SpinnerLessonPage(const std::function<DemoRunner *(DemoKind)> &runnerOf, QWidget *parent)
    : LessonPage(tr("Spinners: one slow task, three ways"),
                 tr("Each spinner is painted by the GUI thread. The slow task (sleep, then answer 42) runs on a "
                    "worker thread, in a child process, or as a coroutine on the GUI thread's event loop: the "
                    "spinners keep turning in all three."),
                 parent)
{
    setObjectName(u"spinnerLesson"_s);
    for (DemoKind kind : spinnerDemoKinds)
        addPanel(runnerOf(kind));

    auto *runAll = new QPushButton(tr("Run all"), this);
    runAll->setObjectName(u"runAllButton"_s);
    connect(runAll, &QPushButton::clicked, this, &SpinnerLessonPage::runAllRequested);
    auto *cancelAll = new QPushButton(tr("Cancel all"), this);
    cancelAll->setObjectName(u"cancelAllButton"_s);
    connect(cancelAll, &QPushButton::clicked, this, &SpinnerLessonPage::cancelAllRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(runAll);
    buttons->addWidget(cancelAll);
    buttons->addStretch(1);
    pageLayout()->addLayout(buttons);
}
