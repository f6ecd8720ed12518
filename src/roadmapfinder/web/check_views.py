"""Checking a topic: its questions as a form (on its own page, or loaded by htmx into the topic page and the
roadmap's side panel), and the graded answer. Grading is the core's (`checking.grade_check`); a signed-in
learner's answers and the check's verdict are stored by the answers app."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from roadmapfinder.answers.services import check_record
from roadmapfinder.catalog import default_catalog
from roadmapfinder.catalog.models import Topic
from roadmapfinder.catalog.questions import question_out
from roadmapfinder.checking import Answer, grade_check
from roadmapfinder.errors import InvalidInput

#: The value an open question's "I got it" radio sends ("not yet" sends anything else).
GOT_IT = "yes"


def answers_from_form(topic: Topic, data: QueryDict) -> list[Answer]:
    """The answers a check form holds: `q-<question id>` is the chosen text, or yes/no for an open question."""
    answers = []
    for question in topic.questions:
        value = data.get(f"q-{question.id}", "")
        if not value:
            continue
        if question.kind.is_open:
            answers.append(Answer(question=question.id, got_it=value == GOT_IT))
        else:
            answers.append(Answer(question=question.id, choice=value[:2000]))
    return answers


@never_cache  # the form holds the reader's CSRF token (the page cache skips it too: caching.UNCACHED_SUFFIXES)
@require_http_methods(["GET", "POST"])
def topic_check(request: HttpRequest, topic_id: str) -> HttpResponse:
    """GET: the topic's questions as a form. POST: which were right, every explanation, and on a pass the offer
    to mark the topic done (the learner decides). htmx gets the check's section only; `?panel=1` sizes its
    headings for the side panel."""
    catalog = default_catalog()
    topic = catalog.topic(topic_id)
    context: dict[str, object] = {
        "topic": topic,
        "questions": [question_out(topic, q) for q in topic.questions],
        "in_panel": request.GET.get("panel") == "1",
        "got_it": GOT_IT,
    }
    status = 200
    if request.method == "POST" and topic.questions:
        try:
            result = grade_check(catalog, topic.id, answers_from_form(topic, request.POST))
        except InvalidInput as problem:  # a tampered form: say so, keep the questions
            context["error"], status = problem, 400
        else:
            user = request.user
            recorded = False
            if isinstance(user, User) and user.is_authenticated:
                check_record(user=user, result=result)
                recorded = True
            context["result"] = result.model_copy(update={"recorded": recorded})
    template = "roadmapfinder/_check.html" if request.headers.get("HX-Request") else "roadmapfinder/check.html"
    return render(request, template, context, status=status)
