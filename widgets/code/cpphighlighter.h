// SPDX-License-Identifier: MIT
#pragma once

#include "codehighlighter.h"

// C++ for the code viewer: keywords, Qt and standard types, strings and characters, comments
// (with /* */ across lines), numbers, preprocessor lines and step markers. GUI thread only.
class CppHighlighter : public CodeHighlighter
{
    Q_OBJECT
public:
    explicit CppHighlighter(QTextDocument *document);

protected:
    int highlightCode(const QString &text, int state) override;
};
