// SPDX-License-Identifier: MIT
#include "comparisonlargeview.h"

#include "comparisontableview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr double textScale = 1.5;   // read from the back of the room
}

ComparisonLargeView::ComparisonLargeView(QAbstractItemModel *model, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_view(new ComparisonTableView(this))
{
    setObjectName(u"comparisonLargeView"_s);
    QFont large = font();
    if (large.pointSizeF() > 0)
        large.setPointSizeF(large.pointSizeF() * textScale);
    else
        large.setPixelSize(int(large.pixelSize() * textScale));
    setFont(large);
    m_title->setObjectName(u"largeTitle"_s);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_note->setObjectName(u"largeNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(u"largeTable"_s);
    m_view->setModel(model);
    connect(m_view, &ComparisonTableView::demoLinkActivated, this, &ComparisonLargeView::demoRequested);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    // Most of the screen the panel is on.
    const QScreen *on = parent ? parent->screen() : screen();
    if (on)
        resize(on->availableGeometry().size() * 0.85);
}

void ComparisonLargeView::setTexts(const QString &title, const QString &note)
{
    setWindowTitle(title);
    m_title->setText(u"<b><big>%1</big></b>"_s.arg(title.toHtmlEscaped()));
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_view->setAccessibleName(title);
}
