// SPDX-License-Identifier: MIT
// What a screen reader gets from the real window (offscreen): a name for everything one can press,
// type into or pick, on every lesson page, found by walking the accessibility tree.
#include "labtest.h"
#include "labtestdemos.h"

#include "lessonpage.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QSettings>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::EditableText:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

QString whoIs(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    QStringList path;
    for (const QObject *o = object; o; o = o->parent()) {
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    }
    return u"%1 (%2, role %3)"_s.arg(path.join(u'/'), object ? QString::fromLatin1(object->metaObject()->className()) : u"?"_s)
        .arg(int(iface->role()));
}

// Every interactive node under `iface` without a name; `seen` counts the interactive nodes.
void walk(QAccessibleInterface *iface, QStringList &unnamed, int &seen, int depth = 0)
{
    if (!iface || depth > 60 || iface->state().invisible)
        return;
    if (isInteractive(iface->role())) {
        ++seen;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << whoIs(iface);
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), unnamed, seen, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyControlHasAName();
};

void TestAccessibility::everyControlHasAName()
{
    QSettings().clear();
    MainWindow window(LabTest::registry());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
    QVERIFY(root);
    for (const LessonPage *page : window.pages()) {
        window.showLesson(page->context().lessonId);
        QTest::qWait(20);
        QStringList unnamed;
        int seen = 0;
        walk(root, unnamed, seen);
        QVERIFY2(seen >= 10, qPrintable(QString::number(seen)));   // the walk did reach the controls
        QVERIFY2(unnamed.isEmpty(), qPrintable(page->context().lessonId + u": "_s + unnamed.join(u"; "_s)));
    }
}

LAB_TEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
