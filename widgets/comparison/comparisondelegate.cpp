// SPDX-License-Identifier: MIT
#include "comparisondelegate.h"

#include "comparisoncatalog.h"
#include "comparisontablemodel.h"
#include "palettetone.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QTextLayout>
#include <QPalette>
#include <QRegularExpression>

// The catalog's and the table model's HighlightRole have different values; both are checked.
static_assert(int(ComparisonTableModel::HighlightRole) != int(ComparisonCatalog::HighlightRole));

QColor ComparisonDelegate::highlightColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = palette.color(QPalette::Highlight);
    constexpr double share = 0.28;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + accent.redF() * share),
                            float(base.greenF() * (1 - share) + accent.greenF() * share),
                            float(base.blueF() * (1 - share) + accent.blueF() * share));
}

QString ComparisonDelegate::breakableText(const QString &text)
{
    static const QRegularExpression after(QStringLiteral("(::|(?<=[A-Za-z)\\]])[./_](?=[A-Za-z_]))"));
    static const QRegularExpression beforeParenthesis(QStringLiteral("(?<=\\w)(?=\\()"));
    QString result = text;
    result.replace(after, QStringLiteral("\\1\u200b"));
    result.replace(beforeParenthesis, QStringLiteral("\u200b"));
    return result;
}

void ComparisonDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);

    const bool catalog = qobject_cast<const ComparisonCatalog *>(index.model()) != nullptr;
    const int highlightRole = catalog ? int(ComparisonCatalog::HighlightRole) : int(ComparisonTableModel::HighlightRole);
    if (index.data(highlightRole).toBool()) {
        option->backgroundBrush = highlightColor(option->palette);
    }
    if (catalog)
        return;
    const bool code = index.data(ComparisonTableModel::CodeRole).toBool();
    if (!code)
        option->text = breakableText(option->text);
    if (code) {
        QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (option->font.pointSizeF() > 0)
            code.setPointSizeF(option->font.pointSizeF());
        else
            code.setPixelSize(option->font.pixelSize());
        option->font = code;
    }
    if (index.data(ComparisonTableModel::DemoLinkRole).isValid()) {
        option->font.setUnderline(true);
        // The palette's link colour, unless a dark palette kept the light one's dark blue (unreadable on
        // a dark base): the blue that stands out there.
        QColor link = option->palette.color(QPalette::Link);
        if (PaletteTone::isDark(option->palette) && qGray(link.rgb()) < 128)
            link = PaletteTone::blueOn(option->palette);
        option->palette.setColor(QPalette::Text, link);
    }
}

QList<std::pair<int, int>> ComparisonDelegate::matches(const QString &text, const QString &needle)
{
    QList<std::pair<int, int>> found;
    if (needle.isEmpty())
        return found;
    // Each character of the needle, with the zero-width spaces breakableText() may have put between.
    QString pattern;
    for (const QChar c : needle) {
        if (!pattern.isEmpty())
            pattern += QStringLiteral("\u200b?");
        pattern += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
    for (auto it = expression.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append({int(match.capturedStart()), int(match.capturedLength())});
    }
    return found;
}

void ComparisonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QList<std::pair<int, int>> found = matches(item.text, m_matchText);
    if (found.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell without its text (background, highlight, selection, focus), then the text laid out
    // as the style lays it out (same margins, same wrapping), with the matches marked.
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = textRect.adjusted(margin, 0, -margin, 0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(item.direction);
    textOption.setAlignment(QStyle::visualAlignment(item.direction, item.displayAlignment));
    QTextLayout layout(text, item.font);
    layout.setTextOption(textOption);
    const bool selected = item.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QTextCharFormat marked;
    // The selection colour behind, its text colour on it: readable in light, dark and high contrast.
    marked.setBackground(item.palette.color(selected ? QPalette::Base : QPalette::Highlight));
    marked.setForeground(item.palette.color(selected ? QPalette::Text : QPalette::HighlightedText));
    QList<QTextLayout::FormatRange> ranges;
    for (const auto &[start, length] : found)
        ranges.append({start, length, marked});
    layout.setFormats(ranges);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(area.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    qreal top = area.top();
    if (item.displayAlignment & Qt::AlignVCenter)
        top += (area.height() - height) / 2;
    else if (item.displayAlignment & Qt::AlignBottom)
        top += area.height() - height;
    painter->save();
    painter->setClipRect(textRect);
    painter->setPen(item.palette.color(item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled, textRole));
    layout.draw(painter, QPointF(area.left(), top));
    painter->restore();
}
