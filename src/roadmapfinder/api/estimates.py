"""`GET /api/v1/estimates` (staff only): the catalog's hours per topic beside learners' medians.

Only aggregates leave the database: a topic appears once at least `LEARNED_ESTIMATE_MIN_LEARNERS` learners
finished it and said how long it took. The same comparison is on the admin's "Learners' estimates" page.
"""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.api.progress import TokenAuth
from roadmapfinder.errors import NotAllowed
from roadmapfinder.progress.estimates import LearnedEstimatesOut
from roadmapfinder.tracking.selectors import learned_estimates_of

router = Router(tags=["estimates"])


@router.get(
    "/estimates",
    response={200: LearnedEstimatesOut, 401: ErrorOut, 403: ErrorOut},
    auth=TokenAuth(),
    summary="The catalog's hours beside learners' medians, per topic (staff only)",
    description=(
        "Topics at least `min_learners` learners finished and reported hours for, furthest from the catalog's "
        "estimate first. Aggregates only. Needs the personal token of a staff account."
    ),
)
def list_estimates(request: HttpRequest) -> LearnedEstimatesOut:
    if not getattr(request.auth, "is_staff", False):  # type: ignore[attr-defined]  # set by ninja
        raise NotAllowed("only staff can read learners' estimates", hint="log in with a staff account's token")
    return learned_estimates_of()
