// SPDX-License-Identifier: MIT
#include "viewoptions.h"

#include "labsettings.h"
#include "spinnerwidget.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

ViewOptions::ViewOptions(QWidget *window, LabSettings *settings, QMenu *viewMenu)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_highContrast(new QAction(tr("&High Contrast"), this))
    , m_reducedMotion(new QAction(tr("Re&duced Motion"), this))
{
    m_highContrast->setObjectName(u"highContrastAction"_s);
    m_highContrast->setCheckable(true);
    m_highContrast->setToolTip(tr("White on black, selection and focus in yellow: for a projector in a bright room"));
    m_reducedMotion->setObjectName(u"reducedMotionAction"_s);
    m_reducedMotion->setCheckable(true);
    m_reducedMotion->setToolTip(tr("Spinners count a few steps a second instead of turning; a frozen loop "
                                   "still stops the count"));
    viewMenu->addSeparator();
    viewMenu->addAction(m_highContrast);
    viewMenu->addAction(m_reducedMotion);

    m_highContrast->setChecked(m_settings->highContrast());
    m_reducedMotion->setChecked(m_settings->reducedMotion());
    applyHighContrast(m_highContrast->isChecked());
    applyReducedMotion(m_reducedMotion->isChecked());
    connect(m_highContrast, &QAction::toggled, this, [this](bool on) {
        m_settings->setHighContrast(on);
        applyHighContrast(on);
    });
    connect(m_reducedMotion, &QAction::toggled, this, [this](bool on) {
        m_settings->setReducedMotion(on);
        applyReducedMotion(on);
    });
}

ViewOptions::~ViewOptions()
{
    // The palette is the application's: the next window (a test's, a restart's) starts from its own.
    applyHighContrast(false);
}

QPalette ViewOptions::highContrastPalette()
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xeb, 0x3b);
    const QColor grey(0xc8, 0xc8, 0xc8);
    QPalette palette(white, black);   // button text, button (and what QPalette derives from them)
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor text = group == QPalette::Disabled ? grey : white;
        palette.setColor(group, QPalette::Window, black);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, black);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, black);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, yellow);
        palette.setColor(group, QPalette::Highlight, yellow);
        palette.setColor(group, QPalette::HighlightedText, black);
        palette.setColor(group, QPalette::ToolTipBase, yellow);
        palette.setColor(group, QPalette::ToolTipText, black);
        palette.setColor(group, QPalette::PlaceholderText, grey);
        palette.setColor(group, QPalette::Link, QColor(0x66, 0xe0, 0xff));
        palette.setColor(group, QPalette::LinkVisited, QColor(0xe0, 0x99, 0xff));
        palette.setColor(group, QPalette::Light, white);
        palette.setColor(group, QPalette::Midlight, grey);
        palette.setColor(group, QPalette::Mid, grey);
        palette.setColor(group, QPalette::Dark, grey);
        palette.setColor(group, QPalette::Shadow, white);
    }
    return palette;
}

void ViewOptions::applyHighContrast(bool on)
{
    if (on == m_highContrastApplied)
        return;
    if (on) {
        m_normalPalette = QApplication::palette();
        QApplication::setPalette(highContrastPalette());
    } else {
        QApplication::setPalette(m_normalPalette);
    }
    m_highContrastApplied = on;
}

void ViewOptions::applyReducedMotion(bool on)
{
    if (!m_window)
        return;
    const QList<SpinnerWidget *> spinners = m_window->findChildren<SpinnerWidget *>();
    for (SpinnerWidget *spinner : spinners)
        spinner->setReducedMotion(on);
}
