// SPDX-License-Identifier: MIT
#include "waysoutputview.h"

#include "waysrunner.h"

#include <QFontDatabase>

WaysOutputView::WaysOutputView(WaysRunner *runner, const QString &title, QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);   // keyboard users move on with Tab, as from any other field
    //: %1: the demo's title
    setAccessibleName(tr("Output of %1").arg(title));
    setPlaceholderText(tr("Run the demo: its output appears here, in the order it was printed."));
    for (const QString &line : runner->lines())
        appendPlainText(line);
    connect(runner, &WaysRunner::linesReset, this, &QPlainTextEdit::clear);
    connect(runner, &WaysRunner::lineAdded, this, &QPlainTextEdit::appendPlainText);
}

QSize WaysOutputView::sizeHint() const
{
    // About eight lines: a run prints six to ten.
    return {QPlainTextEdit::sizeHint().width(), fontMetrics().lineSpacing() * 8 + 2 * frameWidth() + 8};
}
