// SPDX-License-Identifier: MIT
#include "lessonregistry.h"

void LessonRegistry::add(Lesson lesson)
{
    for (const Demo &demo : std::as_const(lesson.demos)) {
        Q_ASSERT_X(!this->demo(demo.id), "LessonRegistry::add", "demo ids must be unique");
        Q_ASSERT_X(isValidDemoId(demo.id), "LessonRegistry::add", "demo ids are [a-z0-9-]+");
    }
    m_demos = DemoCatalog(m_demos.demos() + lesson.demos);
    m_lessons.append(std::move(lesson));
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
