// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "lesson.h"

#include <QList>
#include <QSet>

#include <optional>

// The lessons of the app, in order. standard() is THE list (registeredlessons.cpp: one line per
// lesson); tests build their own (standard() plus a test lesson). Demo ids must be unique across
// lessons. Any thread once built.
class LessonRegistry
{
public:
    // Every lesson the app ships.
    static LessonRegistry standard();

    // Adds `lesson` and its demos. Refused, with a warning, if its id, a demo id or a --run name is
    // taken or not of the form [a-z0-9-]+ (isValidDemoId()), a menu entry runs an unregistered demo,
    // or a shortcut or command-line option is taken by another lesson or the shortcut is one of the
    // window's (WindowKeys::reserved()).
    bool add(Lesson lesson);
    const QList<Lesson> &lessons() const { return m_lessons; }
    // The lesson with that id, or nullptr.
    const Lesson *lesson(const QString &id) const;
    // Every demo of every lesson, in lesson order.
    const DemoCatalog &demos() const { return m_demos; }
    const Demo *demo(const DemoId &id) const;
    // The lesson that registers demo `id`, or nullptr.
    const Lesson *lessonOf(const DemoId &id) const;

    // A --run value: a demo id, or a lesson action's command-line name ("all"); nullopt otherwise.
    std::optional<QList<DemoId>> demosNamed(const QString &name) const;
    // Every --run value, demo ids first.
    QStringList runNames() const;
    // Every lesson's command-line options, in lesson order.
    QList<LessonOption> options() const;

private:
    QSet<QString> takenShortcuts() const;   // in QKeySequence::PortableText

    QList<Lesson> m_lessons;
    DemoCatalog m_demos;   // of m_lessons, kept in step by add()
};
