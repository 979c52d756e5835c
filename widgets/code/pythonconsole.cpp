// SPDX-License-Identifier: MIT
#include "pythonconsole.h"

#include "okabeito.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

PythonConsole::PythonConsole(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_stopButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_hideButton(new QPushButton(this))
    , m_view(new QPlainTextEdit(this))
{
    m_caption->setObjectName(u"pythonConsoleCaption"_s);
    m_stopButton->setObjectName(u"stopPythonButton"_s);
    m_clearButton->setObjectName(u"clearPythonConsoleButton"_s);
    m_hideButton->setObjectName(u"hidePythonConsoleButton"_s);
    m_view->setObjectName(u"pythonConsoleView"_s);

    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setReadOnly(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->setUndoRedoEnabled(false);   // no undo history growing with every spinner frame
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setFocusPolicy(Qt::StrongFocus);
    // Only the family: the size comes from the parent and the application font, so the console
    // zooms with the app at classroom zoom, like the listings.
    QFont fixed;
    fixed.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    fixed.setStyleHint(QFont::Monospace);
    fixed.setFixedPitch(true);
    m_view->setFont(fixed);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_caption, 1);
    header->addWidget(m_stopButton);
    header->addWidget(m_clearButton);
    header->addWidget(m_hideButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);

    connect(m_stopButton, &QPushButton::clicked, this, &PythonConsole::stop);
    connect(m_clearButton, &QPushButton::clicked, this, &PythonConsole::clear);
    connect(m_hideButton, &QPushButton::clicked, this, &QWidget::hide);

    retranslate();
    updateState();
    keepLinesInSight();
}

PythonConsole::~PythonConsole()
{
    m_next.reset();
    if (m_run) {
        m_run->disconnect(this);
        delete m_run;   // kills its whole group and reaps the child, quietly
    }
}

void PythonConsole::run(const PythonConsoleRun::Request &request, const QString &title)
{
    if (m_run) {
        // Restart: the new run starts once the old one's group has gone (handleEnded()).
        m_next = Next{request, title};
        m_run->stop();
        updateState();
        return;
    }
    startNow(Next{request, title});
    Q_EMIT runningChanged(true);
}

void PythonConsole::startNow(const Next &next)
{
    m_title = next.title;
    m_script = next.request.script;
    m_lastEnding.reset();
    PythonConsoleRun::Options options;
    options.interpreter = m_interpreter;
    auto *run = new PythonConsoleRun(next.request, options, this);
    m_run = run;
    connect(run, &PythonConsoleRun::output, this, [this](const QByteArray &bytes) { write(ConsoleText::Stream::Output, bytes); });
    connect(run, &PythonConsoleRun::errorOutput, this, [this](const QByteArray &bytes) { write(ConsoleText::Stream::Error, bytes); });
    connect(run, &PythonConsoleRun::ended, this, &PythonConsole::handleEnded);
    run->start();
    m_commandLine = run->commandLine();
    if (!m_text.lines().isEmpty())
        m_text.addNote(QString());   // a blank line between two runs
    m_text.addNote(u"$ "_s + run->commandText());
    render();
    m_caption->setToolTip(tr("Runs in %1").arg(run->scriptDirectory()));
    retranslate();
    updateState();
}

void PythonConsole::showProblem(const QString &title, const QString &message)
{
    m_next.reset();
    if (m_run)
        m_run->stop();
    m_title = title;
    m_text.addNote(message);
    render();
    retranslate();
}

void PythonConsole::stop()
{
    m_next.reset();
    if (m_run)
        m_run->stop();
    updateState();
}

void PythonConsole::clear()
{
    m_text.clear();
    render();
}

void PythonConsole::handleEnded(PythonConsoleRun::Ending ending, int exitCode, const QString &message)
{
    if (m_run)
        m_run->deleteLater();   // it has emitted its last signal
    m_run = nullptr;
    m_text.finish();
    //: The Python console's last line of a run. %1: the script's file name, %2: how it ended
    //: ("exited with code 0", "stopped", "crashed ..."), or why it could not run
    m_text.addNote(tr("[%1: %2]").arg(m_script, message));
    m_lastEnding = ending;
    render();
    Q_EMIT runEnded(ending, exitCode);
    if (m_next) {   // a restart: running all along
        const Next next = *m_next;
        m_next.reset();
        startNow(next);
        return;
    }
    retranslate();
    updateState();
    Q_EMIT runningChanged(false);
}

void PythonConsole::write(ConsoleText::Stream stream, const QByteArray &bytes)
{
    m_text.write(stream, bytes);
    render();
}

QTextCharFormat PythonConsole::formatOf(ConsoleText::Stream stream) const
{
    QTextCharFormat format;
    switch (stream) {
    case ConsoleText::Stream::Output:
        break;   // the view's own text colour
    case ConsoleText::Stream::Error:
        format.setForeground(OkabeIto::vermillion());
        break;
    case ConsoleText::Stream::Note:
        format.setForeground(OkabeIto::blue());
        format.setFontItalic(true);
        break;
    }
    return format;
}

void PythonConsole::render()
{
    const ConsoleText::Changes changes = m_text.takeChanges();
    if (changes.dropped == 0 && changes.firstChanged < 0)
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool followEnd = bar->value() >= bar->maximum();
    QTextDocument *document = m_view->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // The document always has a block; with no lines shown it is the one empty block.
    const auto removeFrom = [&](qsizetype first) {
        if (first >= m_shownLines)
            return;
        if (first == 0) {
            cursor.select(QTextCursor::Document);
        } else {
            const QTextBlock before = document->findBlockByNumber(int(first - 1));
            cursor.setPosition(before.position() + before.length() - 1);   // its end, before the newline
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        }
        cursor.removeSelectedText();
        m_shownLines = first;
    };
    if (changes.dropped > 0 && m_shownLines > 0) {
        const qsizetype dropped = std::min(changes.dropped, m_shownLines);
        if (dropped == m_shownLines) {
            removeFrom(0);
        } else {
            cursor.movePosition(QTextCursor::Start);
            cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor, int(dropped));
            cursor.removeSelectedText();
            m_shownLines -= dropped;
        }
    }
    if (changes.firstChanged >= 0) {
        const qsizetype first = std::min(changes.firstChanged, m_shownLines);
        removeFrom(first);
        cursor.movePosition(QTextCursor::End);
        const QList<ConsoleText::Line> &lines = m_text.lines();
        for (qsizetype i = first; i < lines.size(); ++i) {
            if (m_shownLines > 0)
                cursor.insertBlock();
            cursor.insertText(lines.at(i).text, formatOf(lines.at(i).stream));
            ++m_shownLines;
        }
    }
    cursor.endEditBlock();
    if (followEnd)
        bar->setValue(bar->maximum());
}

void PythonConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        keepLinesInSight();
}

// A splitter or a small dock may not squeeze the output away: a few lines always show (at any zoom).
void PythonConsole::keepLinesInSight()
{
    constexpr int linesAlwaysShown = 5;
    const int frame = 2 * m_view->frameWidth() + int(m_view->document()->documentMargin() * 2);
    m_view->setMinimumHeight(QFontMetrics(m_view->font()).lineSpacing() * linesAlwaysShown + frame);
}

void PythonConsole::updateState()
{
    m_stopButton->setEnabled(bool(m_run));
    m_hideButton->setEnabled(!m_run);   // a run going stays in sight, with its Stop button
}

void PythonConsole::retranslate()
{
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stop the Python script and every process it started"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Empty the console"));
    m_hideButton->setText(tr("Hide"));
    m_hideButton->setToolTip(tr("Hide the console (Run in Python shows it again)"));
    if (m_title.isEmpty())
        m_caption->setText(tr("Python console"));
    else if (m_run)
        //: %1: whose output, e.g. "spinner_thread.py, the QThread demo"
        m_caption->setText(tr("Python console: %1 (running)").arg(m_title));
    else
        //: %1: whose output, e.g. "spinner_thread.py, the QThread demo"
        m_caption->setText(tr("Python console: %1").arg(m_title));
}
