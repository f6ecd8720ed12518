"""/me/review: today's review session as a form, and the graded answers with when each topic comes back.

The queue and the grading are the core's (`checking.review`) through `tracking.reviews`; this view only turns the
form into answers and renders. Reviews need an account: the answers they build on are kept per learner.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from roadmapfinder.checking.review import ReviewAnswerIn
from roadmapfinder.clock import today
from roadmapfinder.errors import InvalidInput
from roadmapfinder.tracking.reviews import review_answer, review_queue_of
from roadmapfinder.tracking.trackers import learner


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def review(request: HttpRequest) -> HttpResponse:
    """GET: today's session (`q-<question key>` radios). POST: the graded session; unanswered questions are left
    out, and a session with no answer at all is refused with the questions kept."""
    user = learner(request)
    queue = review_queue_of(user=user, today=today())
    context: dict[str, object] = {"queue": queue}
    status = 200
    if request.method == "POST":
        answers = [
            ReviewAnswerIn(question=q.key, choice=request.POST[f"q-{q.key}"][:2000])
            for topic in queue.session
            for q in topic.questions
            if request.POST.get(f"q-{q.key}")
        ]
        try:
            context["result"] = review_answer(user=user, answers=answers, today=today())
        except InvalidInput as problem:
            context["error"], status = problem, 400
    return render(request, "tracking/review.html", context, status=status)
