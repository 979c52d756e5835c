// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

class WaysRunner;

// The output of one of part A's runs, line by line as it is printed, so the order in which code ran
// can be read: "+0.00 s  A: its body starts..." A view of a runner it does not own. GUI thread.
class WaysOutputView : public QPlainTextEdit
{
    Q_OBJECT
public:
    WaysOutputView(WaysRunner *runner, const QString &title, QWidget *parent = nullptr);
    QSize sizeHint() const override;
};
