// SPDX-License-Identifier: MIT
#include "queuerunner.h"

using namespace Qt::Literals::StringLiterals;

QueueRunner::QueueRunner(DemoId demoId, QueueOrder order, QueueParameters parameters, QObject *parent)
    : TypedDemoRunner(std::move(demoId), script(), parameters, parent)
    , m_order(order)
{
    qRegisterMetaType<QueueProgress>();
    m_timer.setInterval(progressInterval);
    connect(&m_timer, &QTimer::timeout, this, &QueueRunner::sample);
    // A run that ends before its work reported (cancelled at a step of the GUI thread) stops too.
    connect(this, &DemoRunner::stateChanged, this, [this](State state) {
        if (state != State::Running && m_sampler)
            stopSampling();
    });
}

StepScript QueueRunner::script()
{
    return {{{u"create-queue"_s, StepScript::Action::StartWork}}, {{u"report"_s, StepScript::Action::PublishResult}}};
}

void QueueRunner::startSampling(Sampler sampler)
{
    m_sampler = std::move(sampler);
    sample();
    m_timer.start();
}

void QueueRunner::stopSampling()
{
    m_timer.stop();
    if (!m_sampler)
        return;
    QueueProgress last = m_sampler();
    m_sampler = nullptr;
    last.running = false;
    last.producerWaiting = false;
    if (last != m_progress) {
        m_progress = last;
        Q_EMIT progressChanged(m_progress);
    }
}

void QueueRunner::sample()
{
    if (!m_sampler)
        return;
    QueueProgress now = m_sampler();
    now.running = true;
    if (now != m_progress) {
        m_progress = now;
        Q_EMIT progressChanged(m_progress);
    }
}
