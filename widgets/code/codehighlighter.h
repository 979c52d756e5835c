// SPDX-License-Identifier: MIT
#pragma once

#include "sourcelisting.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

// Base of the code viewer's highlighters: a small left-to-right scanner shared by the C++ and
// Python ones (keywords, types, strings, comments, numbers), then the step marker comment
// (`// step: <id>`, `# step: <id>`) on top, emphasised. Blocks whose format has the header
// property (see isHeaderBlock()) are file headers of a multi-file listing and get the header format.
// GUI thread only, like the document it colours.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    // QTextBlockFormat property marking a header block (bool).
    static constexpr int HeaderProperty = QTextFormat::UserProperty + 1;

    enum class Role { Keyword, Type, String, Comment, Number, Preprocessor, Marker, Header, Count };

    SourceListing::Language language() const { return m_language; }
    // Picks colours that read well on `palette` (light or dark base) and rehighlights.
    void setPalette(const QPalette &palette);
    QTextCharFormat format(Role role) const { return m_formats[int(role)]; }

protected:
    CodeHighlighter(SourceListing::Language language, QTextDocument *document);

    void highlightBlock(const QString &text) final;
    // Colours the code of one line. `state` is previousBlockState(); returns the state to carry to
    // the next line (0: nothing open, >0: a multi-line comment or string is open).
    virtual int highlightCode(const QString &text, int state) = 0;

    // Helpers for subclasses.
    void apply(qsizetype start, qsizetype length, Role role);
    // Length of the quoted string starting at `start` (on the quote), closing quote included;
    // up to the end of the line when it does not close.
    static qsizetype quotedLength(const QString &text, qsizetype start);
    static qsizetype numberLength(const QString &text, qsizetype start);
    static qsizetype identifierLength(const QString &text, qsizetype start);
    static bool isIdentifierStart(QChar c) { return c.isLetter() || c == u'_'; }

private:
    void updateFormats(const QPalette &palette);

    SourceListing::Language m_language;
    QTextCharFormat m_formats[int(Role::Count)];
};
