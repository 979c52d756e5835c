// SPDX-License-Identifier: MIT
#include "lessonregistry.h"

#include "windowkeys.h"

#include <QKeySequence>
#include <QSet>

#include <algorithm>

bool LessonRegistry::add(Lesson lesson)
{
    // Checked in every build: a clash would silently give one demo another's runner.
    auto refuse = [&lesson](const char *why, const QString &what) {
        qWarning("Lesson %s not registered: %s %s", qPrintable(lesson.id), why, qPrintable(what));
        return false;
    };
    if (!isValidDemoId(lesson.id))
        return refuse("its id is not of the form [a-z0-9-]+:", lesson.id);
    if (this->lesson(lesson.id))
        return refuse("a lesson with this id exists:", lesson.id);
    // Demo ids and --run names share one name space (demosNamed()).
    const QStringList existing = runNames();
    QSet<QString> takenNames(existing.cbegin(), existing.cend());
    QSet<DemoId> ids;
    for (const Demo &demo : std::as_const(lesson.demos)) {
        if (!isValidDemoId(demo.id))
            return refuse("a demo id is not of the form [a-z0-9-]+:", demo.id);
        if (takenNames.contains(demo.id) || ids.contains(demo.id))
            return refuse("a demo or --run name with this id exists:", demo.id);
        ids.insert(demo.id);
    }
    QSet<QString> shortcuts = takenShortcuts();
    for (const LessonAction &action : std::as_const(lesson.actions)) {
        if (action.demos.isEmpty())
            return refuse("a menu entry runs no demo:", QString::fromUtf8(action.text));
        for (const DemoId &id : action.demos) {
            if (!ids.contains(id) && !demo(id))
                return refuse("a menu entry runs a demo that is not registered:", id);
        }
        if (!action.commandLineName.isEmpty()) {
            if (!isValidDemoId(action.commandLineName))
                return refuse("a --run name is not of the form [a-z0-9-]+:", action.commandLineName);
            if (takenNames.contains(action.commandLineName) || ids.contains(action.commandLineName))
                return refuse("this --run name is taken:", action.commandLineName);
            takenNames.insert(action.commandLineName);
        }
        if (!action.shortcut.isEmpty()) {
            const QString key = QKeySequence(action.shortcut, QKeySequence::PortableText).toString(QKeySequence::PortableText);
            if (key.isEmpty())
                return refuse("a shortcut is not a key sequence:", action.shortcut);
            // Two actions with one shortcut are ambiguous to Qt: neither fires.
            if (WindowKeys::reserved().contains(key))
                return refuse("this shortcut is one of the window's own:", key);
            if (shortcuts.contains(key))
                return refuse("this shortcut is taken:", key);
            shortcuts.insert(key);
        }
    }
    QSet<QString> optionNames;
    for (const LessonOption &option : options())
        optionNames.insert(option.name);
    for (const LessonOption &option : std::as_const(lesson.options)) {
        if (!isValidDemoId(option.name) || !option.description || !option.valueName || !option.check)
            return refuse("a command-line option is incomplete or not of the form [a-z0-9-]+:", option.name);
        if (optionNames.contains(option.name))
            return refuse("this command-line option is taken:", option.name);
        optionNames.insert(option.name);
    }
    m_demos = DemoCatalog(m_demos.demos() + lesson.demos);
    m_lessons.append(std::move(lesson));
    return true;
}

QSet<QString> LessonRegistry::takenShortcuts() const
{
    QSet<QString> keys;
    for (const Lesson &lesson : m_lessons) {
        for (const LessonAction &action : lesson.actions) {
            if (!action.shortcut.isEmpty())
                keys.insert(QKeySequence(action.shortcut, QKeySequence::PortableText).toString(QKeySequence::PortableText));
        }
    }
    return keys;
}

const Lesson *LessonRegistry::lesson(const QString &id) const
{
    const auto it = std::find_if(m_lessons.cbegin(), m_lessons.cend(), [&id](const Lesson &lesson) { return lesson.id == id; });
    return it == m_lessons.cend() ? nullptr : &*it;
}

const Demo *LessonRegistry::demo(const DemoId &id) const
{
    return m_demos.find(id);
}

const Lesson *LessonRegistry::lessonOf(const DemoId &id) const
{
    for (const Lesson &lesson : m_lessons) {
        for (const Demo &demo : lesson.demos) {
            if (demo.id == id)
                return &lesson;
        }
    }
    return nullptr;
}

std::optional<QList<DemoId>> LessonRegistry::demosNamed(const QString &name) const
{
    if (demo(name))
        return QList<DemoId>{name};
    for (const Lesson &lesson : m_lessons) {
        for (const LessonAction &action : lesson.actions) {
            if (!action.commandLineName.isEmpty() && action.commandLineName == name)
                return action.demos;
        }
    }
    return std::nullopt;
}

QStringList LessonRegistry::runNames() const
{
    QStringList names;
    for (const Demo &demo : demos().demos())
        names << demo.id;
    for (const Lesson &lesson : m_lessons) {
        for (const LessonAction &action : lesson.actions) {
            if (!action.commandLineName.isEmpty())
                names << action.commandLineName;
        }
    }
    return names;
}

QList<LessonOption> LessonRegistry::options() const
{
    QList<LessonOption> all;
    for (const Lesson &lesson : m_lessons)
        all += lesson.options;
    return all;
}
