// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "demolisting.h"
#include "executionunit.h"

#include <optional>

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class CodeEditor;
class PythonConsole;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;

// Where one execution unit is: the step it has reached. The unit is a value (never its translated
// name, which only the viewer shows).
struct UnitStep {
    ExecutionUnit unit;
    QString stepId;
    friend bool operator==(const UnitStep &, const UnitStep &) = default;
};

// The code viewer: for one demo, its real C++ source (all its files, one after another, each after a
// header line) beside its Python counterpart, highlighted, with the demo's steps listed below and
// the selected step explained. Execution units are shown on the line of the step they have reached,
// in both listings: a colour per unit (Okabe-Ito, colour-blind safe) and a label after the line.
//
// "Run in Python" runs the Python counterpart with python3 in a console under the listings
// (PythonConsole), hidden until the first run; the run stays there when another demo is shown.
//
// Child objectNames (for tests and style sheets): "cppView", "pythonView" (CodeEditor), "stepList"
// (QListWidget), "stepExplanation" (QLabel), "savePythonButton", "runPythonButton", "cppFileCombo",
// "pythonConsole" (PythonConsole).
// GUI thread only.
class CodeViewer : public QWidget
{
    Q_OBJECT
public:
    explicit CodeViewer(QWidget *parent = nullptr);
    ~CodeViewer() override;

    // The demo shown; its id is empty before the first setDemo().
    const Demo &demo() const { return m_demo; }
    // Shows the listings of `demo`; clears the units and the selected step.
    void setDemo(const Demo &demo);
    // The loaded listings (with any marker errors, also shown in the viewer).
    const DemoListing &listing() const { return m_listing; }

    // Puts `unit` on step `stepId`, keeping the other units where they are, and scrolls
    // both listings to it; an empty `stepId` removes the unit. Unknown steps remove it too.
    void highlightStep(const QString &stepId, const ExecutionUnit &unit);
    // Replaces all units at once (a unit listed twice: the last entry wins).
    void setUnitSteps(const QList<UnitStep> &steps);
    QList<UnitStep> unitSteps() const { return m_units; }
    // Removes every unit (the selected step stays).
    void clearHighlights();
    // The colour of a unit currently shown; invalid if it is not shown.
    QColor unitColor(const ExecutionUnit &unit) const;

    // Selects step `stepId` as if chosen in the step list: marks its line in both listings and
    // shows its explanation. An empty id clears the selection.
    void selectStep(const QString &stepId);
    QString selectedStep() const { return m_selectedStep; }

    // Writes the demo's Python example to `path` (atomically, QSaveFile). On failure returns false
    // and, if `errorString` is given, a translated reason.
    bool savePythonExample(const QString &path, QString *errorString = nullptr) const;
    // "Save Python Example..." (asks for a file); for menus. Owned by the viewer.
    QAction *savePythonAction() const { return m_saveAction; }
    // "Run in Python" (runPythonExample(), Ctrl+Shift+P) and "Stop Python" (the console's Stop),
    // for menus. Owned by the viewer.
    QAction *runPythonAction() const { return m_runAction; }
    QAction *stopPythonAction() const { return m_stopAction; }
    // The console the Python runs write to.
    PythonConsole *pythonConsole() const { return m_console; }

    // The Okabe-Ito colours given to units, in the order they are handed out.
    static QList<QColor> unitPalette();

public Q_SLOTS:
    // Asks for a file name, then saves; a translated message box on failure.
    void savePythonExampleInteractively();
    // Runs the shown demo's Python counterpart in the console: `python3 -B <its pythonOptions>
    // <file>` in a folder holding its lesson's whole Python set (unpacked once per process). A run
    // still going is stopped first. Shows the console.
    void runPythonExample();

Q_SIGNALS:
    // The user (or selectStep()) selected a step in the step list.
    void stepSelected(const QString &stepId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The listings side by side when each gets about 60 columns, else one above the other.
    void updateListingsOrientation();
    void retranslate();
    void rebuildStepList();
    void updateStepItems();
    void updateMarks(const std::optional<ExecutionUnit> &revealUnit);
    void showExplanation();
    void showConsole();
    int cppBlockOf(const QString &stepId) const;
    int pythonBlockOf(const QString &stepId) const;
    QColor colorFor(const ExecutionUnit &unit);

    Demo m_demo;
    DemoListing m_listing;
    QList<UnitStep> m_units;
    QList<std::pair<ExecutionUnit, int>> m_unitColors;  // unit -> index into unitPalette()
    QString m_selectedStep;

    QLabel *m_title = nullptr;
    QLabel *m_cppCaption = nullptr;
    QLabel *m_pythonCaption = nullptr;
    QComboBox *m_fileCombo = nullptr;
    CodeEditor *m_cppView = nullptr;
    CodeEditor *m_pythonView = nullptr;
    QListWidget *m_stepList = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_stopAction = nullptr;
    PythonConsole *m_console = nullptr;
    QSplitter *m_codeSplitter = nullptr;
    QSplitter *m_mainSplitter = nullptr;
};
