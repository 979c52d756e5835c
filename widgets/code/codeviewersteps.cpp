// SPDX-License-Identifier: MIT
// CodeViewer, part 2: the step list and the explanation under the listings.
#include "codeviewer.h"

#include "stepcatalog.h"

#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

using namespace Qt::Literals::StringLiterals;

namespace {

// Up to three dots of `colors`, for the step list and the file selector: who is there.
QIcon dotsIcon(const QList<QColor> &colors, QSize size, qreal dpr)
{
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal dot = size.height() * 2.0 / 3.0;
    qreal x = 0;
    for (const QColor &color : colors) {
        if (x + dot > size.width())
            break;
        painter.setBrush(color);
        painter.drawEllipse(QRectF(x, (size.height() - dot) / 2.0, dot, dot));
        x += dot + 2;
    }
    return QIcon(pixmap);
}

} // namespace

void CodeViewer::rebuildStepList()
{
    const QSignalBlocker blocker(m_stepList);
    m_stepList->clear();
    for (const QString &id : m_listing.stepIds()) {
        auto *item = new QListWidgetItem(StepCatalog::numberedTitle(m_demo, id), m_stepList);
        item->setData(Qt::UserRole, id);
    }
    m_stepList->setCurrentRow(int(m_listing.stepIds().indexOf(m_selectedStep)));
    updateStepItems();
    showExplanation();
}

void CodeViewer::updateStepItems()
{
    // The icons of the steps and of the files show the colours of the units that are there.
    const int height = m_stepList->fontMetrics().height();
    const QSize iconSize(3 * (height * 2 / 3 + 2), height);
    m_stepList->setIconSize(iconSize);
    m_fileCombo->setIconSize(iconSize);
    for (int row = 0; row < m_stepList->count(); ++row) {
        QListWidgetItem *item = m_stepList->item(row);
        const QString id = item->data(Qt::UserRole).toString();
        QStringList here;
        QList<QColor> colors;
        for (const UnitStep &unit : std::as_const(m_units)) {
            if (unit.stepId == id) {
                here.append(unit.unit.name());
                colors.append(unitColor(unit.unit));
            }
        }
        item->setIcon(dotsIcon(colors, iconSize, devicePixelRatioF()));
        item->setToolTip(here.isEmpty() ? QString() : tr("Here now: %1").arg(here.join(u", "_s)));
    }
    for (int part = 0; part < m_fileCombo->count(); ++part) {
        QList<QColor> colors;
        for (const UnitStep &unit : std::as_const(m_units)) {
            if (m_listing.cppLocation(unit.stepId).file == part)
                colors.append(unitColor(unit.unit));
        }
        m_fileCombo->setItemIcon(part, dotsIcon(colors, iconSize, devicePixelRatioF()));
    }
}

void CodeViewer::showExplanation()
{
    if (m_selectedStep.isEmpty()) {
        m_explanation->setText(tr("Select a step to see its line in both listings and what it does. "
                                  "While a demo runs, each execution unit is shown on the line it has "
                                  "reached, in a colour of its own."));
        return;
    }
    QString html = u"<p><b>%1</b></p><p>%2</p>"_s.arg(
        StepCatalog::numberedTitle(m_demo, m_selectedStep).toHtmlEscaped(),
        StepCatalog::explanation(m_demo, m_selectedStep).toHtmlEscaped());
    QStringList here;
    for (const UnitStep &unit : std::as_const(m_units)) {
        if (unit.stepId == m_selectedStep)
            here.append(unit.unit.name().toHtmlEscaped());
    }
    if (!here.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(tr("Here now: %1").arg(here.join(u", "_s)));
    m_explanation->setText(html);
}
