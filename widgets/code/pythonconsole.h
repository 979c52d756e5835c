// SPDX-License-Identifier: MIT
#pragma once

#include "consoletext.h"
#include "pythonconsolerun.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextCharFormat;

// The code viewer's console: runs one Python script at a time (PythonConsoleRun) and shows what it
// writes as a terminal would (ConsoleText: a "\r" spinner is one line that animates), stderr in
// another colour, the command line first and how the run ended last ("exited with code 0",
// "stopped", "crashed"). Bounded: the last ConsoleText::defaultMaxLines lines. The text is in the
// system's fixed-pitch family at the inherited size, so it zooms with the app font.
//
// Runs stay with the console, whatever the code viewer shows next: its caption says whose output it
// is. run() while a run is going stops it first (its whole process group) and then starts the new
// one; destroying the console kills a run still going. Nothing is left running.
//
// Child objectNames: "pythonConsoleCaption" (QLabel), "pythonConsoleView" (QPlainTextEdit),
// "stopPythonButton", "clearPythonConsoleButton", "hidePythonConsoleButton" (QPushButton).
// GUI thread only.
class PythonConsole : public QWidget
{
    Q_OBJECT
public:
    explicit PythonConsole(QWidget *parent = nullptr);
    // Kills a run still going (its whole process group), quietly.
    ~PythonConsole() override;

    // Runs `request`; `title` names it in the caption (e.g. "spinner_thread.py, the QThread demo").
    // A run still going is stopped first; the new one starts once it has gone.
    void run(const PythonConsoleRun::Request &request, const QString &title);
    // Shows `message` (translated) as a failed run of `title`, without running anything (e.g. the
    // scripts could not be unpacked). Stops a run still going.
    void showProblem(const QString &title, const QString &message);
    // Stops the run (SIGTERM to its group, SIGKILL after a grace) and forgets a run waiting to start.
    void stop();
    // Empties the console (a run going on writes on).
    void clear();

    // A run is going (or waits to start after the one being stopped).
    bool isRunning() const { return m_run || m_next; }
    // The PID of the script running now, else 0.
    qint64 pid() const { return m_run ? m_run->pid() : 0; }
    // The command line of the latest run, the interpreter first (empty before the first run).
    QStringList commandLine() const { return m_commandLine; }
    const ConsoleText &text() const { return m_text; }
    // How the latest run ended; empty while it runs or before the first.
    std::optional<PythonConsoleRun::Ending> lastEnding() const { return m_lastEnding; }
    // The interpreter runs use; empty (the default): python3 from PATH, looked up at each run.
    void setInterpreter(const QString &path) { m_interpreter = path; }

Q_SIGNALS:
    void runningChanged(bool running);
    // A run has ended (the last line says how); nothing of it is left running.
    void runEnded(PythonConsoleRun::Ending ending, int exitCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void keepLinesInSight();
    struct Next {
        PythonConsoleRun::Request request;
        QString title;
    };
    void startNow(const Next &next);
    void handleEnded(PythonConsoleRun::Ending ending, int exitCode, const QString &message);
    void write(ConsoleText::Stream stream, const QByteArray &bytes);
    void render();
    QTextCharFormat formatOf(ConsoleText::Stream stream) const;
    void retranslate();
    void updateState();

    ConsoleText m_text;
    QString m_interpreter;
    QString m_title;             // whose output is shown
    QString m_script;            // the file name of the latest run
    QStringList m_commandLine;
    std::optional<PythonConsoleRun::Ending> m_lastEnding;
    std::optional<Next> m_next;  // starts once the run being stopped has gone
    qsizetype m_shownLines = 0;  // lines in the view's document

    QLabel *m_caption = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_hideButton = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QPointer<PythonConsoleRun> m_run;   // a child; the destructor deletes it first
};
