"""Writes and reads of saved plans: the only place plans touch the database (views and API call these)."""

from __future__ import annotations

from datetime import date

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest
from django.utils import timezone

from roadmapfinder.catalog import default_catalog
from roadmapfinder.errors import NotFound, RoadmapFinderError
from roadmapfinder.planning import Plan, PlanRequest, build_plan
from roadmapfinder.web.models import SavedPlan


class NotAllowed(RoadmapFinderError):
    """The plan exists but this visitor may not change it."""


#: The session key listing the plans a visitor without an account created, claimed when they sign up or log in.
CREATED_PLANS_KEY = "rf_plans"
#: How many of those a session remembers (the newest).
CREATED_PLANS_KEPT = 50


def _creator_session(request: HttpRequest) -> str:
    """The visitor's session key, creating the session if needed: it is what lets a creator edit their plan."""
    if not request.session.session_key:
        request.session.save()
    return request.session.session_key or ""


def plan_create_for(visitor: HttpRequest, request: PlanRequest) -> tuple[SavedPlan, Plan]:
    """Save a plan for whoever asked: owned by the signed-in learner, else remembered in the visitor's session.

    Logging in gives the session a new key, which would cost a visitor the right to edit their plans; the list in
    the session survives that, so `plans_claim` can hand the plans to the account.
    """
    saved, plan = plan_create(request=request, session_key=_creator_session(visitor), user=visitor.user)
    if saved.owner_id is None:
        created = [*visitor.session.get(CREATED_PLANS_KEY, []), saved.id]
        visitor.session[CREATED_PLANS_KEY] = created[-CREATED_PLANS_KEPT:]
    return saved, plan


def plans_created_in(session: SessionBase) -> list[SavedPlan]:
    """The plans a visitor created in this session and nobody owns yet, newest first."""
    ids = session.get(CREATED_PLANS_KEY, [])
    return list(SavedPlan.objects.filter(pk__in=ids, owner=None).order_by("-updated")) if ids else []


def plans_claim(*, session: SessionBase, user: User) -> int:
    """Give the learner the plans they created before logging in; answers how many changed hands."""
    ids = session.pop(CREATED_PLANS_KEY, [])
    return SavedPlan.objects.filter(pk__in=ids, owner=None).update(owner=user) if ids else 0


def today() -> date:
    return timezone.localdate()


def plan_create(
    *, request: PlanRequest, session_key: str, user: AbstractBaseUser | AnonymousUser | None
) -> tuple[SavedPlan, Plan]:
    """Build the plan (so a bad request is refused before anything is saved), then save its request."""
    fixed = request.model_copy(update={"start": request.start or today()})
    plan = build_plan(default_catalog(), fixed, today=today())
    saved = SavedPlan.objects.create(
        request=fixed.model_dump(mode="json"),
        owner=user if isinstance(user, User) else None,
        creator_session=session_key,
        title=", ".join([*plan.roadmaps, *plan.goals])[:200],
    )
    return saved, plan


def plan_get(*, plan_id: str) -> tuple[SavedPlan, Plan]:
    """A saved plan and the plan rebuilt from it; `NotFound` for an unknown id (no suggestions: ids are secret)."""
    saved = plan_saved(plan_id=plan_id)
    return saved, plan_build(saved)


def plan_saved(*, plan_id: str) -> SavedPlan:
    """A saved plan's record, without building it; `NotFound` for an unknown id (no suggestions: ids are secret)."""
    saved = SavedPlan.objects.filter(pk=plan_id).first()
    if saved is None:
        raise NotFound("plan", plan_id, [], hint="check the link: plan ids are long and case-sensitive")
    return saved


def plan_build(saved: SavedPlan) -> Plan:
    """The plan a saved request describes, against today's catalog (`InvalidInput` if it no longer builds)."""
    return build_plan(default_catalog(), PlanRequest.model_validate(saved.request), today=today())


def plan_can_edit(saved: SavedPlan, *, session_key: str, user: AbstractBaseUser | AnonymousUser | None) -> bool:
    """The owner, or the visitor whose session created it, may change the inputs."""
    if saved.owner_id is not None:
        return user is not None and user.is_authenticated and user.pk == saved.owner_id
    return bool(session_key) and session_key == saved.creator_session


def plan_delete(*, plan_id: str, session_key: str, user: AbstractBaseUser | AnonymousUser | None) -> SavedPlan:
    """Delete a saved plan (its creator or owner only); progress is untouched: it belongs to the topics."""
    saved = plan_saved(plan_id=plan_id)
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can delete it", hint="its link stays readable")
    saved.delete()
    return saved


def plan_update(
    *, plan_id: str, request: PlanRequest, session_key: str, user: AbstractBaseUser | AnonymousUser | None
) -> tuple[SavedPlan, Plan]:
    """Regenerate a plan from new inputs; the previous inputs stay saved if the new ones are refused."""
    saved = plan_saved(plan_id=plan_id)  # not built: a plan the catalog no longer builds must stay fixable
    if not plan_can_edit(saved, session_key=session_key, user=user):
        raise NotAllowed("only the person who created this plan can change it", hint="generate your own copy")
    kept_start = saved.request.get("start")
    start = request.start or (date.fromisoformat(kept_start) if kept_start else today())
    fixed = request.model_copy(update={"start": start})
    plan = build_plan(default_catalog(), fixed, today=today())
    saved.request = fixed.model_dump(mode="json")
    saved.title = ", ".join([*plan.roadmaps, *plan.goals])[:200]
    saved.save(update_fields=["request", "title", "updated"])
    return saved, plan
