// SPDX-License-Identifier: MIT
// THE list of lessons, in the order of the window's tabs. Adding a lesson: its folder, its
// add_subdirectory() in app/lessons/CMakeLists.txt, and one line here.
#include "lessonregistry.h"

#include "blockloop/blockloop.h"
#include "manytasks/manytasks.h"
#include "primes/primes.h"
#include "sharedstate/sharedstate.h"
#include "spinners/spinners.h"

LessonRegistry LessonRegistry::standard()
{
    LessonRegistry registry;
    registry.add(SpinnersLesson::lesson());
    registry.add(BlockLoopLesson::lesson());
    registry.add(PrimesLesson::lesson());
    registry.add(ManyTasksLesson::lesson());
    registry.add(SharedStateLesson::lesson());
    return registry;
}
