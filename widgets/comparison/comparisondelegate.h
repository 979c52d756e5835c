// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStyledItemDelegate>

#include <utility>

// Paints the comparison models' roles the way the panel shows them: cells whose row or column is
// about the active demo get a tinted background (HighlightRole), demo links are underlined in the
// link colour (DemoLinkRole), code is monospace (CodeRole) and is not broken at identifiers. Fonts follow the view's font, so the
// text scales with the application font. Works on ComparisonTableModel, ComparisonCatalog and
// proxies of them (the roles share their meaning). Occurrences of the filter's text are marked in
// the cells (setMatchText()).
class ComparisonDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The tint of highlighted cells, from the palette (so it follows dark and high-contrast themes).
    static QColor highlightColor(const QPalette &palette);
    // `text` with zero-width spaces where identifiers may break (after "::", ".", "/", "_", before
    // "("), so "QThread::setStackSize()" wraps in a narrow column instead of being clipped.
    static QString breakableText(const QString &text);
    // Where `needle` occurs in `text` (case-insensitively, ignoring the zero-width spaces of
    // breakableText()), as (start, length) pairs in `text`.
    static QList<std::pair<int, int>> matches(const QString &text, const QString &needle);

    // Occurrences of `text` in the cells are marked (the comparison filter's text); empty: none.
    void setMatchText(const QString &text) { m_matchText = text; }
    QString matchText() const { return m_matchText; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QString m_matchText;
};
