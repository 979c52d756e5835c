// SPDX-License-Identifier: MIT
#include "pythonhighlighter.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

// Block states: inside a triple-quoted string opened with """ or '''.
constexpr int InTripleDouble = 1;
constexpr int InTripleSingle = 2;

const QSet<QString> &keywords()
{
    static const QSet<QString> words{
        u"False"_s, u"None"_s, u"True"_s, u"and"_s, u"as"_s, u"assert"_s, u"async"_s, u"await"_s,
        u"break"_s, u"class"_s, u"continue"_s, u"def"_s, u"del"_s, u"elif"_s, u"else"_s,
        u"except"_s, u"finally"_s, u"for"_s, u"from"_s, u"global"_s, u"if"_s, u"import"_s,
        u"in"_s, u"is"_s, u"lambda"_s, u"nonlocal"_s, u"not"_s, u"or"_s, u"pass"_s, u"raise"_s,
        u"return"_s, u"try"_s, u"while"_s, u"with"_s, u"yield"_s,
    };
    return words;
}

const QSet<QString> &builtins()
{
    static const QSet<QString> words{
        u"print"_s, u"len"_s, u"range"_s, u"int"_s, u"float"_s, u"str"_s, u"bool"_s, u"list"_s,
        u"dict"_s, u"set"_s, u"tuple"_s, u"type"_s, u"object"_s, u"isinstance"_s, u"super"_s,
        u"self"_s, u"Exception"_s,
    };
    return words;
}

bool isStringPrefix(QStringView word)
{
    static const QSet<QString> prefixes{u"r"_s, u"b"_s, u"f"_s, u"u"_s, u"rb"_s, u"br"_s,
                                        u"fr"_s, u"rf"_s};
    return prefixes.contains(word.toString().toLower());
}

} // namespace

PythonHighlighter::PythonHighlighter(QTextDocument *document)
    : CodeHighlighter(SourceListing::Language::Python, document)
{
}

int PythonHighlighter::highlightCode(const QString &text, int state)
{
    qsizetype i = 0;
    if (state == InTripleDouble || state == InTripleSingle) {
        const QString close = state == InTripleDouble ? u"\"\"\""_s : u"'''"_s;
        const qsizetype end = text.indexOf(close);
        if (end < 0) {
            apply(0, text.size(), Role::String);
            return state;
        }
        apply(0, end + 3, Role::String);
        i = end + 3;
    }

    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'#') {
            apply(i, text.size() - i, Role::Comment);
            return 0;
        }
        if (c == u'"' || c == u'\'') {
            const QString triple(3, c);
            if (text.mid(i, 3) == triple) {
                const qsizetype end = text.indexOf(triple, i + 3);
                if (end < 0) {
                    apply(i, text.size() - i, Role::String);
                    return c == u'"' ? InTripleDouble : InTripleSingle;
                }
                apply(i, end + 3 - i, Role::String);
                i = end + 3;
                continue;
            }
            const qsizetype length = quotedLength(text, i);
            apply(i, length, Role::String);
            i += length;
            continue;
        }
        if (c == u'@' && (i == 0 || text.left(i).trimmed().isEmpty())) {
            const qsizetype length = 1 + identifierLength(text, i + 1);
            apply(i, length, Role::Preprocessor);  // a decorator
            i += length;
            continue;
        }
        if (c.isDigit()) {
            const qsizetype length = numberLength(text, i);
            apply(i, length, Role::Number);
            i += length;
            continue;
        }
        if (c == u'.' && i + 1 < text.size() && text.at(i + 1).isDigit()
            && (i == 0 || !text.at(i - 1).isLetterOrNumber())) {
            const qsizetype length = numberLength(text, i);  // .1
            apply(i, length, Role::Number);
            i += length;
            continue;
        }
        if (isIdentifierStart(c)) {
            const qsizetype length = identifierLength(text, i);
            const QString word = text.mid(i, length);
            const qsizetype next = i + length;
            if (next < text.size() && (text.at(next) == u'"' || text.at(next) == u'\'') && isStringPrefix(word)) {
                apply(i, length, Role::String);  // f'...', r'...': the string follows
            } else if (keywords().contains(word)) {
                apply(i, length, Role::Keyword);
            } else if (builtins().contains(word)) {
                apply(i, length, Role::Type);
            } else if ((i >= 4 && text.mid(i - 4, 4) == u"def "_s) || (i >= 6 && text.mid(i - 6, 6) == u"class "_s)) {
                apply(i, length, Role::Type);  // the name being defined
            }
            i += length;
            continue;
        }
        ++i;
    }
    return 0;
}
