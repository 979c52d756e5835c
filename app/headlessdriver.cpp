// SPDX-License-Identifier: MIT
#include "headlessdriver.h"

#include "demorunner.h"
#include "eventloopmonitor.h"
#include "labdocks.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "runrecords.h"
#include "windowscreenshot.h"

#include <QTimer>

#include <algorithm>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {
// The demos start once the event loop has been on time for a while (or after the cap).
constexpr qint64 calmWindowNs = 150'000'000;
constexpr qint64 calmLagNs = 20'000'000;
constexpr qint64 maximumSettleMs = 3000;
}

HeadlessDriver::HeadlessDriver(MainWindow *window, LabOptions options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{
}

void HeadlessDriver::start()
{
    if (m_options.duration)
        m_window->setSlowTaskDurationForThisSession(*m_options.duration);   // not remembered
    // With nothing to run, let the window lay out and paint once before the screenshot.
    if (m_options.demosToRun.isEmpty() && m_options.lessonOptions.isEmpty()) {
        QTimer::singleShot(200, this, &HeadlessDriver::finish);
        return;
    }
    m_settling.start();
    startDemosWhenSettled();
}

void HeadlessDriver::startDemosWhenSettled()
{
    // The window's first layout and paint hold the event loop for a while (far longer in a sanitizer
    // build): a demo started before that would be charged with the app's start-up lag in the report.
    if (!m_window)
        return;
    const LagSummary recent = m_window->docks()->monitor()->summaryOfLast(calmWindowNs);
    const bool calm = recent.sampleCount >= 5 && recent.maxNs < calmLagNs;
    if (!calm && m_settling.elapsed() < maximumSettleMs) {
        QTimer::singleShot(20, this, &HeadlessDriver::startDemosWhenSettled);
        return;
    }
    // A demo can end inside runDemo() (a worker that cannot start): check once all have started.
    m_starting = true;
    for (LessonPage *page : m_window->pages()) {
        connect(page, &LessonPage::workFinished, this, &HeadlessDriver::checkAllFinished);
        page->startCommandLineWork();
        if (page->isWorking())
            m_window->showLesson(page->context().lessonId);   // the room sees the work being done
    }
    for (const DemoId &id : m_options.demosToRun) {
        connect(m_window->runner(id), &DemoRunner::finished, this, &HeadlessDriver::checkAllFinished);
        m_window->runDemo(id);
    }
    m_starting = false;
    checkAllFinished();
}

void HeadlessDriver::checkAllFinished()
{
    if (m_starting || m_finishScheduled)
        return;
    for (const DemoId &id : m_options.demosToRun) {
        if (m_window->isBusy(id))   // running, or waiting for its turn
            return;
    }
    const QList<LessonPage *> pages = m_window->pages();
    if (std::any_of(pages.cbegin(), pages.cend(), [](const LessonPage *page) { return page->isWorking(); }))
        return;
    // Let the panels show the final state, and lesson 2 its analysis, before a screenshot is taken.
    m_finishScheduled = true;
    QTimer::singleShot(400, this, &HeadlessDriver::finish);
}

QString HeadlessDriver::summary() const
{
    QString lines;
    for (const DemoId &id : m_options.demosToRun) {
        const DemoRunner *runner = m_window->runner(id);
        const QString seconds = QString::number(runner->elapsedMs() / 1000.0, 'f', 2);
        QString outcome;
        switch (runner->state()) {
        case DemoRunner::State::Done:
            //: A demo's result ("Answer: 42") and how long the run took
            outcome = tr("%1 in %2 s").arg(runner->resultText(), seconds);
            break;
        case DemoRunner::State::Failed:
            outcome = tr("failed after %1 s: %2").arg(seconds, runner->errorString());
            break;
        default:
            outcome = tr("%1 after %2 s").arg(DemoRunner::stateTitle(runner->state()), seconds);
            break;
        }
        lines += id + u": "_s + outcome + u'\n';
    }
    for (const LessonPage *page : m_window->pages())
        lines += page->workSummary();
    return lines;
}

void HeadlessDriver::finish()
{
    if (m_finished || !m_window)
        return;
    m_finished = true;
    for (const DemoId &id : m_options.demosToRun) {
        if (m_window->runner(id)->state() != DemoRunner::State::Done)
            m_exitCode = 1;
    }
    for (const LessonPage *page : m_window->pages()) {
        if (!page->workSucceeded())
            m_exitCode = 1;
    }
    if (m_options.quitWhenDone) {
        const QByteArray text = summary().toLocal8Bit();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::fflush(stdout);
    }
    if (!m_options.reportPath.isEmpty()) {
        QList<RunRecord> records;
        for (const DemoId &id : m_options.demosToRun)
            records.append(RunRecords::of(*m_window->runner(id), *m_window->trace(), *m_window->frames(), *m_window->docks()->monitor()));
        if (const QString error = RunReport::write(m_options.reportPath, records); !error.isEmpty()) {
            std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    if (!m_options.screenshotPath.isEmpty()) {
        if (const QString error = WindowScreenshot::save(m_window, m_options.screenshotPath); !error.isEmpty()) {
            std::fprintf(stderr, "concurrency-lab: %s\n", qPrintable(error));
            m_exitCode = 1;
        }
    }
    Q_EMIT done();
}
