"""The placement check ("test out of what you know"), reached from /generate and from the finder: one question at a
time over the plan's early topics, then back to the plan form with what it proved known added to "what you know",
each decision shown with an Undo. The check is stateless: the plan form's fields and the answers so far travel in
hidden fields, and the core (`checking.plan_placement`) decides what to ask next and what the answers prove."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from roadmapfinder.answers.services import answers_record
from roadmapfinder.catalog import default_catalog
from roadmapfinder.checking import AnswerSource, PlacementAnswer
from roadmapfinder.checking.plan_placement import PlanPlacement, plan_placement
from roadmapfinder.clock import today
from roadmapfinder.errors import InvalidInput
from roadmapfinder.web.plan_form import request_from_form
from roadmapfinder.web.plan_views import generate_page, reader_finished

#: The check's own fields; every other field is the plan form's, carried through unchanged.
OWN_FIELDS = frozenset({"csrfmiddlewaretoken", "answered", "chosen", "question", "choice", "undo", "placed"})
#: How many answers a form may carry (six topics, three questions each, with room to spare).
MAX_ANSWERS = 40


def _answers(data: QueryDict) -> list[PlacementAnswer]:
    """The answers so far (parallel hidden fields) and the one just given, if any."""
    pairs = list(zip(data.getlist("answered"), data.getlist("chosen"), strict=False))[:MAX_ANSWERS]
    question, choice = data.get("question", ""), data.get("choice", "")
    if question and choice:
        pairs.append((question, choice))
    return [PlacementAnswer(key=key[:170], choice=choice[:2000]) for key, choice in pairs]


def plan_fields(data: QueryDict) -> list[tuple[str, str]]:
    """The plan form's fields in `data`, as (name, value) pairs to carry in hidden inputs."""
    return [(key, value) for key in data if key not in OWN_FIELDS for value in data.getlist(key)]


@require_http_methods(["GET", "POST"])
def placement(request: HttpRequest) -> HttpResponse:
    """The next question of the placement check, or, once every offered topic is decided, the plan form with the
    proven topics added to "what you know" and the decisions listed under it."""
    data = request.POST if request.method == "POST" else request.GET
    answers = _answers(data)
    try:
        finished = reader_finished(request)  # what they finished is not asked either
        placed = plan_placement(
            default_catalog(), request_from_form(data), answers, is_finished=finished, today=today()
        )
    except InvalidInput as problem:
        return generate_page(request, data, error=problem, status=400)
    if placed.next is None and placed.topics:
        _record(request.user, placed)
        return generate_page(request, _with_outcome(data, placed))
    context = {
        "placed": placed,
        "fields": plan_fields(data),
        "answers": answers,
        "skipped_choice": request.method == "POST" and bool(data.get("question")) and not data.get("choice"),
    }
    return render(request, "roadmapfinder/placement.html", context)


def _with_outcome(data: QueryDict, placed: PlanPlacement) -> QueryDict:
    """The plan form's data with "what you know" as the check left it and its decisions as `placed` fields."""
    changed = QueryDict(mutable=True)
    for key, value in plan_fields(data):
        changed.appendlist(key, value)
    changed["known"] = ", ".join(placed.known)
    changed.setlist("placed", [f"{d.topic}:{d.verdict.value}:{d.right}:{d.asked}" for d in placed.decisions])
    return changed


def _record(user: object, placed: PlanPlacement) -> None:
    """Keep a signed-in learner's placement answers with their other answers (the review queue reads them all)."""
    if isinstance(user, User) and user.is_authenticated and placed.results:
        answers = [(r.key, r.right) for r in placed.results]
        answers_record(user=user, answers=answers, source=AnswerSource.PLACEMENT)
