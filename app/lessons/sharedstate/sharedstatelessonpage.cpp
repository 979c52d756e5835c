// SPDX-License-Identifier: MIT
#include "sharedstatelessonpage.h"

#include "countercontrols.h"
#include "demopanel.h"
#include "counterrunner.h"
#include "coroutinequeuerunner.h"
#include "labsettings.h"
#include "processqueuerunner.h"
#include "queuecontrols.h"
#include "queueview.h"
#include "sharedstate.h"
#include "threadqueuerunner.h"
#include "spinnerwidget.h"

#include <QBoxLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

SharedStateLessonPage::SharedStateLessonPage(const LessonContext &context, QWidget *parent)
    : LessonPage(tr("Shared state"),
                 tr("Part A: a counter shared by N units, each adding one M times. Without a lock, threads lose "
                    "updates; coroutines lose none until they await between the read and the write; processes "
                    "share nothing until you give them shared memory. Part B: one producer and K consumers "
                    "passing items through each model's queue."),
                 context, parent)
{
    setObjectName(u"sharedStateLesson"_s);
    addCounterPart();
    addQueuePart();
    pageLayout()->addStretch(1);
}

QLabel *SharedStateLessonPage::partHeading(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setFont(headingFont(label->font(), 1.25));
    label->setWordWrap(true);
    return label;
}

QLabel *SharedStateLessonPage::paragraph(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    return label;
}

void SharedStateLessonPage::addPanelsRow(const QString &title, const QList<DemoId> &demos)
{
    if (demos.isEmpty())
        return;
    auto *heading = new QLabel(title, this);
    heading->setFont(headingFont(heading->font(), 1.05));
    pageLayout()->addWidget(heading);
    // At most three panels a row, the rows as even as can be (four: two and two): four side by side
    // were wider than what a 1366 px screen leaves the lesson beside the docks.
    constexpr qsizetype mostInARow = 3;
    const qsizetype rows = (demos.size() + mostInARow - 1) / mostInARow;
    const qsizetype perRow = (demos.size() + rows - 1) / rows;
    QBoxLayout *row = nullptr;
    for (qsizetype i = 0; i < demos.size(); ++i) {
        if (i % perRow == 0) {
            row = new QHBoxLayout;
            pageLayout()->addLayout(row);
        }
        // Nothing here turns a spinner: the answer is the count, so the panels keep to their text.
        addPanel(demos.at(i), row)->spinner()->hide();
    }
}

void SharedStateLessonPage::addCounterPart()
{
    pageLayout()->addWidget(partHeading(tr("A. Lost updates and locks")));
    pageLayout()->addWidget(paragraph(
        tr("Each unit reads the counter, adds one and writes it back. An update is lost when another unit writes "
           "between one unit's read and its write. To lose one by hand: click \"2 x 1, for step mode\", turn on "
           "Step mode in the Code dock, run \"Threads, no lock\", step one thread past its read, step the other "
           "through its whole increment, then step the first to its end: 1 of 2. The coroutines' time per "
           "increment is mostly the turn of the event loop each one yields after its increment, not the increment.")));
    m_counterControls = new CounterControls(this);
    m_counterControls->setObjectName(u"counterControls"_s);
    pageLayout()->addWidget(m_counterControls);
    addPanelsRow(tr("Threads: one counter in shared memory"), SharedStateLesson::threadCounterDemos());
    addPanelsRow(tr("Coroutines: one thread, turns at each co_await"), SharedStateLesson::coroutineCounterDemos());
    addPanelsRow(tr("Processes: separate memory"), SharedStateLesson::processCounterDemos());
    const CounterParameters saved = savedCounterParameters();
    m_counterControls->setParameters(saved);
    applyCounterParameters(saved);
    connect(m_counterControls, &CounterControls::parametersChanged, this, [this](const CounterParameters &parameters) {
        applyCounterParameters(parameters);
        LabSettings *settings = context().settings;
        if (!settings)
            return;
        settings->setLessonValue(context().lessonId, u"units"_s, parameters.units);
        settings->setLessonValue(context().lessonId, u"increments"_s, parameters.increments);
        settings->setLessonValue(context().lessonId, u"widen"_s, parameters.widenWindow);
    });
}

void SharedStateLessonPage::addQueuePart()
{
    const QList<DemoId> queues = SharedStateLesson::queueDemos();
    if (queues.isEmpty())
        return;
    pageLayout()->addWidget(partHeading(tr("B. Queues: one producer, K consumers")));
    pageLayout()->addWidget(paragraph(
        tr("One producer puts the items 1 to J on a queue that holds at most C; K consumers take them, each working "
           "W ms on every item, until each takes a sentinel (\"no more\"). The consumers are slower than the "
           "producer, so the queue fills up and the producer has to wait for room: back-pressure, highlighted under "
           "each panel. Count and sum show that no item was lost or taken twice; the first items taken show the "
           "queue's order (a full stack hands out each new item at once, while the first ones wait at its bottom "
           "until the end). In step mode the threads' producer starts before its consumers: watch it fill the queue "
           "and wait.")));
    m_queueControls = new QueueControls(this);
    m_queueControls->setObjectName(u"queueControls"_s);
    pageLayout()->addWidget(m_queueControls);

    // One row per model, each panel with its queue view under it.
    struct Row {
        QString title;
        QString note;   // beside the panels, where a row has room
        QList<DemoId> demos;
    };
    QList<Row> rows{
        {tr("Threads: a BlockingQueue (one QMutex, two QWaitConditions)"), {}, {}},
        {tr("Coroutines: an AsyncQueue on the GUI thread, no lock"), {}, {}},
        {tr("Processes: the children's pipes are the queue"),
         tr("multiprocessing.Queue is first in, first out only, so there is one process demo. Its queue is pipes: "
            "each child reads \"item n\" lines on its stdin and answers \"done n\" on its stdout. The producer "
            "(the GUI thread) sends each item to an idle child, or else to the one with the fewest waiting, and "
            "keeps at most C items waiting in the pipes. It never blocks: waiting for room means it sends the next "
            "item when a child answers."),
         {}},
    };
    for (const DemoId &id : queues) {
        QObject *runner = context().runnerOf(id);
        const int row = qobject_cast<ThreadQueueRunner *>(runner) ? 0 : qobject_cast<CoroutineQueueRunner *>(runner) ? 1 : 2;
        rows[row].demos.append(id);
    }
    for (const Row &row : std::as_const(rows)) {
        if (row.demos.isEmpty())
            continue;
        auto *heading = new QLabel(row.title, this);
        heading->setFont(headingFont(heading->font(), 1.05));
        pageLayout()->addWidget(heading);
        auto *panels = new QHBoxLayout;
        pageLayout()->addLayout(panels);
        for (const DemoId &id : row.demos) {
            auto *column = new QVBoxLayout;
            panels->addLayout(column, 1);
            DemoPanel *panel = addPanel(id, column);
            panel->spinner()->hide();   // nothing turns it: the view below shows the run
            auto *runner = qobject_cast<QueueRunner *>(panel->runner());
            const auto kind = qobject_cast<ProcessQueueRunner *>(runner) ? QueueView::Kind::Pipes : QueueView::Kind::Queue;
            auto *view = new QueueView(runner, kind, this);
            view->setObjectName(u"queueView-"_s + id);
            column->addWidget(view);
        }
        if (!row.note.isEmpty()) {
            QLabel *note = paragraph(row.note);
            note->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            panels->addWidget(note, 2);
        }
    }

    const auto apply = [this, queues](const QueueParameters &parameters) {
        for (const DemoId &id : queues) {
            if (auto *runner = qobject_cast<QueueRunner *>(context().runnerOf(id)))
                runner->setParameters(parameters);
        }
    };
    // Remembered values; the command line wins for this start (its values were checked before the
    // window opened).
    static const QList<std::pair<QString, int QueueParameters::*>> keys{{u"consumers"_s, &QueueParameters::consumers},
                                                                        {u"items"_s, &QueueParameters::items},
                                                                        {u"capacity"_s, &QueueParameters::capacity},
                                                                        {u"work-ms"_s, &QueueParameters::workMs}};
    QueueParameters parameters;
    const QMap<QString, QString> &given = context().commandLine;
    for (const auto &[key, member] : keys) {
        if (const LabSettings *settings = context().settings)
            parameters.*member = settings->lessonValue(context().lessonId, u"queue-"_s + key, parameters.*member).toInt();
        if (given.contains(key))
            parameters.*member = given.value(key).toInt();
    }
    parameters = parameters.clamped();
    m_queueControls->setParameters(parameters);
    apply(parameters);
    connect(m_queueControls, &QueueControls::parametersChanged, this, [this, apply](const QueueParameters &changed) {
        apply(changed);
        LabSettings *settings = context().settings;
        if (!settings)
            return;
        for (const auto &[key, member] : keys)
            settings->setLessonValue(context().lessonId, u"queue-"_s + key, changed.*member);
    });
}

CounterParameters SharedStateLessonPage::savedCounterParameters() const
{
    CounterParameters parameters;
    if (const LabSettings *settings = context().settings) {
        parameters.units = settings->lessonValue(context().lessonId, u"units"_s, parameters.units).toInt();
        parameters.increments = settings->lessonValue(context().lessonId, u"increments"_s, parameters.increments).toInt();
        parameters.widenWindow = settings->lessonValue(context().lessonId, u"widen"_s, parameters.widenWindow).toBool();
    }
    // The command line wins for this start (its values were checked before the window opened).
    const QMap<QString, QString> &given = context().commandLine;
    if (given.contains(u"units"_s))
        parameters.units = given.value(u"units"_s).toInt();
    if (given.contains(u"increments"_s))
        parameters.increments = given.value(u"increments"_s).toInt();
    parameters.units = std::clamp(parameters.units, 1, CounterParameters::mostUnits);
    parameters.increments = std::clamp(parameters.increments, 1, CounterParameters::mostIncrements);
    return parameters;
}

void SharedStateLessonPage::applyCounterParameters(const CounterParameters &parameters)
{
    const QList<DemoId> demos = SharedStateLesson::threadCounterDemos() + SharedStateLesson::coroutineCounterDemos()
        + SharedStateLesson::processCounterDemos();
    for (const DemoId &id : demos) {
        if (auto *runner = dynamic_cast<CounterRunner *>(context().runnerOf(id)))
            runner->setParameters(parameters);
    }
}
