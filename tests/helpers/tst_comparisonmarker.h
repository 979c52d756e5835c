// SPDX-License-Identifier: MIT
// Test helper shared by the comparison tests: a translator that marks every string it translates,
// so a test can prove that each visible string goes through QCoreApplication::translate(); the demo
// ids the comparison content may name; a demo title function like the one the app passes.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
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

namespace ComparisonTest {
// The six demos of the app by id (DemoId): the comparison tables and the decision guide may name
// these and no others. Listed here on purpose, not taken from the app's registry.
inline const QStringList knownDemoIds{
    QStringLiteral("thread"), QStringLiteral("process"), QStringLiteral("coroutine"),
    QStringLiteral("block"),  QStringLiteral("block-cpu"), QStringLiteral("cooperative-cpu"),
    QStringLiteral("primes-gui"), QStringLiteral("primes-thread"), QStringLiteral("primes-concurrent"),
    QStringLiteral("primes-processes"), QStringLiteral("primes-gil"), QStringLiteral("primes-python-sequential"),
    QStringLiteral("primes-python-threads"), QStringLiteral("primes-python-processes"),
    QStringLiteral("primes-python-gil-release"),
    QStringLiteral("await-sequential"), QStringLiteral("await-concurrent"), QStringLiteral("wait-for"),
    QStringLiteral("three-ways-python"), QStringLiteral("many-coroutines"), QStringLiteral("many-threads"),
    QStringLiteral("many-processes"), QStringLiteral("many-python-asyncio"), QStringLiteral("many-python-threads"),
    QStringLiteral("many-python-processes"),
    QStringLiteral("counter-threads-nolock"), QStringLiteral("counter-threads-mutex"),
    QStringLiteral("counter-threads-atomic"), QStringLiteral("counter-threads-long-lock"),
    QStringLiteral("counter-coroutines"), QStringLiteral("counter-coroutines-await"),
    QStringLiteral("counter-coroutines-lock"), QStringLiteral("counter-processes-isolated"),
    QStringLiteral("counter-processes-shared"), QStringLiteral("counter-processes-semaphore"),
    QStringLiteral("counter-processes-messages"), QStringLiteral("queue-threads"),
    QStringLiteral("queue-threads-lifo"), QStringLiteral("queue-threads-priority"),
    QStringLiteral("queue-coroutines"), QStringLiteral("queue-coroutines-lifo"),
    QStringLiteral("queue-coroutines-priority"), QStringLiteral("queue-processes"),
};

// A title for setDemoTitles() that is translated each time it is asked for (context "DemoTitle"),
// as the app's registry titles are: under a MarkingTranslator it comes back marked.
inline QString translatedDemoTitle(const QString &id)
{
    const QByteArray source = id.toLatin1();
    return QCoreApplication::translate("DemoTitle", source.constData());
}
} // namespace ComparisonTest
