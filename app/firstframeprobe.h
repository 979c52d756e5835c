// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

// --print-first-frame: waits for the first frame `window` paints, then prints one JSON line on stdout,
// {"firstFrameMonotonicNs": ..., "sinceProcessStartMs": ..., "rssBytes": ...}, and quits the
// application with code 0. The monotonic time (CLOCK_MONOTONIC, shared by every process) lets a
// parent that noted the clock before starting the app measure the start-up to the frame precisely
// (concurrency-lab-bench does); sinceProcessStartMs is the app's own view, to the kernel's 10 ms
// clock tick. GUI thread.
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    explicit FirstFrameProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    bool m_seen = false;
};
