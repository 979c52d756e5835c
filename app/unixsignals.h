// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QSocketNotifier;

// Turns the Unix signals it is given (SIGINT, SIGTERM, SIGHUP) into received() on the GUI thread, with the
// self-pipe trick: the handler only notes the signal, puts the default action back for all of them
// and writes one byte to a pipe (async-signal-safe calls only); a QSocketNotifier on the pipe's other
// end reports the signal in the event loop, where quitting is safe. So the first signal asks for a
// clean quit, and a second one ends the process at once, as if nothing handled it.
// A signal that was ignored when the process started (nohup, a shell's background job) stays
// ignored. Only one at a time, created and destroyed on the GUI thread; the destructor puts back
// what each signal did before. POSIX only, like the rest of the app (it is built for Linux).
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(const QList<int> &signalNumbers, QObject *parent = nullptr);
    ~UnixSignals() override;

    // The first signal handled in this process, or 0. Set by the handler itself, so it counts even
    // when the event loop no longer runs.
    static int caught();
    // Ends the process with `signo` at its default action (its parent then sees "killed by signo",
    // and a shell's $? is 128 + signo). Flushes stdio first. Returns only if the signal did not end it.
    static void endBy(int signo);

Q_SIGNALS:
    void received(int signo);

private:
    void readPipe();

    QList<int> m_handled;                   // the signals whose handler this installed
    QSocketNotifier *m_notifier = nullptr;
};
