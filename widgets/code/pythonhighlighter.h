// SPDX-License-Identifier: MIT
#pragma once

#include "codehighlighter.h"

// Python for the code viewer: keywords, builtins, strings (prefixed, and triple-quoted across
// lines), comments, numbers, decorators and step markers. GUI thread only.
class PythonHighlighter : public CodeHighlighter
{
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument *document);

protected:
    int highlightCode(const QString &text, int state) override;
};
