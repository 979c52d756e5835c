// SPDX-License-Identifier: MIT
#include "codeeditor.h"

#include "cpphighlighter.h"
#include "pythonhighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

// The line-number area, as in Qt's codeeditor example: it only forwards to the editor.
class CodeEditorGutter : public QWidget
{
public:
    explicit CodeEditorGutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

namespace {

constexpr int StripWidth = 4;  // per mark, at the gutter's left edge
constexpr int MaxStrips = 3;

QColor blend(const QColor &base, const QColor &over, qreal alpha)
{
    return QColor::fromRgbF(float(base.redF() * (1 - alpha) + over.redF() * alpha),
                            float(base.greenF() * (1 - alpha) + over.greenF() * alpha),
                            float(base.blueF() * (1 - alpha) + over.blueF() * alpha));
}

QColor textColorOn(const QColor &background)
{
    // Relative luminance, roughly: dark text on light colours, white on dark ones.
    const qreal y = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return y > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new CodeEditorGutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setUndoRedoEnabled(false);

    // Only the family is set: the size still comes from the parent and the application font, so
    // a classroom zoom of the app font zooms the code too.
    QFont fixed;
    fixed.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    fixed.setStyleHint(QFont::Monospace);
    fixed.setFixedPitch(true);
    setFont(fixed);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterGeometry);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateFontMetrics();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setParts(SourceListing::Language language, const QList<Part> &parts)
{
    m_marks.clear();
    m_currentStepBlock = -1;
    m_headerBlocks.clear();
    m_firstLineBlocks.clear();
    m_partLineCounts.clear();
    delete m_highlighter;

    QStringList all;
    for (const Part &part : parts) {
        m_headerBlocks.append(part.title.isEmpty() ? -1 : int(all.size()));
        if (!part.title.isEmpty())
            all.append(part.title);
        m_firstLineBlocks.append(int(all.size()));
        m_partLineCounts.append(int(part.lines.size()));
        all.append(part.lines);
    }
    setPlainText(all.join(u'\n'));

    QTextBlockFormat header;
    header.setProperty(CodeHighlighter::HeaderProperty, true);
    header.setBackground(blend(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.10));
    header.setTopMargin(4);
    for (int block : std::as_const(m_headerBlocks)) {
        if (block >= 0)
            QTextCursor(document()->findBlockByNumber(block)).setBlockFormat(header);
    }

    if (language == SourceListing::Language::Python)
        m_highlighter = new PythonHighlighter(document());
    else
        m_highlighter = new CppHighlighter(document());
    m_highlighter->setPalette(palette());  // highlights now, not on the next event loop turn
    updateExtraSelections();
    updateGutterGeometry();
}

int CodeEditor::blockFor(int part, int line) const
{
    if (part < 0 || part >= m_firstLineBlocks.size() || line < 0 || line >= m_partLineCounts.at(part))
        return -1;
    return m_firstLineBlocks.at(part) + line;
}

int CodeEditor::headerBlock(int part) const
{
    if (part < 0 || part >= m_headerBlocks.size())
        return -1;
    return m_headerBlocks.at(part) >= 0 ? m_headerBlocks.at(part) : m_firstLineBlocks.at(part);
}

int CodeEditor::partOfBlock(int block) const
{
    for (int part = int(m_firstLineBlocks.size()) - 1; part >= 0; --part) {
        if (block >= headerBlock(part))
            return block < m_firstLineBlocks.at(part) + m_partLineCounts.at(part) ? part : -1;
    }
    return -1;
}

int CodeEditor::lineOfBlock(int block) const
{
    const int part = partOfBlock(block);
    return part < 0 || block < m_firstLineBlocks.at(part) ? -1 : block - m_firstLineBlocks.at(part);
}

void CodeEditor::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    updateExtraSelections();
    m_gutter->update();
    viewport()->update();
}

void CodeEditor::setCurrentStepBlock(int block)
{
    m_currentStepBlock = block;
    updateExtraSelections();
    m_gutter->update();
}

void CodeEditor::revealBlock(int block, bool atTop)
{
    if (block < 0 || block >= blockCount())
        return;
    QScrollBar *bar = verticalScrollBar();
    const int visible = qMax(1, viewport()->height() / qMax(1, fontMetrics().lineSpacing()));
    if (atTop) {
        bar->setValue(block);
    } else if (block < bar->value() || block >= bar->value() + visible - 1) {
        bar->setValue(block - visible / 2);
    }
}

QColor CodeEditor::lineTint(const QColor &markColor) const
{
    const QColor base = palette().color(QPalette::Base);
    return blend(base, markColor, base.lightnessF() < 0.5 ? 0.45 : 0.32);
}

bool CodeEditor::event(QEvent *event)
{
    const bool result = QPlainTextEdit::event(event);
    switch (event->type()) {
    case QEvent::FontChange:
        updateFontMetrics();
        break;
    case QEvent::PaletteChange:
        if (m_highlighter)
            m_highlighter->setPalette(palette());
        updateExtraSelections();
        break;
    default:
        break;
    }
    return result;
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeEditor::updateFontMetrics()
{
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    updateGutterGeometry();
}

int CodeEditor::gutterWidth() const
{
    int longest = 1;
    for (int count : m_partLineCounts)
        longest = qMax(longest, count);
    const int digits = int(QString::number(longest).size());
    const QFontMetrics fm = fontMetrics();
    return StripWidth * MaxStrips + fm.horizontalAdvance(u'9') * digits + fm.horizontalAdvance(u"\u25B6"_s) + 8;
}

void CodeEditor::updateGutterGeometry()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
    m_gutter->update();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto lineSelection = [this](int block, const QColor &background) {
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(background);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(document()->findBlockByNumber(block));
        selection.cursor.clearSelection();
        return selection;
    };
    if (m_currentStepBlock >= 0 && m_currentStepBlock < blockCount())
        selections.append(lineSelection(m_currentStepBlock, lineTint(palette().color(QPalette::Mid))));
    for (const Mark &mark : std::as_const(m_marks)) {
        if (mark.block >= 0 && mark.block < blockCount())
            selections.append(lineSelection(mark.block, lineTint(mark.color)));
    }
    setExtraSelections(selections);
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    const QFontMetrics fm = fontMetrics();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int numberRight = m_gutter->width() - 4;
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        const int number = block.blockNumber();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int y = qRound(top);
            const int lineHeight = qRound(height);
            int strip = 0;
            for (const Mark &mark : std::as_const(m_marks)) {
                if (mark.block == number && strip < MaxStrips)
                    painter.fillRect(StripWidth * strip++, y, StripWidth - 1, lineHeight, mark.color);
            }
            const int line = lineOfBlock(number);
            const bool current = number == m_currentStepBlock;
            QFont font = painter.font();
            font.setBold(current || strip > 0);
            painter.setFont(font);
            painter.setPen(current || strip > 0 ? palette().color(QPalette::WindowText)
                                                : palette().color(QPalette::PlaceholderText));
            if (line >= 0) {
                painter.drawText(0, y, numberRight, fm.height(), Qt::AlignRight, QString::number(line + 1));
            }
            if (current) {
                painter.drawText(StripWidth * MaxStrips, y, fm.horizontalAdvance(u"\u25B6"_s), fm.height(),
                                 Qt::AlignLeft, u"\u25B6"_s);
            }
        }
        block = block.next();
        top += height;
    }
}

void CodeEditor::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_marks.isEmpty())
        return;

    // The unit labels: pills after the text of each marked line, in the order of the marks.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    labelFont.setBold(true);
    painter.setFont(labelFont);
    const QFontMetrics fm(labelFont);
    const int padding = fm.horizontalAdvance(u' ');
    const qreal margin = document()->documentMargin();

    QList<int> blocks;
    for (const Mark &mark : std::as_const(m_marks)) {
        if (!blocks.contains(mark.block))
            blocks.append(mark.block);
    }
    for (int number : std::as_const(blocks)) {
        const QTextBlock block = document()->findBlockByNumber(number);
        if (!block.isValid() || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QRectF rect = blockBoundingGeometry(block).translated(contentOffset());
        if (rect.bottom() < event->rect().top() || rect.top() > event->rect().bottom())
            continue;
        const QTextLine line = block.layout()->lineAt(0);
        QList<std::pair<QString, QColor>> pills;
        qreal total = 0;
        for (const Mark &mark : std::as_const(m_marks)) {
            if (mark.block == number) {
                const QString text = u"\u25C0 "_s + mark.label;
                pills.append({text, mark.color});
                total += fm.horizontalAdvance(text) + 2 * padding + padding;
            }
        }
        qreal x = rect.left() + margin + line.naturalTextWidth() + 2 * padding;
        x = std::min(x, viewport()->width() - total);
        x = std::max(x, rect.left() + margin);
        const qreal height = std::min<qreal>(fm.height() + 2, line.height());
        const qreal y = rect.top() + line.y() + (line.height() - height) / 2;
        for (const auto &[text, color] : std::as_const(pills)) {
            const qreal width = fm.horizontalAdvance(text) + 2 * padding;
            QPainterPath path;
            path.addRoundedRect(QRectF(x, y, width, height), height / 2, height / 2);
            painter.fillPath(path, color);
            painter.setPen(textColorOn(color));
            painter.drawText(QRectF(x, y, width, height), Qt::AlignCenter, text);
            x += width + padding;
        }
    }
}
