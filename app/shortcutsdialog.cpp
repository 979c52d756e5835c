// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

void collect(const QList<QAction *> &actions, const QString &menu, QList<ShortcutsDialog::Entry> &entries,
             QSet<const QAction *> &seen)
{
    for (const QAction *action : actions) {
        if (seen.contains(action))
            continue;
        seen.insert(action);
        if (const QMenu *submenu = action->menu()) {
            collect(submenu->actions(), action->iconText(), entries, seen);   // iconText(): no mnemonic
            continue;
        }
        for (const QKeySequence &keys : action->shortcuts()) {
            if (!keys.isEmpty())
                entries.append({keys.toString(QKeySequence::NativeText), action->iconText(), menu});
        }
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QMainWindow *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    collect(window->menuBar()->actions(), {}, entries, seen);
    collect(window->actions(), {}, entries, seen);
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<Entry> entries = entriesOf(window);
    auto *table = new QTableWidget(int(entries.size()), 3, this);
    table->setObjectName(u"shortcutsTable"_s);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Does"), tr("Menu")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &entry = entries.at(row);
        table->setItem(row, 0, new QTableWidgetItem(entry.keys));
        table->setItem(row, 1, new QTableWidgetItem(entry.action));
        table->setItem(row, 2, new QTableWidgetItem(entry.menu));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 90, fm.height() * 30);
}
