// SPDX-License-Identifier: MIT
#pragma once

#include "queueresult.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QSpinBox;

// Part B's settings: K consumers, J items, the queue's capacity C and each consumer's work W per
// item, with what they make: the producer is faster than K consumers working W ms each, so a
// queue of C fills up. GUI thread only.
class QueueControls : public QWidget
{
    Q_OBJECT
public:
    explicit QueueControls(QWidget *parent = nullptr);

    QueueParameters parameters() const;
    void setParameters(const QueueParameters &parameters);

Q_SIGNALS:
    // The user changed a value (not emitted by setParameters()).
    void parametersChanged(const QueueParameters &parameters);

private:
    QSpinBox *addSpinBox(const QString &label, const QString &accessibleName, const QString &objectName, int least, int most);
    void showEstimate();
    void changed();

    QSpinBox *m_consumers;
    QSpinBox *m_items;
    QSpinBox *m_capacity;
    QSpinBox *m_workMs;
    QLabel *m_estimate;
    QGridLayout *m_fields;   // the label and spin box pairs, two a row
};
