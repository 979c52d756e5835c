// SPDX-License-Identifier: MIT
#pragma once

// LAB_TEST_MAIN(TestClass): like QTEST_MAIN, but every Qt warning or critical message that the test
// did not announce with QTest::ignoreMessage() fails the running test function, and one outside a
// test function aborts. The platform plugin's notes about features it lacks are dropped. Settings
// go to QStandardPaths' test locations, never the user's.

#include "englishplurals.h"
#include "offscreenplatform.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define LAB_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define LAB_TEST_APPLICATION QGuiApplication
#else
#include <QCoreApplication>
#define LAB_TEST_APPLICATION QCoreApplication
#endif

namespace LabTest {

inline bool isPlatformNoise(const QString &message)
{
    return OffscreenPlatform::isNoise(message);
}

inline QtMessageHandler &qtestHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

inline void failOnUnexpectedMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isPlatformNoise(message))
        return;
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        // QtTest then fails the current test unless it was told to expect this message.
        static const QRegularExpression anything(QStringLiteral(".*"));
        QTest::failOnWarning(anything);
    }
    qtestHandler()(type, context, message);
}

inline void abortOnWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isPlatformNoise(message))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "FAIL: a Qt warning outside a test function\n");
        std::abort();
    }
}

// concurrency-lab-faulty-worker (tests/helpers/faultyworker.cpp): the worker plus test-only
// --test-* flags that make it crash, hang, lie or babble. Built next to the test binaries.
inline QString faultyWorkerPath()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/concurrency-lab-faulty-worker");
}

// Qt warns (once) when XDG_RUNTIME_DIR is missing; give the test a private one.
inline void ensurePrivateRuntimeDir()
{
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = QDir::tempPath() + QStringLiteral("/concurrency-lab-test-runtime-%1").arg(getuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
    }
}

inline int exec(QObject *test, int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QTest::qInit(test, argc, argv);   // installs QtTest's message handler
    EnglishPlurals::install();        // the English the app shows: "40 items", not "40 item(s)"
    qtestHandler() = qInstallMessageHandler(failOnUnexpectedMessage);
    const int failures = QTest::qRun();
    QTest::qCleanup();
    qInstallMessageHandler(abortOnWarning);
    return failures;
}

} // namespace LabTest

#define LAB_TEST_MAIN(TestObject)                                  \
    int main(int argc, char *argv[])                               \
    {                                                              \
        qInstallMessageHandler(LabTest::abortOnWarning);           \
        LabTest::ensurePrivateRuntimeDir();                        \
        LAB_TEST_APPLICATION app(argc, argv);                      \
        TestObject test;                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                 \
        return LabTest::exec(&test, argc, argv);                   \
    }
