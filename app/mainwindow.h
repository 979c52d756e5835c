// SPDX-License-Identifier: MIT
#pragma once

#include "demoscheduler.h"
#include "framelog.h"
#include "labsettings.h"
#include "lessonregistry.h"
#include "trace.h"

#include <QMainWindow>

#include <chrono>
#include <map>
#include <memory>

class ClassroomZoom;
class DemoPanel;
class DemoRunner;
class LabDocks;
class LessonKeys;
class LessonPage;
class PresentationMode;
class QDoubleSpinBox;
class QTabWidget;
class ViewOptions;

// The main window: composition and menus only, all read from the lesson registry (a tab and a part
// of the Lesson menu per lesson, a runner per demo). It owns the trace, the frame log and the
// runners (declared after the data they write to, so they are destroyed first), the lesson pages,
// the docks and the settings. GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `lessonOptions`: the lessons' own command-line options (LabOptions::lessonOptions), checked.
    explicit MainWindow(LessonRegistry lessons, QMap<QString, QString> lessonOptions = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    const LessonRegistry &lessons() const { return m_lessonRegistry; }
    // The runner of demo `id`; null when no lesson registers it.
    DemoRunner *runner(const DemoId &id) const;
    // The panel that shows demo `id` on the page of the lesson that registers it.
    DemoPanel *panel(const DemoId &id) const;
    // The page of lesson `lessonId`, or null.
    // Opens the tab of lesson `lessonId` (no-op for an unknown id).
    void showLesson(const QString &lessonId);
    LessonPage *page(const QString &lessonId) const;
    // Every lesson page, in tab order.
    QList<LessonPage *> pages() const;
    // Writes the settings to disk now (the window's state is stored when it closes). Empty on
    // success; otherwise why not, translated.
    QString saveSettings() { return m_settings.save(); }
    Trace *trace() { return &m_trace; }
    FrameLog *frames() { return &m_frames; }
    LabDocks *docks() const { return m_docks; }
    // The keys 1-9 (the demos of the lesson on screen) and Page Down / Page Up (next / previous lesson).
    LessonKeys *lessonKeys() const { return m_lessonKeys; }

    ClassroomZoom *zoom() const { return m_zoom; }
    PresentationMode *presentationMode() const { return m_presentation; }
    // View > High Contrast and Reduced Motion.
    ViewOptions *viewOptions() const { return m_viewOptions; }

    std::chrono::milliseconds slowTaskDuration() const;
    // Clamped to the allowed range; shown in the window and remembered.
    void setSlowTaskDuration(std::chrono::milliseconds duration);
    // The same for this session only (the command line's --seconds): the remembered duration stays,
    // until the user changes the value in the window.
    void setSlowTaskDurationForThisSession(std::chrono::milliseconds duration);

public Q_SLOTS:
    // Runs demo `id` with the window's duration (where it takes one) and shows its lesson, code and
    // table rows.
    void runDemo(const DemoId &id);
    // Cancels every demo and lesson work, and stops the code viewer's Python run (Esc).
    void cancelAll();

public:
    // Whether demo `id` runs or waits for its turn (DemoScheduler).
    bool isBusy(const DemoId &id) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createLessons();
    void createDurationControl();   // the slow task's duration, in the menu bar's corner
    void createMenus();
    void createViewActions(QMenu *view);
    void createLessonMenu(QMenu *menu);
    void showLessonOf(const DemoId &id);
    LessonPage *currentPage() const;   // the page of the lesson tab shown
    QSize lessonRoomNeeded() const;
    void applyDefaultLayout();         // the first run's docks, for the window's size    // the window size a one-screen lesson page needs, docks aside
    void saveScreenshotInteractively();
    void showAbout();

    const LessonRegistry m_lessonRegistry;
    const QMap<QString, QString> m_lessonOptions;
    LabSettings m_settings;
    Trace m_trace;
    FrameLog m_frames;
    std::map<DemoId, std::unique_ptr<DemoRunner>> m_runners;
    DemoScheduler m_scheduler;
    QTabWidget *m_lessonTabs = nullptr;
    std::map<QString, LessonPage *> m_pages;   // lesson id -> its page (owned by the tabs)
    QDoubleSpinBox *m_durationBox = nullptr;
    bool m_durationForThisSession = false;   // the box shows a value that is not to be remembered
    ClassroomZoom *m_zoom = nullptr;
    PresentationMode *m_presentation = nullptr;
    ViewOptions *m_viewOptions = nullptr;
    QAction *m_cancelAllAction = nullptr;
    LabDocks *m_docks = nullptr;
    QMenu *m_lessonMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LessonKeys *m_lessonKeys = nullptr;
    bool m_restoredState = false;   // the docks were laid out as the user left them
    bool m_shownOnce = false;
    bool m_defaultLayoutPending = false;   // shown for the first time a moment ago: sizes follow
};
