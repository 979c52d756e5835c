// SPDX-License-Identifier: MIT
#include "spinnerlessonpage.h"

#include "demorunner.h"

#include <QBoxLayout>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

SpinnerLessonPage::SpinnerLessonPage(const QList<DemoId> &demos, const LessonContext &context, QWidget *parent)
    : LessonPage(tr("Spinners: one slow task, three ways"),
                 tr("Each spinner is painted by the GUI thread. The slow task (sleep, then answer 42) runs on a "
                    "worker thread, in a child process, or as a coroutine on the GUI thread's event loop: the "
                    "spinners keep turning in all three."),
                 context, parent)
{
    setObjectName(u"spinnerLesson"_s);
    for (const DemoId &id : demos)
        addPanel(id);

    auto *runAll = new QPushButton(tr("Run all"), this);
    runAll->setObjectName(u"runAllButton"_s);
    connect(runAll, &QPushButton::clicked, this, [this, demos] {
        for (const DemoId &id : demos)
            Q_EMIT runRequested(id);
    });
    auto *cancelAll = new QPushButton(tr("Cancel all"), this);
    cancelAll->setObjectName(u"cancelAllButton"_s);
    // Like Lesson > Cancel All (Esc): a teacher reaching for it wants everything stopped.
    connect(cancelAll, &QPushButton::clicked, this, &LessonPage::cancelAllRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(runAll);
    buttons->addWidget(cancelAll);
    buttons->addStretch(1);
    pageLayout()->addLayout(buttons);
}
