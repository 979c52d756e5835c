// SPDX-License-Identifier: MIT
#include "codeviewer.h"

#include "codeeditor.h"
#include "okabeito.h"
#include "pythonconsole.h"
#include "stepcatalog.h"
#include "windowkeys.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

QWidget *pane(QWidget *parent, QLayout *header, QWidget *body)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(body, 1);
    return widget;
}

} // namespace

CodeViewer::CodeViewer(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_cppCaption(new QLabel(this))
    , m_pythonCaption(new QLabel(this))
    , m_fileCombo(new QComboBox(this))
    , m_cppView(new CodeEditor(this))
    , m_pythonView(new CodeEditor(this))
    , m_stepList(new QListWidget(this))
    , m_explanation(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_saveButton(new QPushButton(this))
    , m_runButton(new QPushButton(this))
    , m_saveAction(new QAction(this))
    , m_runAction(new QAction(this))
    , m_stopAction(new QAction(this))
    , m_console(new PythonConsole(this))
{
    m_cppView->setObjectName(u"cppView"_s);
    m_pythonView->setObjectName(u"pythonView"_s);
    m_stepList->setObjectName(u"stepList"_s);
    m_explanation->setObjectName(u"stepExplanation"_s);
    m_saveButton->setObjectName(u"savePythonButton"_s);
    m_runButton->setObjectName(u"runPythonButton"_s);
    m_console->setObjectName(u"pythonConsole"_s);
    m_runAction->setObjectName(u"runPythonAction"_s);
    m_stopAction->setObjectName(u"stopPythonAction"_s);
    m_runAction->setShortcut(WindowKeys::runInPython());
    m_stopAction->setEnabled(false);
    m_fileCombo->setObjectName(u"cppFileCombo"_s);
    m_problems->setObjectName(u"listingProblems"_s);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);   // a long demo title may not make the dock wider
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_fileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pythonCaption->setMinimumHeight(m_fileCombo->sizeHint().height());  // both listings start level
    m_stepList->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_runButton);
    top->addWidget(m_saveButton);

    auto *cppHeader = new QHBoxLayout;
    cppHeader->addWidget(m_cppCaption, 1);
    cppHeader->addWidget(m_fileCombo);
    auto *pythonHeader = new QHBoxLayout;
    pythonHeader->addWidget(m_pythonCaption, 1);

    // Vertical until the viewer is wide enough (updateListingsOrientation()): side by side, the two
    // listings' minimum widths add up and would keep a narrow dock from being narrow.
    m_codeSplitter = new QSplitter(Qt::Vertical, this);
    m_codeSplitter->setObjectName(u"codeSplitter"_s);
    m_codeSplitter->addWidget(pane(m_codeSplitter, cppHeader, m_cppView));
    m_codeSplitter->addWidget(pane(m_codeSplitter, pythonHeader, m_pythonView));
    m_codeSplitter->setStretchFactor(0, 3);
    m_codeSplitter->setStretchFactor(1, 2);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_stepList, 2);
    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_explanation);
    textColumn->addWidget(m_problems);
    textColumn->addStretch(1);
    bottomLayout->addLayout(textColumn, 3);

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(u"codeViewerSplitter"_s);
    m_mainSplitter->addWidget(m_codeSplitter);
    m_mainSplitter->addWidget(m_console);
    m_mainSplitter->addWidget(bottom);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setStretchFactor(2, 1);
    m_mainSplitter->setCollapsible(1, false);   // the console's output never shrinks to nothing
    m_console->hide();   // until the first run

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_mainSplitter, 1);

    connect(m_stepList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        selectStep(item ? item->data(Qt::UserRole).toString() : QString());
    });
    connect(m_fileCombo, &QComboBox::activated, this, [this](int index) {
        m_cppView->revealBlock(m_cppView->headerBlock(index), true);
    });
    connect(m_cppView->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int firstBlock) {
        // The file at the middle of the view.
        const int lines = m_cppView->viewport()->height() / qMax(1, m_cppView->fontMetrics().lineSpacing());
        const int part = m_cppView->partOfBlock(qMin(firstBlock + lines / 2, m_cppView->blockCount() - 1));
        if (part >= 0) {
            const QSignalBlocker blocker(m_fileCombo);
            m_fileCombo->setCurrentIndex(part);
        }
    });
    connect(m_saveButton, &QPushButton::clicked, this, &CodeViewer::savePythonExampleInteractively);
    connect(m_saveAction, &QAction::triggered, this, &CodeViewer::savePythonExampleInteractively);
    connect(m_runButton, &QPushButton::clicked, this, &CodeViewer::runPythonExample);
    connect(m_runAction, &QAction::triggered, this, &CodeViewer::runPythonExample);
    connect(m_stopAction, &QAction::triggered, m_console, &PythonConsole::stop);
    connect(m_console, &PythonConsole::runningChanged, m_stopAction, &QAction::setEnabled);

    retranslate();
}

CodeViewer::~CodeViewer() = default;

QList<QColor> CodeViewer::unitPalette()
{
    // Okabe-Ito, in an order that keeps the first ones far apart; always with a label too.
    return {OkabeIto::blue(), OkabeIto::orange(), OkabeIto::bluishGreen(), OkabeIto::reddishPurple(),
            OkabeIto::vermillion(), OkabeIto::skyBlue(), OkabeIto::yellow()};
}

void CodeViewer::setDemo(const Demo &demo)
{
    m_demo = demo;
    m_units.clear();
    m_unitColors.clear();
    m_selectedStep.clear();
    m_listing = DemoListing::load(demo);

    QList<CodeEditor::Part> cppParts;
    const QSignalBlocker blocker(m_fileCombo);
    m_fileCombo->clear();
    for (const SourceListing &file : m_listing.cppFiles()) {
        // A rule with the path in it: "─── models/threadrunner.cpp ─────..."
        const QString rule(qMax(3, 76 - int(file.name().size())), QChar(0x2500));
        cppParts.append({u"\u2500\u2500\u2500 %1 %2"_s.arg(file.name(), rule), file.lines()});
        m_fileCombo->addItem(file.name());
    }
    m_fileCombo->setVisible(m_fileCombo->count() > 1);
    m_cppView->setParts(SourceListing::Language::Cpp, cppParts);
    m_pythonView->setParts(SourceListing::Language::Python, {{{}, m_listing.python().lines()}});

    const QStringList errors = m_listing.errors();
    m_problems->setText(tr("Step markers need fixing:") + u'\n' + errors.join(u'\n'));
    m_problems->setVisible(!errors.isEmpty());
    retranslate();
    rebuildStepList();
}

void CodeViewer::highlightStep(const QString &stepId, const ExecutionUnit &unit)
{
    QList<UnitStep> units = m_units;
    units.removeIf([&](const UnitStep &other) { return other.unit == unit; });
    if (!stepId.isEmpty() && m_listing.stepIds().contains(stepId))
        units.append({unit, stepId});
    m_units = units;
    updateMarks(unit);
}

void CodeViewer::setUnitSteps(const QList<UnitStep> &steps)
{
    QList<UnitStep> units;
    for (const UnitStep &step : steps) {
        units.removeIf([&](const UnitStep &other) { return other.unit == step.unit; });
        if (m_listing.stepIds().contains(step.stepId))
            units.append(step);
    }
    std::optional<ExecutionUnit> changed;
    for (const UnitStep &unit : std::as_const(units)) {
        if (!m_units.contains(unit)) {
            changed = unit.unit;
            break;
        }
    }
    m_units = units;
    updateMarks(changed);
}

void CodeViewer::clearHighlights()
{
    m_units.clear();
    updateMarks({});
}

QColor CodeViewer::unitColor(const ExecutionUnit &unit) const
{
    for (const auto &[shown, index] : m_unitColors) {
        if (shown == unit)
            return unitPalette().at(index);
    }
    return {};
}

QColor CodeViewer::colorFor(const ExecutionUnit &unit)
{
    const QColor known = unitColor(unit);
    if (known.isValid())
        return known;
    const QList<QColor> colors = unitPalette();
    int index = 0;
    auto used = [this](int i) {
        return std::any_of(m_unitColors.cbegin(), m_unitColors.cend(), [i](const auto &p) { return p.second == i; });
    };
    while (index < colors.size() && used(index))
        ++index;
    index %= int(colors.size());  // more units than colours: reuse
    m_unitColors.append({unit, index});
    return colors.at(index);
}

int CodeViewer::cppBlockOf(const QString &stepId) const
{
    const DemoListing::Location location = m_listing.cppLocation(stepId);
    return location.isValid() ? m_cppView->blockFor(location.file, location.line) : -1;
}

int CodeViewer::pythonBlockOf(const QString &stepId) const
{
    return m_pythonView->blockFor(0, m_listing.pythonLine(stepId));
}

void CodeViewer::updateMarks(const std::optional<ExecutionUnit> &revealUnit)
{
    // Units that left give their colour back.
    m_unitColors.removeIf([this](const auto &p) {
        return std::none_of(m_units.cbegin(), m_units.cend(), [&](const UnitStep &u) { return u.unit == p.first; });
    });
    QList<CodeEditor::Mark> cppMarks;
    QList<CodeEditor::Mark> pythonMarks;
    for (const UnitStep &unit : std::as_const(m_units)) {
        const QColor color = colorFor(unit.unit);
        cppMarks.append({cppBlockOf(unit.stepId), unit.unit.name(), color});
        pythonMarks.append({pythonBlockOf(unit.stepId), unit.unit.name(), color});
        if (unit.unit == revealUnit) {
            m_cppView->revealBlock(cppMarks.constLast().block);
            m_pythonView->revealBlock(pythonMarks.constLast().block);
        }
    }
    m_cppView->setMarks(cppMarks);
    m_pythonView->setMarks(pythonMarks);
    updateStepItems();
    showExplanation();
}

void CodeViewer::selectStep(const QString &stepId)
{
    const QString id = m_listing.stepIds().contains(stepId) ? stepId : QString();
    m_selectedStep = id;
    {
        const QSignalBlocker blocker(m_stepList);
        m_stepList->setCurrentRow(int(m_listing.stepIds().indexOf(id)));
    }
    const int cpp = id.isEmpty() ? -1 : cppBlockOf(id);
    const int python = id.isEmpty() ? -1 : pythonBlockOf(id);
    m_cppView->setCurrentStepBlock(cpp);
    m_pythonView->setCurrentStepBlock(python);
    m_cppView->revealBlock(cpp);
    m_pythonView->revealBlock(python);
    showExplanation();
    Q_EMIT stepSelected(id);
}

void CodeViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateListingsOrientation();
}

void CodeViewer::updateListingsOrientation()
{
    constexpr int columnsEach = 60;
    const int column = QFontMetrics(m_cppView->font()).horizontalAdvance(u'x');
    const Qt::Orientation wanted = width() >= 2 * columnsEach * column ? Qt::Horizontal : Qt::Vertical;
    if (m_codeSplitter->orientation() == wanted)
        return;
    m_codeSplitter->setOrientation(wanted);
    // Side by side the C++ gets the larger share (longer lines); stacked, the two get as many lines.
    const QList<int> sizes = m_codeSplitter->sizes();
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    m_codeSplitter->setSizes(wanted == Qt::Horizontal ? QList<int>{total * 3 / 5, total * 2 / 5} : QList<int>{total / 2, total / 2});
}

void CodeViewer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The file headers are part of the C++ document: reload, then put everything back.
        const QList<UnitStep> units = m_units;
        const QString selected = m_selectedStep;
        setDemo(m_demo);
        setUnitSteps(units);
        if (!selected.isEmpty())
            selectStep(selected);
    }
}

void CodeViewer::retranslate()
{
    m_title->setText(m_demo.title ? tr("%1: the C++ code and the Python code it mirrors").arg(m_demo.translatedTitle()) : QString());
    m_cppCaption->setText(tr("C++ and Qt"));
    // What a screen reader calls them (their captions are not their buddies).
    m_cppView->setAccessibleName(tr("C++ listing"));
    m_pythonView->setAccessibleName(tr("Python listing"));
    m_stepList->setAccessibleName(tr("Steps of the demo"));
    m_pythonCaption->setText(!m_demo.pythonCounterpart ? QString() : tr("%1 (%2)").arg(m_demo.translatedPythonCounterpart(),
                                              QFileInfo(m_listing.python().name()).fileName()));
    m_fileCombo->setToolTip(tr("Go to a file of this demo"));
    m_saveButton->setText(tr("Save Python Example..."));
    m_saveButton->setToolTip(tr("Save the Python version of this demo to run it with python3"));
    m_saveAction->setText(tr("Save Python Example..."));
    m_saveButton->setEnabled(!DemoListing::pythonResourcePath(m_demo.listings.pythonFile).isEmpty());
    m_saveAction->setEnabled(m_saveButton->isEnabled());
    m_runButton->setText(tr("Run in Python"));
    m_runButton->setToolTip(tr("Run the Python version of this demo with python3 and show its output here (%1)")
                                .arg(m_runAction->shortcut().toString(QKeySequence::NativeText)));
    m_runAction->setText(tr("&Run in Python"));
    m_runAction->setToolTip(m_runButton->toolTip());
    m_stopAction->setText(tr("S&top Python"));
    m_runButton->setEnabled(m_saveButton->isEnabled());
    m_runAction->setEnabled(m_saveButton->isEnabled());
}
