// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"
#include "labsettings.h"
#include "trace.h"

#include <QMainWindow>

#include <chrono>
#include <map>
#include <memory>

class DemoPanel;
class DemoRunner;
class QDoubleSpinBox;

// The main window: composition and menus only. It owns the trace and the runners (declared after the
// data they write to, so they are destroyed first), the demo panels, and the remembered settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DemoRunner *runner(DemoKind kind) const;
    DemoPanel *panel(DemoKind kind) const;
    Trace *trace() { return &m_trace; }

    std::chrono::milliseconds slowTaskDuration() const;
    // Clamped to the allowed range; shown in the window and remembered.
    void setSlowTaskDuration(std::chrono::milliseconds duration);

public Q_SLOTS:
    void runDemo(DemoKind kind);
    void runAll();
    void cancelAll();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createLessonPage();
    void createMenus();
    void saveScreenshotInteractively();
    void showAbout();

    LabSettings m_settings;
    Trace m_trace;
    std::map<DemoKind, std::unique_ptr<DemoRunner>> m_runners;
    std::map<DemoKind, DemoPanel *> m_panels;
    QDoubleSpinBox *m_durationBox = nullptr;
};
