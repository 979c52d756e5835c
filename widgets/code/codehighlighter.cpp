// SPDX-License-Identifier: MIT
#include "codehighlighter.h"

#include "palettetone.h"

#include <QFont>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

CodeHighlighter::CodeHighlighter(SourceListing::Language language, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    updateFormats(QPalette());  // no rehighlight here: the subclass is not built yet
}

void CodeHighlighter::setPalette(const QPalette &palette)
{
    updateFormats(palette);
    rehighlight();
}

void CodeHighlighter::updateFormats(const QPalette &palette)
{
    const bool dark = PaletteTone::isDark(palette);
    struct Style {
        const char *light;
        const char *dark;
        bool bold = false;
        bool italic = false;
    };
    static constexpr Style styles[int(Role::Count)] = {
        {"#0b3d91", "#82aaff", true},   // Keyword
        {"#6f2c91", "#c792ea"},         // Type
        {"#0a6b1a", "#b5e08d"},         // String
        {"#5f6368", "#9aa3ad", false, true},  // Comment
        {"#a0410d", "#f5a66e"},         // Number
        {"#7a4f00", "#e6c07b"},         // Preprocessor
        {"#a3005a", "#ff9ed2", true},   // Marker
        {nullptr, nullptr, true},       // Header: palette text
    };
    for (int i = 0; i < int(Role::Count); ++i) {
        const Style &style = styles[i];
        QTextCharFormat format;
        if (style.light)
            format.setForeground(QColor(QLatin1StringView(dark ? style.dark : style.light)));
        else
            format.setForeground(palette.color(QPalette::Text));
        if (style.bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(style.italic);
        m_formats[i] = format;
    }
    // The marker stands out from the comment around it: a light underline of its own colour.
    m_formats[int(Role::Marker)].setUnderlineStyle(QTextCharFormat::SingleUnderline);
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    if (currentBlock().blockFormat().boolProperty(HeaderProperty)) {
        apply(0, text.size(), Role::Header);
        setCurrentBlockState(0);  // a file starts: nothing open
        return;
    }
    setCurrentBlockState(highlightCode(text, qMax(0, previousBlockState())));
    const qsizetype marker = SourceListing::markerColumn(text, m_language);
    if (marker >= 0)
        apply(marker, text.size() - marker, Role::Marker);
}

void CodeHighlighter::apply(qsizetype start, qsizetype length, Role role)
{
    if (length > 0)
        setFormat(int(start), int(length), m_formats[int(role)]);
}

qsizetype CodeHighlighter::quotedLength(const QString &text, qsizetype start)
{
    const QChar quote = text.at(start);
    qsizetype i = start + 1;
    while (i < text.size()) {
        if (text.at(i) == u'\\') {
            i += 2;
            continue;
        }
        if (text.at(i) == quote)
            return i + 1 - start;
        ++i;
    }
    return text.size() - start;
}

qsizetype CodeHighlighter::numberLength(const QString &text, qsizetype start)
{
    qsizetype i = start;
    while (i < text.size()) {
        const QChar c = text.at(i);
        // digits, hex digits, separators, exponent signs, suffixes (0x1F, 1'000, 3.5e-2, 10ms, 0.1)
        if (c.isLetterOrNumber() || c == u'.' || c == u'\'' || c == u'_'
            || ((c == u'-' || c == u'+') && i > start && (text.at(i - 1) == u'e' || text.at(i - 1) == u'E'))) {
            ++i;
            continue;
        }
        break;
    }
    return i - start;
}

qsizetype CodeHighlighter::identifierLength(const QString &text, qsizetype start)
{
    qsizetype i = start;
    while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
        ++i;
    return i - start;
}
