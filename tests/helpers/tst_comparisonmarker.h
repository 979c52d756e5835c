// SPDX-License-Identifier: MIT
// Test helper shared by the comparison tests: a translator that marks every string it translates,
// so a test can prove that each visible string goes through QCoreApplication::translate().
#pragma once

#include <QString>
#include <QTranslator>

class MarkingTranslator : public QTranslator
{
public:
    static QString mark(const QString &text) { return QStringLiteral("\u27e6") + text + QStringLiteral("\u27e7"); }
    static bool isMarked(const QString &text) { return text.contains(QStringLiteral("\u27e6")); }

    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        return sourceText ? mark(QString::fromUtf8(sourceText)) : QString();
    }
};
