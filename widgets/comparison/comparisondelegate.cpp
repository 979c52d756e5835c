// SPDX-License-Identifier: MIT
#include "comparisondelegate.h"

#include "comparisoncatalog.h"
#include "comparisontablemodel.h"

#include <QFontDatabase>
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
        const QColor link = option->palette.color(QPalette::Link);
        option->palette.setColor(QPalette::Text, link);
    }
}
