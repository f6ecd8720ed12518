"""`search_catalog`: the one search every surface calls (web page, suggestions box, API, CLI).

Most queries are names and words, which the words search answers (`engine.search_words`). Some are a goal that names
no one roadmap and leaves a choice: "get a job in tech", "break into tech", "want to become senior". Their words are
no names to match: "job" is a learner's filler word, searched for as nothing, and "tech" of "in tech" is the industry,
not the "tech" of "tech lead" and "tech writer", so Engineering Manager, Software Architect and Technical Writer came
first. Such a query is read as the generator and the finder read a goal (`understanding.goals.read_goal`): when all
it says is such a goal, the roadmaps the finder offers for it (the entry-level jobs for a job in tech) come first,
each matched as that goal, and the answer says what the query was read as, with the finder to narrow it down
(`SearchOut.goal`). The words search's results follow, so nothing it found is lost.
"""

from __future__ import annotations

import functools

from roadmapfinder.catalog.catalog import Catalog
from roadmapfinder.catalog.models import Category
from roadmapfinder.search.engine import DEFAULT_LIMIT, did_you_mean, search_words
from roadmapfinder.search.shapes import GoalRead, MatchOut, RoadmapHit, SearchOut
from roadmapfinder.search.text import normalize, stem
from roadmapfinder.understanding.goal_words import SENSES, GoalSense
from roadmapfinder.understanding.goals import may_leave_choice, read_goal


def search_catalog(
    catalog: Catalog,
    query: str | None,
    *,
    category: Category | str | None = None,
    roadmap: str | None = None,
    limit: int | None = None,
) -> SearchOut:
    """Roadmaps and topics matching `query`, best first, each with why it matched; a query that is only a goal leaving
    a choice ("get a job in tech") has the roadmaps to choose from first, and says what it was read as.

    Refuses what the words search refuses (`engine.search_words`). Within one roadmap's topics or one category the
    query is words only: the choice is among roadmaps of every category. The close names of a query nothing matched
    (`engine.did_you_mean`) are looked for only once it is known to be no such goal either ("get into it")."""
    if category or roadmap:
        return search_words(catalog, query, category=category, roadmap=roadmap, limit=limit)
    found = search_words(catalog, query, limit=limit, suggest=False)
    goal = goal_read(catalog, found.query)
    if goal is None:
        if found.results:
            return found
        return found.model_copy(update={"suggestions": did_you_mean(catalog, found.query)})
    top = max([1.0, *(hit.score for hit in found.results)])
    first = [
        RoadmapHit(
            slug=slug,
            title=catalog.roadmap(slug).title,
            score=round(top, 3),
            matched=[MatchOut(field="goal", text=goal.read_as)],
        )
        for slug in goal.roadmaps
    ]
    rest = [hit for hit in found.results if not (isinstance(hit, RoadmapHit) and hit.slug in goal.roadmaps)]
    results = [*first, *rest][: limit or DEFAULT_LIMIT]
    return found.model_copy(update={"results": results, "suggestions": [], "goal": goal})


def goal_read(catalog: Catalog, text: str) -> GoalRead | None:
    """The goal leaving a choice of job that `text` is, all of it, as the generator reads it; None when the text says
    more (a subject, a word not understood, a field with no roadmap) or names no such goal. Read only when a word of the
    text is a word of such a goal's phrases, and then only when one of their phrases is there or a job title several
    roles share may be (`goals.may_leave_choice`): most queries are names, and the reading costs more than the search;
    "how do big websites handle millions of users" has the "how" of "how do i start", and no such phrase."""
    if not {stem(w) for w in normalize(text).split()} & _choice_words() or not may_leave_choice(catalog, text):
        return None
    reading = read_goal(catalog, text)
    if reading.subjects or reading.not_understood or reading.not_taught or not reading.refused:
        return None
    if not all(_leaves_choice(sense) for sense in reading.refused):
        return None
    first = reading.refused[0]
    slugs = list(dict.fromkeys(s for sense in reading.refused for s in sense.suggestions if catalog.has_roadmap(s)))
    if not slugs or not all(catalog.roadmap(s).role for s in slugs):
        # a choice of job only ("learn to code" offers Python and JavaScript, skills the words search finds itself)
        return None
    return GoalRead(
        said=reading.refused_said.get(first.key, text),
        read_as=first.title,
        message=" ".join(dict.fromkeys(sense.not_covered.rstrip(".") + "." for sense in reading.refused)),
        roadmaps=slugs,
    )


def _leaves_choice(sense: GoalSense) -> bool:
    """A goal that names no one roadmap and offers some to choose from ("a job in tech")."""
    return sense.choice and bool(sense.suggestions)


@functools.cache
def _choice_words() -> frozenset[str]:
    """The stems of the words of such goals' phrases ("job", "tech", "senior"), to tell a query that may be one: the
    words that join them ("in" of "job in tech") tell nothing. "job" is kept, though the search drops it."""
    return frozenset(
        stem(w)
        for sense in SENSES
        if _leaves_choice(sense)
        for phrase in sense.phrases
        for w in normalize(phrase).split()
        if w not in _JOINING
    )


#: Words too common to tell a goal from a name ("python in a week" is no job in tech).
_JOINING = frozenset({"a", "an", "the", "to", "in", "into", "for", "of", "on", "at", "as", "my", "i", "and", "or"})
