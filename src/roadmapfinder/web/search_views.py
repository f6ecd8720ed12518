"""Search and guided-finder pages: parse the request, call the search core once, render.

`/search` is the full results page (works without JavaScript); `/search/suggest` is the small fragment htmx shows
under a search box as you type (the home page box, and the roadmap page's topic filter with `roadmap=`);
`/finder` is the questionnaire and its three recommendations.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.catalog import parse_category
from roadmapfinder.catalog.shapes import RoadmapSummary, roadmap_summary
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.learner_input import known_without
from roadmapfinder.search import (
    PURPOSES,
    MatchOut,
    RoadmapHit,
    SearchOut,
    TopicHit,
    recommend_roadmaps,
    roadmap_searched,
    search_catalog,
)

SUGGESTION_COUNT = 6


@dataclass(frozen=True)
class ResultCard:
    """One search result as a card: what it is, where it links, and why it matched."""

    kind: str
    title: str
    url: str
    summary: str
    matched: list[MatchOut]
    roadmap: RoadmapSummary | None = None  # for roadmaps: category, phases, total time
    taught_in: tuple[tuple[str, str], ...] = ()  # for topics: (title, url) of the roadmaps that teach it


def search_page(request: HttpRequest) -> HttpResponse:
    """Results for `?q=` as cards, with a category filter; close names and the finder when nothing matches. Within
    one roadmap (`?roadmap=`, its title or slug as the learner typed it; a name that names none is the 400 page with
    the close roadmaps)."""
    catalog = default_catalog()
    query = request.GET.get("q", "")
    category = request.GET.get("category", "").strip()
    typed = request.GET.get("roadmap", "").strip()
    within = roadmap_searched(catalog, typed) if typed else None
    roadmap = within.slug if within else None
    wanted = parse_category(category) if category else None
    result: SearchOut | None = None
    if query.strip():
        result = search_catalog(catalog, query, category=wanted, roadmap=roadmap)
    context = {
        "query": query.strip(),
        "result": result,
        "cards": [_card(hit, roadmap) for hit in result.results] if result else [],
        "category": wanted,
        "categories": [(c, len(rs)) for c, rs in catalog.by_category()],
        "within": within,
    }
    return render(request, "roadmapfinder/search.html", context)


def search_suggest(request: HttpRequest) -> HttpResponse:
    """The as-you-type list under a search box; empty (never an error page) while the input is not a query yet. The
    roadmap it searches in (`?roadmap=`, which the roadmap page's filter sends) is no input being typed: a name that
    names none is the 400 page, as on the results page."""
    typed = request.GET.get("roadmap", "").strip()
    roadmap = roadmap_searched(default_catalog(), typed).slug if typed else None
    try:
        result = search_catalog(default_catalog(), request.GET.get("q", ""), roadmap=roadmap, limit=SUGGESTION_COUNT)
    except InvalidInput:
        result = None
    cards = [_card(hit, roadmap) for hit in result.results] if result else []
    target = request.headers.get("HX-Target", "")
    status_id = f"{target}-status" if target in _SUGGESTION_LISTS else ""
    return render(request, "roadmapfinder/_suggest.html", {"cards": cards, "result": result, "status_id": status_id})


#: The lists the suggestions fill (home.html, roadmap.html). Each has a status beside it that says how many there
#: are: the list itself is no live region, or a screen reader would read every suggestion again at each pause in
#: typing; its answer sets the status out of band.
_SUGGESTION_LISTS = frozenset({"search-suggestions", "topic-filter-results"})


def finder_page(request: HttpRequest) -> HttpResponse:
    """The questionnaire; with a goal given, the three roadmaps that fit best (a GET form, so no JavaScript)."""
    answers = {
        "goal": request.GET.get("goal", ""),
        "known": request.GET.get("known", ""),
        "hours": request.GET.get("hours", ""),  # empty: the goal's pace ("5 hours a week"), else 10
        "purpose": request.GET.get("purpose", ""),  # none chosen: the goal's words say it, else a job
    }
    plain = request.GET.getlist("plain")  # phrases of the goal whose curated reading the learner undid
    context: dict[str, object] = {
        "answers": answers,
        "purposes": PURPOSES,
        "purpose_used": answers["purpose"],
        "recommendations": None,
        "plain": plain,
    }
    if "goal" in request.GET:
        found = recommend_roadmaps(
            default_catalog(),
            goal=answers["goal"],
            known=answers["known"],
            hours_per_week=answers["hours"],
            purpose=answers["purpose"] or None,
            plain=plain,
        )
        # The answers the page's links carry on: the goal's clauses of what they know in "What do you already know?";
        # with nothing asked but that ("i know python, 5 hours a week"), the goal box emptied for what to reach and
        # the pace the goal said moved to the hours box, said beside what they know: never lost on the way.
        carried = {**answers, "known": found.known_text}
        stated_lines = [(u.line, _plain_url(answers, [*plain, u.said]) if u.undoable else "") for u in found.goal_known]
        if found.only_known:
            carried |= {"goal": "", "hours": f"{found.hours_per_week:g}" if found.hours_per_week else ""}
            if found.pace is not None:
                stated_lines.append((found.pace.line, _plain_url(answers, [*plain, found.pace.said])))
        context |= {
            "found": found,
            "purpose_used": found.purpose,  # checked in "What is it for?": the one the picks were made for
            "recommendations": found.recommendations,
            # the learner's words, and the goal's clauses of what they know ("i know a bit of python"): the plan form
            # and the next answer (a field chosen) read and show them back the same way
            "known": found.known_text,
            "field_links": [
                (c, _plain_url({**carried, "goal": c.key}, []))
                for c in (found.follow_up.choices if found.follow_up else [])
            ],
            "known_names": [_name(key) for key in found.known],
            "goal_lines": [
                *(
                    (read.line, _plain_url(answers, [*plain, read.said]) if read.undoable else "")
                    for read in found.read_lines
                ),
                *([(found.pace.line, _plain_url(answers, [*plain, found.pace.said]))] if found.pace else []),
                # the purpose the goal's words chose ("for fun"), undone by choosing a job, what an unsaid one means
                *(
                    [(found.purpose_line, _plain_url({**answers, "purpose": "job"}, plain))]
                    if found.purpose_said
                    else []
                ),
            ],
            "stated_lines": stated_lines,
            "generate_url": _generate_url(answers, found.generate, plain) if found.generate else "",
            "known_lines": [(u, _undo_url(answers, u.said, plain)) for u in found.known_reading.understood],
        }
        if found.only_known:  # what they know goes in its box, ready for a goal: the page says so, with an undo
            pace_moved = found.pace is not None and not answers["hours"] and found.hours_per_week is not None
            context |= {"answers": carried, "pace_moved": pace_moved}
    return render(request, "roadmapfinder/finder.html", context)


def _undo_url(answers: dict[str, str], said: str, plain: list[str]) -> str:
    """The finder asked again without one phrase of "what you know" (a plain link: an undo needs no JavaScript)."""
    return _plain_url({**answers, "known": known_without(answers["known"], said)}, plain)


def _plain_url(answers: dict[str, str], plain: list[str]) -> str:
    """The finder asked again with these answers and these phrases of the goal read word by word, as typed: the undo
    of a curated reading ("design twitter" as System design interviews) or a spelling fix ("pyhton"), kept by every
    later link; with a field chosen as the goal and no phrase, the answer to "Which field?"."""
    return f"{reverse('finder')}?{urlencode([*answers.items(), *(('plain', p) for p in plain)])}"


def _generate_url(answers: dict[str, str], goal: str, plain: list[str]) -> str:
    """The generated roadmap for the goal, when no roadmap is built on what it asks ("make games in godot"): the same
    answers and undone readings, so the path reads the goal as the finder did."""
    fields = {"goal": goal, "known": answers["known"], "hours": answers["hours"], "purpose": answers["purpose"]}
    return f"{reverse('generated-start')}?{urlencode([*fields.items(), *(('plain', p) for p in plain)])}"


def _name(key: str) -> str:
    """A roadmap's title or a topic's name, from its slug or id."""
    catalog = default_catalog()
    return next((r.title for r in catalog.roadmaps if r.slug == key), None) or catalog.topic(key).name


def _card(hit: RoadmapHit | TopicHit, within: str | None) -> ResultCard:
    catalog = default_catalog()
    if isinstance(hit, RoadmapHit):
        summary = roadmap_summary(catalog, catalog.roadmap(hit.slug))
        url = reverse("roadmap", args=[hit.slug])
        return ResultCard("roadmap", hit.title, url, summary.summary, hit.matched, roadmap=summary)
    topic = catalog.topic(hit.id)
    url = f"{reverse('roadmap', args=[within])}#topic-{hit.id}" if within else reverse("topic", args=[hit.id])
    taught = {use.roadmap.slug: use.roadmap.title for use in catalog.uses_of(hit.id)}
    return ResultCard(
        "topic",
        hit.title,
        url,
        topic.summary,
        hit.matched,
        taught_in=tuple((title, reverse("roadmap", args=[slug])) for slug, title in taught.items()),
    )


__all__ = ["finder_page", "search_page", "search_suggest"]
