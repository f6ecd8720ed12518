"""What a learner already finished stays on their plan, off its schedule, from the day the plan is made.

A learner who marked the first six Backend topics done and then made a Backend plan was given weeks of sessions for
them: the plan finished weeks later than it needed to, and nothing said why. A reschedule already left finished
work out (replan.py); a plan made or edited for a learner whose progress is known now does the same: the topics
(done or skipped) and projects (finished) of its work go into the request's `finished_work`, shown done on the
plan and never scheduled. `schedule_finished` asks for them to be scheduled anyway (a refresher), and `refresh` for
some of them only (the SQL they are rusty on, not the Git they use daily); the surfaces name what was left out and
offer both choices, so the reading can be undone item by item.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from roadmapfinder.catalog import Catalog
from roadmapfinder.errors import InvalidInput
from roadmapfinder.planning.laid_out import LaidOut
from roadmapfinder.planning.plan import Plan, build_plan
from roadmapfinder.planning.request import PlanRequest
from roadmapfinder.planning.schedule import Work, work_of
from roadmapfinder.planning.tailor import name_index, projects_by_key

#: `is_finished(kind, ref)`: whether the learner finished a topic (by id) or a project (by key).
IsFinished = Callable[[str, str], bool]


def finished_work_of(plan: Plan, is_finished: IsFinished) -> list[Work]:
    """The topics and projects of the plan's work the learner finished, in learning order (scheduled or not)."""
    return [w for w in work_of(plan.phases) if w.ref and is_finished(w.kind, w.ref)]


def off_schedule(plan: Plan) -> list[Work]:
    """The plan's work its request keeps off the schedule (`finished_work`), in learning order."""
    finished = frozenset(plan.request.finished_work)
    return [w for w in work_of(plan.phases) if w.ref in finished]


def counted(work: list[Work]) -> str:
    """ "6 topics and 1 project": work counted by kind, as the form's preview, the new plan's page and the exports
    say what was left off the schedule."""
    topics = sum(1 for w in work if w.kind == "topic")
    projects = len(work) - topics
    parts = [f"{n} {kind}{'s' if n != 1 else ''}" for n, kind in ((topics, "topic"), (projects, "project")) if n]
    return " and ".join(parts)


def plan_for_learner(
    catalog: Catalog,
    request: PlanRequest,
    *,
    is_finished: IsFinished,
    today: date,
    before: PlanRequest | None = None,
    laid_out: LaidOut | None = None,
) -> tuple[PlanRequest, Plan]:
    """The request with what the learner finished kept off the schedule, besides what it already keeps off (a
    reschedule's `finished_work`), and the plan it builds; the request as it is when `schedule_finished` is set.

    `before` is the saved request when a plan is changed. A plan under way (its start before today) keeps what the
    learner finished since on its schedule, ticked where it is, as it was before the change: taken off, the later
    work moved up into the weeks already past, so a learner on schedule who pressed Regenerate without changing a
    thing was told they were weeks behind (and work done ahead no longer counted). Only a reschedule, which starts
    the schedule again, takes it off; or the learner, by unticking a refresher (`refresh`, `schedule_finished`).
    So does a new plan that starts before today: a learner who began on paper four weeks back, as its note asks
    ("if you began then, mark what you finished"), was told they were five weeks behind for the four they did.
    `laid_out`: the changed plan's record (`planning.laid_out.adopting`), so the weeks it keeps stay kept.
    """
    plan = build_plan(catalog, request, today=today, laid_out=laid_out)
    if request.schedule_finished:
        return request, plan
    again = refreshed(catalog, plan, request.refresh)  # kept as the plan's own ids, whatever names were typed
    kept_off = tuple(ref for ref in request.finished_work if ref not in again)
    leaving = _may_leave(plan, before, again, today=today)
    new = [
        w.ref
        for w in finished_work_of(plan, is_finished)
        if w.ref not in kept_off and w.ref not in again and (leaving is None or w.ref in leaving)
    ]
    finished_work = tuple(dict.fromkeys((*kept_off, *new)))
    if finished_work == request.finished_work and again == request.refresh:
        return request, plan
    leaving_out = request.model_copy(update={"finished_work": finished_work, "refresh": again})
    return leaving_out, build_plan(catalog, leaving_out, today=today, laid_out=laid_out)


def _may_leave(plan: Plan, before: PlanRequest | None, again: tuple[str, ...], *, today: date) -> set[str] | None:
    """Which finished work may leave the schedule: all of it (None) for a plan not yet under way; under way, none
    on a new plan (begun before it was saved: what the learner finished is what they did in the weeks already
    past) and, on a change, only what the learner just unticked from a refresher (all it scheduled, if it was
    "schedule what I finished")."""
    if not under_way(plan, today=today):
        return None
    if before is None:
        return set()
    if before.schedule_finished:
        return None
    return set(before.refresh) - set(again)


def under_way(plan: Plan, *, today: date) -> bool:
    """Whether the plan starts before today: some of its weeks are past, so what the learner finished keeps its
    place in them (`plan_for_learner`)."""
    return plan.start < today


def refreshed(catalog: Catalog, plan: Plan, refresh: tuple[str, ...]) -> tuple[str, ...]:
    """The plan's work that `refresh` names, as topic ids and project keys: those as the form's boxes send them, topic
    names as a learner types them (`--refresh http`); `InvalidInput` naming any the plan does not hold."""
    work = {w.ref for w in work_of(plan.phases) if w.ref}
    named = tuple(r for r in refresh if r not in work)
    index = name_index(catalog)
    first = plan.request.saved_first  # a saved plan's names, read as when it was saved
    index.resolve_all(
        named, "refresh", roadmaps=False, saved_first=first
    )  # every unknown name at once, with close names
    keys = {
        name: [r.key for r in index.resolve_all((name,), "refresh", roadmaps=False, saved_first=first)]
        for name in named
    }
    if outside := [name for name in named if not set(keys[name]) <= work]:
        raise InvalidInput(
            f"not in this plan, so there is nothing to refresh: {', '.join(outside)}",
            hint="refresh only topics the plan holds, or add them to the plan (`add`)",
            field="refresh",
        )
    return tuple(dict.fromkeys(key for ref in refresh for key in ([ref] if ref in work else keys[ref])))


def work_name(catalog: Catalog, ref: str) -> str:
    """A topic id or project key as people read it: the topic's name, the project's title, else as stored."""
    if catalog.has_topic(ref):
        return catalog.topic(ref).name
    project = catalog.derived(projects_by_key).get(ref)
    return project.title if project is not None else ref
