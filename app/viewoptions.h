// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>
#include <QPointer>

class LabSettings;
class QAction;
class QMenu;
class QWidget;

// View > High Contrast and View > Reduced Motion: checkable, remembered in the settings, applied at
// once. High contrast makes highContrastPalette() the application's palette (the palette it had
// before comes back when it is turned off); reduced motion makes every spinner of `window` step a few
// times a second instead of turning (SpinnerWidget::setReducedMotion). GUI thread only.
class ViewOptions : public QObject
{
    Q_OBJECT
public:
    // Adds both actions to `viewMenu` and applies what `settings` (outlives this) remembers.
    ViewOptions(QWidget *window, LabSettings *settings, QMenu *viewMenu);
    ~ViewOptions() override;

    QAction *highContrastAction() const { return m_highContrast; }
    QAction *reducedMotionAction() const { return m_reducedMotion; }

    // White on black, yellow for what is selected or focused, every disabled text still legible.
    static QPalette highContrastPalette();

private:
    void applyHighContrast(bool on);
    void applyReducedMotion(bool on);

    QPointer<QWidget> m_window;
    LabSettings *m_settings;
    QAction *m_highContrast;
    QAction *m_reducedMotion;
    QPalette m_normalPalette;   // the application palette before high contrast
    bool m_highContrastApplied = false;
};
