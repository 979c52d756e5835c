// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;

// Help > Keyboard Shortcuts: every key of the window, read from its actions (the menus' and the
// window's own), so the list cannot drift from what the keys do. GUI thread only.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry {
        QString keys;     // as the platform writes them, e.g. "Ctrl+B"
        QString action;   // the action's text without its mnemonic, e.g. "Block the Loop"
        QString menu;     // the menu it is in, without mnemonic; empty for the window's own
    };
    // Every enabled-or-not action of `window` with a shortcut, in menu order, then the window's own.
    static QList<Entry> entriesOf(const QMainWindow *window);

    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);
};
