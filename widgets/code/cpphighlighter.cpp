// SPDX-License-Identifier: MIT
#include "cpphighlighter.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int InBlockComment = 1;

const QSet<QString> &keywords()
{
    static const QSet<QString> words{
        u"alignas"_s, u"auto"_s, u"bool"_s, u"break"_s, u"case"_s, u"catch"_s, u"char"_s,
        u"class"_s, u"co_await"_s, u"co_return"_s, u"co_yield"_s, u"const"_s, u"consteval"_s,
        u"constexpr"_s, u"continue"_s, u"decltype"_s, u"default"_s, u"delete"_s, u"do"_s,
        u"double"_s, u"else"_s, u"enum"_s, u"explicit"_s, u"false"_s, u"final"_s, u"float"_s,
        u"for"_s, u"friend"_s, u"if"_s, u"inline"_s, u"int"_s, u"long"_s, u"mutable"_s,
        u"namespace"_s, u"new"_s, u"noexcept"_s, u"nullptr"_s, u"operator"_s, u"override"_s,
        u"private"_s, u"protected"_s, u"public"_s, u"return"_s, u"short"_s, u"signed"_s,
        u"sizeof"_s, u"static"_s, u"static_assert"_s, u"static_cast"_s, u"struct"_s, u"switch"_s,
        u"template"_s, u"this"_s, u"thread_local"_s, u"throw"_s, u"true"_s, u"try"_s,
        u"typename"_s, u"union"_s, u"unsigned"_s, u"using"_s, u"virtual"_s, u"void"_s,
        u"volatile"_s, u"while"_s, u"qint64"_s, u"quint64"_s, u"qsizetype"_s,
        u"Q_OBJECT"_s, u"Q_EMIT"_s, u"Q_SIGNALS"_s, u"Q_SLOTS"_s, u"Q_UNUSED"_s,
    };
    return words;
}

bool isType(const QString &word)
{
    // Qt classes (QThread, QProcess, ...), the std namespace, and CamelCase project types.
    if (word.size() > 1 && word.at(0) == u'Q' && word.at(1).isUpper())
        return true;
    if (word == u"std"_s || word == u"QCoro"_s)
        return true;
    return word.size() > 1 && word.at(0).isUpper() && word.at(1).isLower();
}

} // namespace

CppHighlighter::CppHighlighter(QTextDocument *document)
    : CodeHighlighter(SourceListing::Language::Cpp, document)
{
}

int CppHighlighter::highlightCode(const QString &text, int state)
{
    qsizetype i = 0;
    if (state == InBlockComment) {
        const qsizetype end = text.indexOf(u"*/"_s);
        if (end < 0) {
            apply(0, text.size(), Role::Comment);
            return InBlockComment;
        }
        apply(0, end + 2, Role::Comment);
        i = end + 2;
    } else {
        const qsizetype first = text.indexOf(QRegularExpression(u"\\S"_s));
        if (first >= 0 && text.at(first) == u'#') {
            // A preprocessor line: the directive, then its argument (<header> or "header").
            const qsizetype comment = text.indexOf(u"//"_s, first);
            apply(first, (comment < 0 ? text.size() : comment) - first, Role::Preprocessor);
            if (comment >= 0)
                apply(comment, text.size() - comment, Role::Comment);
            return 0;
        }
    }

    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'/') {
            apply(i, text.size() - i, Role::Comment);
            return 0;
        }
        if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            if (end < 0) {
                apply(i, text.size() - i, Role::Comment);
                return InBlockComment;
            }
            apply(i, end + 2 - i, Role::Comment);
            i = end + 2;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            // A string literal, with its u/u8/L prefix already coloured as an identifier: fine.
            const qsizetype length = quotedLength(text, i);
            apply(i, length, Role::String);
            i += length;
            // user-defined literal suffix (u"..."_s)
            if (i < text.size() && text.at(i) == u'_') {
                const qsizetype suffix = identifierLength(text, i);
                apply(i, suffix, Role::String);
                i += suffix;
            }
            continue;
        }
        if (c.isDigit()) {
            const qsizetype length = numberLength(text, i);
            apply(i, length, Role::Number);
            i += length;
            continue;
        }
        if (isIdentifierStart(c)) {
            const qsizetype length = identifierLength(text, i);
            const QString word = text.mid(i, length);
            const bool stringPrefix = i + length < text.size() && text.at(i + length) == u'"'
                && (word == u"u"_s || word == u"u8"_s || word == u"U"_s || word == u"L"_s || word == u"R"_s);
            if (stringPrefix)
                apply(i, length, Role::String);
            else if (keywords().contains(word))
                apply(i, length, Role::Keyword);
            else if (isType(word))
                apply(i, length, Role::Type);
            i += length;
            continue;
        }
        ++i;
    }
    return 0;
}
