"""Generated roadmap pages: start one from a goal (`/roadmaps/generate`), read it (`/roadmaps/generated/<id>`) and
its downloads, and ask for a roadmap the catalog cannot build yet.

The roadmap is built by the core and stored by the generated app's service; these views only parse the request,
call them and render. Starting is a GET (the home page's form stays a plain, cacheable form): the same inputs give
the same record, so repeating it changes nothing but a counter.
"""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import urlencode

from csp.decorators import csp_replace
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST, require_safe

from roadmapfinder.catalog import default_catalog
from roadmapfinder.clock import today
from roadmapfinder.errors import NotFound
from roadmapfinder.exporters import export, render_svg
from roadmapfinder.exporters.diagram import describe, standalone_css
from roadmapfinder.exporters.generated_document import document_from_generated
from roadmapfinder.generated.selectors import generated_get
from roadmapfinder.generated.services import demand_record, roadmap_generate
from roadmapfinder.progress.tracks import generated_track
from roadmapfinder.site_url import site_url
from roadmapfinder.tracking.trackers import reader_progress
from roadmapfinder.understanding import GeneratedRoadmap, Understood, undo_places

#: The standalone SVG styles itself with one `<style>`: allowed by its hash, as for catalog roadmaps' diagrams.
SVG_STYLE_HASH = base64.b64encode(hashlib.sha256(standalone_css().encode()).digest()).decode()
#: The inputs a generated roadmap is made from, as the home page's and the result page's forms name them.
FIELDS = ("goal", "known", "hours", "level", "purpose")


@require_safe
def generated_start(request: HttpRequest) -> HttpResponse:
    """Generate (or find again) the roadmap for the goal and open its page; when nothing matches, say so plainly."""
    given = {k: request.GET.get(k, "").strip()[:2000] for k in FIELDS}
    plain = [p[:200] for p in request.GET.getlist("plain")[:20]]  # phrases of the goal whose reading was undone
    try:
        roadmap = roadmap_generate(
            goal=given["goal"],
            known=given["known"] or None,
            hours_per_week=given["hours"] or None,
            level=given["level"] or None,
            purpose=given["purpose"] or None,
            plain=plain,
            record_demand=False,  # the page offers "Ask for this roadmap" instead of counting every attempt
        )
    except NotFound as error:
        by_slug = {r.slug: r for r in default_catalog().roadmaps}
        # a suggestion that keeps what was asked (a promotion in that job) opens that goal, not the whole roadmap
        links = {
            slug: f"{reverse('generated-start')}?{urlencode({**{k: v for k, v in given.items() if v}, 'goal': goal})}"
            for slug, goal in error.goals.items()
        }
        context = {
            "goal": given["goal"],
            "error": error,
            # each with who it suits where the goal's sense says it, so the lead says only what needs choosing
            "lead": error.choosing or error.hint,
            "suggestions": [
                (by_slug[s], links.get(s) or reverse("roadmap", args=[s]), s in links, error.suits.get(s, ""))
                for s in error.suggestions
                if s in by_slug
            ],
            # each reading the answer was made with ("teaching": your background), with its Undo, as on a roadmap
            "readings": [
                (r, f"{reverse('generated-start')}?{urlencode(_undo_query(given, [*plain, r.said]))}")
                for r in error.readings
            ],
            "asked": request.GET.get("asked") == "1",
            "finder_url": f"{reverse('finder')}?{urlencode({'goal': given['goal']})}" if error.choice else "",
        }
        # a goal that leaves a choice is answered (which roadmap is the learner's to choose): 200, as any answer;
        # a goal nothing is built for is the 404 it is
        return render(request, "roadmapfinder/generated_missing.html", context, status=200 if error.choice else 404)
    return redirect("generated", roadmap_id=roadmap.id)


def _undo_query(given: dict[str, str], plain: list[str]) -> list[tuple[str, str]]:
    """The learner's inputs again with the phrases to read as typed: an Undo link's query."""
    return [*((k, v) for k, v in given.items() if v), *(("plain", p) for p in plain)]


@require_POST
def generated_ask(request: HttpRequest) -> HttpResponse:
    """Count the goal as a requested roadmap, then come back to the page that offered it, thanking the learner."""
    goal = request.POST.get("goal", "").strip()[:200]
    demand_record(goal=goal)
    return redirect(f"{reverse('generated-start')}?{urlencode({'goal': goal, 'asked': '1'})}")


@require_safe
def generated_page(request: HttpRequest, roadmap_id: str) -> HttpResponse:
    """A generated roadmap as a roadmap page: diagram, phases with numbered skills and why, projects, downloads."""
    roadmap = generated_get(roadmap_id=roadmap_id)
    document = document_from_generated(roadmap)
    marked = document_from_generated(roadmap, progress=reader_progress(request))  # a learner's ticks on the diagram
    context = {
        "roadmap": roadmap,
        "document": document,
        "diagram_svg": mark_safe(render_svg(marked, standalone=False)),  # our exporter escapes every text it draws
        "diagram_description": describe(marked),
        "topic_count": sum(len(p.core_skills) for p in roadmap.phases),
        "plan_link": _plan_link(roadmap),
        "goal_lines": _goal_lines(roadmap),
        "known_lines": _known_lines(roadmap),
        "canonical": site_url(request) + document.href,
        "track": generated_track(roadmap),  # its bars and marks, like a catalog roadmap page's
    }
    return render(request, "roadmapfinder/generated.html", context)


def _goal_lines(roadmap: GeneratedRoadmap) -> list[tuple[Understood, str]]:
    """Each reading of the goal with its Undo link, given once per phrase (`undo_places`)."""
    last = undo_places(roadmap.understood)
    return [
        (u, _undo_link(roadmap, u.said) if last.get(u.said) == place else "")
        for place, u in enumerate(roadmap.understood)
    ]


def _known_lines(roadmap: GeneratedRoadmap) -> list[tuple[Understood, str]]:
    """Each reading of "what you know" with its Undo link when it says more than the words typed (a spelling fix,
    "pyhton" read as "python"): undone, the phrase is read as typed, as a goal's fix is (`Understood.undoable`)."""
    return [(u, _undo_link(roadmap, u.said) if u.undoable else "") for u in roadmap.known]


@require_safe
@csp_replace({"style-src": [f"'sha256-{SVG_STYLE_HASH}'"]})  # type: ignore[arg-type]  # typed for request-only views
def generated_export(request: HttpRequest, roadmap_id: str, fmt: str) -> HttpResponse:
    """The generated roadmap as a file, like a catalog roadmap's downloads."""
    roadmap = generated_get(roadmap_id=roadmap_id)
    exported = export(document_from_generated(roadmap, base_url=site_url(request)), fmt)
    response = HttpResponse(exported.content, content_type=exported.media_type)
    disposition = "inline" if fmt == "svg" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{roadmap.id}-roadmap.{exported.extension}"'
    return response


def _undo_link(roadmap: GeneratedRoadmap, said: str) -> str:
    """The roadmap generated again with one more phrase of the goal read as typed: the undo of a reading (a common
    goal, a curated phrase, a spelling fix), keeping the learner's other inputs and earlier undos (a plain link)."""
    query = [("goal", roadmap.goal), ("hours", f"{roadmap.hours_per_week:g}"), ("level", roadmap.level)]
    query += [("purpose", roadmap.purpose)]
    if known := _known_said(roadmap):
        query.append(("known", known))
    query += [("plain", p) for p in [*roadmap.plain, said]]
    return f"{reverse('generated-start')}?{urlencode(query)}"


def _plan_link(roadmap: GeneratedRoadmap) -> str:
    """The /generate form, pre-filled from this roadmap (its topics, what the learner knows, pace and level, and the
    goal's deadline as the target date while it is ahead: the plan then checks it against real sessions and says,
    as this page did, when it is not realistic; left out, the plan looked as if it kept "in 2 weeks")."""
    query: dict[str, str | list[str]] = {
        "from": roadmap.id,
        "hours": f"{roadmap.hours_per_week:g}",
        "level": roadmap.level,
    }
    if roadmap.study_days:  # "only on weekends": the plan's days
        query["days"] = roadmap.study_days
    deadline = roadmap.deadline
    if deadline and deadline.by > today():  # the goal's deadline: the plan's target date
        query["target_date"] = deadline.by.isoformat()
    # what `known` said, and what the goal said the learner knows ("i know a bit of python and ..."): the plan is
    # read from the same words
    stated = [u.said for u in roadmap.understood if u.how == "known" and not u.denied]
    if known := ", ".join(dict.fromkeys(k for k in (_known_said(roadmap), *stated) if k)):
        query["known"] = known
    return f"{reverse('generate')}?{urlencode(query, doseq=True)}"


def _known_said(roadmap: GeneratedRoadmap) -> str:
    """What the learner wrote they know, hedges and all ("i did some react tutorials"), so a link back reads it the
    same way (the phrases read alone, "react", made React known); a roadmap stored before the words were kept gives
    the phrases it read."""
    return roadmap.known_said or ", ".join(u.said for u in roadmap.known)
