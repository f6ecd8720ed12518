"""Self-check routes: grade a topic's answers, and the learner's own answers and checks.

Checking a topic is open to everyone (it only reads the catalog); with a personal token or a signed-in session the
answers and the verdict are also stored as the learner's. The questions themselves are in the topic's JSON.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest
from ninja import Router
from pydantic import BaseModel, ConfigDict, Field

from roadmapfinder.answers.selectors import answers_of, checks_of
from roadmapfinder.answers.services import answers_record, check_record
from roadmapfinder.api.errors import ErrorOut
from roadmapfinder.api.progress import OptionalToken, SessionAuth, TokenAuth
from roadmapfinder.catalog import default_catalog
from roadmapfinder.checking import Answer, AnswerSource, CheckResult, PlacementAnswer, grade_check
from roadmapfinder.checking.plan_placement import PlanPlacement, plan_placement
from roadmapfinder.checking.records import AnswerRecord, CheckRecord
from roadmapfinder.checking.review import ReviewAnswerIn, ReviewQueueOut, ReviewResultOut
from roadmapfinder.clock import today
from roadmapfinder.planning import PlanRequest
from roadmapfinder.progress.tracks import finished_in
from roadmapfinder.tracking.reviews import review_answer, review_queue_of
from roadmapfinder.tracking.selectors import learner_state

router = Router(tags=["self-checks"])


class CheckIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answers: list[Answer] = Field(max_length=50, description="one per question answered; the rest count as not right")


class PlacementAnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=3, max_length=170, description="the asked question's `key`")
    choice: str = Field(max_length=2000, description="the chosen choice, as listed")


class PlacementIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    plan: PlanRequest = Field(description="the plan request, as `POST /plans` takes it")
    answers: list[PlacementAnswerIn] = Field(default_factory=list, max_length=40, description="every answer so far")


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    answers: list[ReviewAnswerIn] = Field(min_length=1, max_length=20, description="one per question of the session")


class MyAnswersOut(BaseModel):
    answers: list[AnswerRecord] = Field(description="every answer, oldest first, by question key")
    checks: list[CheckRecord] = Field(description="every graded topic check, oldest first")


def _learner(request: HttpRequest) -> User | None:
    user = request.user
    return user if isinstance(user, User) and user.is_authenticated else None


@router.post(
    "/topics/{topic_id}/check",
    response={200: CheckResult, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=OptionalToken(),
    summary="Grade answers to a topic's questions",
    description=(
        "Open to everyone. Send a choice question's `choice` as listed in the topic's `questions`, an open "
        "question's `got_it` after comparing with its model answer. The answer reveals the right choices and every "
        "explanation. With a personal token (or a session) the answers and the verdict are stored as yours; "
        "`passed` never marks the topic done, that stays your decision (`PUT /me/progress/{topic_id}`)."
    ),
)
def check_topic(request: HttpRequest, topic_id: str, body: CheckIn) -> CheckResult:
    result = grade_check(default_catalog(), topic_id, body.answers)
    learner = _learner(request)
    if learner is not None:
        check_record(user=learner, result=result)
    return result.model_copy(update={"recorded": learner is not None})


@router.post(
    "/placement",
    response={200: PlanPlacement, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=OptionalToken(),
    summary="The placement check over a plan's first topics, one question at a time",
    description=(
        "Stateless: send the plan request and every answer so far; the answer is the decisions so far and the "
        "`next` question, or, once `next` is null, the decisions and `known`, the request's known topics with the "
        "proven ones added by name (send it as the plan's `known`). Topics the caller already marked done or "
        "skipped are not asked (unless the plan's `schedule_finished`). With a personal token the answers are kept "
        "as yours when the check ends."
    ),
)
def placement(request: HttpRequest, body: PlacementIn) -> PlanPlacement:
    answers = [PlacementAnswer(key=a.question, choice=a.choice) for a in body.answers]
    state = learner_state(user=request.user, session=request.session)
    placed = plan_placement(default_catalog(), body.plan, answers, is_finished=finished_in(state), today=today())
    learner = _learner(request)
    if placed.done and learner is not None and placed.results:
        kept = [(r.key, r.right) for r in placed.results]
        answers_record(user=learner, answers=kept, source=AnswerSource.PLACEMENT)
    return placed


@router.get(
    "/me/answers",
    response={200: MyAnswersOut, 401: ErrorOut, 404: ErrorOut},
    auth=[TokenAuth(), SessionAuth()],
    summary="Your self-check answers and topic checks",
)
def my_answers(request: HttpRequest, topic: str | None = None) -> MyAnswersOut:
    learner = _learner(request)
    assert learner is not None  # the route's auth let only learners in
    catalog = default_catalog()
    if topic and topic not in catalog.retired:  # a retired topic's answers are still the learner's
        catalog.topic(topic)  # an unknown one is 404 with suggestions, never an empty list that looks right
    topics = [topic] if topic else None
    return MyAnswersOut(
        answers=answers_of(user=learner, topic_ids=topics),
        checks=[c for c in checks_of(user=learner) if topics is None or c.topic in topics],
    )


@router.get(
    "/me/review",
    response={200: ReviewQueueOut, 401: ErrorOut},
    auth=[TokenAuth(), SessionAuth()],
    summary="Today's review session: finished topics that come back, with their questions",
    description=(
        "Finished topics come back after 3, 10, 30, 90 and then every 180 days while you answer them right; a "
        "wrong answer brings a topic back after 3 days. `due` counts every topic due today or overdue; `session` "
        "holds up to five, the longest overdue first, each with the questions to answer."
    ),
)
def my_review(request: HttpRequest) -> ReviewQueueOut:
    learner = _learner(request)
    assert learner is not None  # the route's auth let only learners in
    return review_queue_of(user=learner, today=today())


@router.post(
    "/me/review",
    response={200: ReviewResultOut, 400: ErrorOut, 401: ErrorOut, 422: ErrorOut},
    auth=[TokenAuth(), SessionAuth()],
    summary="Answer a review session",
    description=(
        "Send each answered question's `key` and the chosen choice as listed. The answer grades them, with every "
        "explanation, and says per topic when it comes back. Nothing is kept when an answer is refused."
    ),
)
def answer_review(request: HttpRequest, body: ReviewIn) -> ReviewResultOut:
    learner = _learner(request)
    assert learner is not None  # the route's auth let only learners in
    return review_answer(user=learner, answers=body.answers, today=today())
