// SPDX-License-Identifier: MIT
// The layers, as STYLE.md and docs/ARCHITECTURE.md state them: models/ is QtCore, Qt Concurrent and
// QCoro only, never a widget; widgets/ never reaches into app/. Read from the sources themselves, so
// a file that breaks the rule fails here whatever the build happens to link.
#include "labtest.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// "<path>:<line>: <include line>" for every #include in `folder` (relative to the source tree) that
// matches `forbidden`.
QStringList includesMatching(const QString &folder, const QRegularExpression &forbidden)
{
    QStringList hits;
    const QString root = QStringLiteral(LAB_SOURCE_DIR);
    QDirIterator it(root + u'/' + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++number;
            if (line.startsWith(u"#include"_s) && forbidden.match(line).hasMatch())
                hits << u"%1:%2: %3"_s.arg(path.mid(root.size() + 1)).arg(number).arg(line);
        }
    }
    hits.sort();
    return hits;
}

// CMake lines in `folder` that link a target of a higher layer.
QStringList cmakeLinesMatching(const QString &folder, const QRegularExpression &forbidden)
{
    QStringList hits;
    const QString root = QStringLiteral(LAB_SOURCE_DIR);
    QDirIterator it(root + u'/' + folder, {u"CMakeLists.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (!line.trimmed().startsWith(u'#') && forbidden.match(line).hasMatch())
                hits << u"%1:%2: %3"_s.arg(path.mid(root.size() + 1)).arg(number).arg(line.trimmed());
        }
    }
    return hits;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelsIncludeNoWidget();
    void modelsLinkNoWidgetLibrary();
    void widgetsIncludeNothingFromApp();
};

void TestLayering::modelsIncludeNoWidget()
{
    // Qt Widgets classes, and the widgets/ layer's own headers.
    static const QRegularExpression widgetInclude(
        uR"(<Q(Widget|PushButton|Label|Slider|BoxLayout|HBoxLayout|VBoxLayout|GridLayout|MainWindow|Application|ScrollArea|TabWidget|Frame)>|<QtWidgets|"(lessonpage|lessoncontext|demopanel|spinnerwidget|lagmeterwidget|clicklatencyprobe|codeviewer|steppanel|comparisonpanel|timelinewidget)\.h")"_s);
    const QStringList hits = includesMatching(u"models"_s, widgetInclude);
    QVERIFY2(hits.isEmpty(), qPrintable(u"models/ includes widgets:\n"_s + hits.join(u'\n')));
}

void TestLayering::modelsLinkNoWidgetLibrary()
{
    static const QRegularExpression widgetLink(uR"(\b(lab_widgets|lab_app|Qt6::Widgets|Qt::Widgets)\b)"_s);
    const QStringList hits = cmakeLinesMatching(u"models"_s, widgetLink);
    QVERIFY2(hits.isEmpty(), qPrintable(u"models/ links widget libraries:\n"_s + hits.join(u'\n')));
}

void TestLayering::widgetsIncludeNothingFromApp()
{
    static const QRegularExpression appInclude(uR"("(mainwindow|labdocks|headlessdriver|commandline|windowscreenshot)\.h")"_s);
    const QStringList hits = includesMatching(u"widgets"_s, appInclude);
    QVERIFY2(hits.isEmpty(), qPrintable(u"widgets/ includes app/:\n"_s + hits.join(u'\n')));
}

LAB_TEST_MAIN(TestLayering)
#include "tst_layering.moc"
