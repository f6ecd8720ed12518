"""What a goal says the learner struggles with that no roadmap teaches on its own: maths ("data science but i'm bad
at math", "machine learning but my maths is weak"); and what the goal asks for, pointed back at ("sql, i'm pretty bad
at it": SQL, still asked for, none of it counted as known; the clause was dropped unsaid).

Read whole, "math" was a field the catalog has no roadmap for, and the answer named the roadmaps that use maths most
to a learner who had just said it is hard for them. The clause is set apart from the goal instead
(goal_known.GoalKnown.struggles) and answered: which of the roadmap's topics teach maths, from the start (nothing
in a roadmap takes them as known unless the learner says so), or that it has none. The reading is undoable like
every other: undone, the words are read as typed, as before.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.shapes import and_list
from roadmapfinder.understanding.interpret import Ref
from roadmapfinder.understanding.known import Understood
from roadmapfinder.understanding.lexicon import MATHS_TOPICS

#: What a clause of struggling with maths means (`struggle_reading`): nothing to learn of its own, nothing known.
STRUGGLES = Ref(key="struggles", name="maths you find hard: nothing of it is counted as known")


def struggle_reading(said: str, names: Sequence[str] = ()) -> Understood:
    """The clause as a reading of the learner's words, so every surface lists it with its Undo: maths, or what it
    points back at in the goal (`names`: "SQL" of "sql, i'm pretty bad at it"), which the goal still asks for and
    nothing of which is counted as known."""
    if not names:
        return Understood(said=said, means=[STRUGGLES], how="struggles")
    named = and_list(list(names))
    means = Ref(key="struggles", name=f"{named}, which you find hard: none of it is counted as known")
    return Understood(said=said, means=[means], how="struggles")


def maths_note(catalog: Catalog, said: Sequence[str], topics: Collection[str], title: str) -> str:
    """Which maths the roadmap of `topics` teaches, for a learner who said it is hard for them (`said`)."""
    quoted = and_list([f"“{s}”" for s in said])
    taught = [catalog.topic(t).name for t in MATHS_TOPICS if t in topics]
    if not taught:
        return f"{quoted}: {title} has no maths topic of its own; the little maths it uses is met where it is used."
    return f"{quoted}: {title} takes none of its maths as known and teaches it in its own topics: {and_list(taught)}."
