// SPDX-License-Identifier: MIT
#pragma once

#include "codehighlighter.h"
#include "sourcelisting.h"

#include <QColor>
#include <QList>
#include <QPlainTextEdit>
#include <QPointer>


// A read-only source view for the code viewer: one or more files one after another (each after a
// header line naming it), syntax-highlighted, with a gutter of per-file line numbers, and marks:
// coloured lines with a small label after the line's text (which execution unit is there), plus
// one "current step" line. Text can be selected and copied. The font is the system's fixed-pitch
// family at the size inherited from the parent/application font, so it zooms with it.
// GUI thread only.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Part {
        QString title;      // the header line; empty: no header (a single file)
        QStringList lines;  // the file's lines, as SourceListing::lines() gives them
    };
    struct Mark {
        int block = -1;     // block (= line of the document) to mark
        QString label;      // shown after the line's text, e.g. "worker TID 1234"
        QColor color;       // opaque; the line gets a tint of it
    };

    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Replaces the text and the highlighter; clears the marks.
    void setParts(SourceListing::Language language, const QList<Part> &parts);
    int partCount() const { return int(m_headerBlocks.size()); }
    // Block of 0-based `line` of part `part`; -1 when out of range.
    int blockFor(int part, int line) const;
    // Header block of `part` (the first line of the part when it has no header); -1 if none.
    int headerBlock(int part) const;
    // Part and 0-based line of `block`; line -1 for a header block.
    int partOfBlock(int block) const;
    int lineOfBlock(int block) const;

    void setMarks(const QList<Mark> &marks);
    QList<Mark> marks() const { return m_marks; }
    // The line selected in the step list (a neutral tint and an arrow in the gutter); -1: none.
    void setCurrentStepBlock(int block);
    int currentStepBlock() const { return m_currentStepBlock; }

    // Scrolls so `block` is visible (centred if it was not), without moving the text cursor, so a
    // selection being copied survives follow mode. `atTop`: put it at the top instead.
    void revealBlock(int block, bool atTop = false);

    CodeHighlighter *highlighter() const { return m_highlighter; }
    // Tint behind a marked line, for a mark colour (also used by tests).
    QColor lineTint(const QColor &markColor) const;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    friend class CodeEditorGutter;
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);
    void updateGutterGeometry();
    void updateExtraSelections();
    void updateFontMetrics();

    QWidget *m_gutter = nullptr;
    QPointer<CodeHighlighter> m_highlighter;
    QList<int> m_headerBlocks;    // per part
    QList<int> m_firstLineBlocks; // per part
    QList<int> m_partLineCounts;  // per part
    QList<Mark> m_marks;
    int m_currentStepBlock = -1;
};
