// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"
#include "labsettings.h"
#include "trace.h"

#include <QMainWindow>

#include <chrono>
#include <map>
#include <memory>

class BlockLessonPage;
class DemoPanel;
class DemoRunner;
class LabDocks;
class QDoubleSpinBox;
class QTabWidget;
class SpinnerLessonPage;

// The main window: composition and menus only. It owns the trace and the runners (declared after the
// data they write to, so they are destroyed first), the lesson pages, the docks and the settings.
// GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DemoRunner *runner(DemoKind kind) const;
    // The panel that shows `kind` on its own lesson's page (lesson 1 for the coroutine demo).
    DemoPanel *panel(DemoKind kind) const;
    Trace *trace() { return &m_trace; }
    LabDocks *docks() const { return m_docks; }
    BlockLessonPage *blockLesson() const { return m_blockLesson; }

    std::chrono::milliseconds slowTaskDuration() const;
    // Clamped to the allowed range; shown in the window and remembered.
    void setSlowTaskDuration(std::chrono::milliseconds duration);

public Q_SLOTS:
    // Runs `kind` with the window's duration and shows its lesson, code and table rows.
    void runDemo(DemoKind kind);
    void runAll();
    void cancelAll();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createLessons();
    void createToolBar();
    void createMenus();
    void showLessonOf(DemoKind kind);
    void saveScreenshotInteractively();
    void showAbout();

    LabSettings m_settings;
    Trace m_trace;
    std::map<DemoKind, std::unique_ptr<DemoRunner>> m_runners;
    QTabWidget *m_lessons = nullptr;
    SpinnerLessonPage *m_spinnerLesson = nullptr;
    BlockLessonPage *m_blockLesson = nullptr;
    QDoubleSpinBox *m_durationBox = nullptr;
    LabDocks *m_docks = nullptr;
    bool m_restoredState = false;   // the docks were laid out as the user left them
    bool m_shownOnce = false;
};
